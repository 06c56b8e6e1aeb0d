"""The translation status page, its list filter and the per-language edit stamps behind it."""

import importlib
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import Post
from partnership_portal.models import TranslationStamp
from partnership_portal.translation_status import counts, tracked_models
from tests.factories import EventFactory, PageFactory, PostFactory, StaffUserFactory

pytestmark = pytest.mark.django_db
STATUS_URL = "/admin/translations/"


def stamps(obj):
    return dict(
        TranslationStamp.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        ).values_list("language", "changed_at")
    )


def made_an_hour_ago(obj):
    """As if the item had been written an hour ago (both languages stamped then)."""
    TranslationStamp.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).update(changed_at=timezone.now() - timedelta(hours=1))


def section(response, model):
    return next(s for s in response.context["sections"] if s["model"] is model)


def edit(obj, **values):
    obj = type(obj).objects.get(pk=obj.pk)
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()
    return obj


def test_every_translated_content_type_is_tracked():
    labels = {model._meta.label_lower for model in tracked_models()}
    assert {"news.post", "news.category", "forums.event", "cooperation.agreement",
            "cooperation.partner", "cooperation.project", "cooperation.cooperationneed",
            "documents.document", "partnership_portal.page"} <= labels
    assert "reports.quarterlyreport" not in labels  # a report, not reader content


def test_new_item_stamps_the_languages_it_is_written_in():
    both = PostFactory()
    vietnamese_only = PostFactory(title_en="", summary_en="", body_en="")
    assert set(stamps(both)) == {"vi", "en"}
    assert set(stamps(vietnamese_only)) == {"vi"}


def test_editing_vietnamese_body_stamps_only_vietnamese():
    post = PostFactory()
    made_an_hour_ago(post)
    before = stamps(post)
    edit(post, body_vi="<p>Nội dung đã sửa.</p>")
    after = stamps(post)
    assert after["vi"] > before["vi"]
    assert after["en"] == before["en"]


def test_publishing_or_other_fields_stamp_no_language(staff):
    post = PostFactory(status=Post.Status.DRAFT)
    made_an_hour_ago(post)
    before = stamps(post)
    post.publish(staff)
    edit(post, featured=True, slug_en="another-address")
    assert stamps(post) == before


def test_empty_saved_as_blank_instead_of_null_is_no_edit():
    post = PostFactory(author_unit_en=None)
    made_an_hour_ago(post)
    before = stamps(post)
    edit(post, author_unit_en="")
    assert stamps(post) == before


def test_post_whose_vietnamese_body_changed_after_english_is_listed_as_outdated(client, staff):
    post = PostFactory(title_vi="Bản tin đã sửa tiếng Việt", title_en="Edited Vietnamese post")
    untouched = PostFactory(title_vi="Bản tin không đổi", title_en="Unchanged post")
    made_an_hour_ago(post)
    made_an_hour_ago(untouched)
    edit(post, body_vi="<p>Đoạn mới thêm sau khi đã dịch.</p>")

    client.force_login(staff)
    response = client.get(STATUS_URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Bản tin đã sửa tiếng Việt" in page
    assert "Bản tin không đổi" not in page
    assert section(response, Post)["counts"]["outdated_en"] == 1
    listed = {item.pk: item for section in response.context["sections"]
              for item in section["items"] if section["model"] is Post}
    assert listed[post.pk].outdated == ["en"]


def test_english_edited_after_vietnamese_makes_vietnamese_outdated():
    post = PostFactory()
    made_an_hour_ago(post)
    edit(post, summary_en="A better English summary.")
    assert counts(Post)["outdated_vi"] == 1
    assert counts(Post)["outdated_en"] == 0


def test_editing_both_languages_is_up_to_date():
    post = PostFactory()
    made_an_hour_ago(post)
    edit(post, body_vi="<p>Mới.</p>", body_en="<p>New.</p>")
    assert counts(Post)["outdated_en"] == counts(Post)["outdated_vi"] == 0


def test_missing_english_title_is_listed_per_field(client, staff):
    post = PostFactory(title_vi="Bản tin chưa dịch tiêu đề", title_en="", summary_en="")
    client.force_login(staff)
    response = client.get(STATUS_URL)
    [item] = [item for section in response.context["sections"] for item in section["items"]]
    assert item.pk == post.pk
    english = next(row for row in item.language_rows if row["code"] == "en")
    vietnamese = next(row for row in item.language_rows if row["code"] == "vi")
    assert english["missing"] == [Post._meta.get_field(name).verbose_name
                                  for name in ("title", "summary")]
    assert vietnamese["missing"] == []
    page = response.content.decode()
    assert "Bản tin chưa dịch tiêu đề" in page
    assert reverse("admin:news_post_change", args=[post.pk]) in page


def test_status_page_links_to_both_language_versions(client, staff):
    post = PostFactory(title_en="", slug_vi="ban-tin-thu", slug_en="trial-post")
    client.force_login(staff)
    page = client.get(STATUS_URL).content.decode()
    assert 'href="/vi/tin-tuc/ban-tin-thu/"' in page
    assert 'href="/en/news/trial-post/"' in page
    assert post.pk


def test_counts_per_type():
    PostFactory(title_en="")
    PostFactory(title_en="")
    PostFactory(body_vi="")  # English body without a Vietnamese one
    PostFactory()
    found = counts(Post)
    assert found["total"] == 4
    assert found["missing_en"] == 2
    assert found["missing_vi"] == 1
    assert found["outdated_en"] == found["outdated_vi"] == 0


@pytest.mark.parametrize(
    "value, expected",
    [("missing_en", {"Chưa dịch"}), ("missing_vi", {"Thiếu tiếng Việt"}),
     ("outdated", {"Đã sửa"}), ("complete", {"Đầy đủ"}), (None, None)],
)
def test_list_filter_filters_posts(client, staff, value, expected):
    PostFactory(title_vi="Chưa dịch", title_en="")
    PostFactory(title_vi="Thiếu tiếng Việt", summary_vi="")
    edited = PostFactory(title_vi="Đã sửa")
    made_an_hour_ago(edited)
    edit(edited, title_vi="Đã sửa")  # unchanged text: no stamp
    edit(edited, summary_vi="Tóm tắt mới.")
    PostFactory(title_vi="Đầy đủ")
    client.force_login(staff)
    url = reverse("admin:news_post_changelist") + (f"?translation={value}" if value else "")
    response = client.get(url)
    assert response.status_code == 200
    titles = {post.title_vi for post in response.context["cl"].result_list}
    assert titles == (expected or {"Chưa dịch", "Thiếu tiếng Việt", "Đã sửa", "Đầy đủ"})


def test_every_content_list_offers_the_translation_filter(client, staff):
    client.force_login(staff)
    for model in tracked_models():
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        response = client.get(url + "?translation=outdated")
        assert response.status_code == 200, url
        assert "?translation=missing_en" in response.content.decode(), url


def test_status_page_shows_only_types_the_user_may_view(client):
    PostFactory(title_en="")
    EventFactory(title_en="")
    editor = StaffUserFactory(permissions=["news.change_post"])
    client.force_login(editor)
    response = client.get(STATUS_URL)
    assert [section["model"] for section in response.context["sections"]] == [Post]


def test_marking_english_as_up_to_date_clears_outdated(client, staff):
    post = PostFactory()
    made_an_hour_ago(post)
    edit(post, body_vi="<p>Sửa lỗi chính tả.</p>")
    client.force_login(staff)
    content_type = ContentType.objects.get_for_model(Post)
    response = client.post(STATUS_URL, {"content_type": content_type.pk, "object_id": post.pk,
                                        "language": "en"})
    assert response.status_code == 302
    assert counts(Post)["outdated_en"] == 0
    assert counts(Post)["outdated_vi"] == 0


def test_marking_up_to_date_needs_permission_to_change_the_item(client):
    post = PostFactory()
    made_an_hour_ago(post)
    edit(post, body_vi="<p>Sửa.</p>")
    reader = StaffUserFactory(permissions=["news.view_post"])
    client.force_login(reader)
    content_type = ContentType.objects.get_for_model(Post)
    response = client.post(STATUS_URL, {"content_type": content_type.pk, "object_id": post.pk,
                                        "language": "en"})
    assert response.status_code == 403
    assert counts(Post)["outdated_en"] == 1


def test_status_page_needs_staff(client):
    response = client.get(STATUS_URL)
    assert response.status_code == 302  # to the admin sign-in


@pytest.mark.parametrize("size", [3, 30])
def test_status_page_runs_a_bounded_number_of_queries(client, staff, size,
                                                      django_assert_max_num_queries):
    for number in range(size):
        post = PostFactory(title_en="" if number % 2 else f"Post {number}")
        EventFactory(title_en="")
        made_an_hour_ago(post)
        edit(post, body_vi=f"<p>Sửa {number}.</p>")
    PageFactory(body_en="")
    client.force_login(staff)
    client.get(STATUS_URL)  # content types cached, session read
    # Two per type (items, counts) and the admin's session and user: the same for 3 and 30.
    with django_assert_max_num_queries(2 * len(tracked_models()) + 4):
        response = client.get(STATUS_URL)
    assert len(section(response, Post)["items"]) == size


def test_deleting_an_item_removes_its_stamps():
    post = PostFactory()
    content_type = ContentType.objects.get_for_model(post)
    pk = post.pk
    post.delete()
    assert not TranslationStamp.objects.filter(content_type=content_type, object_id=pk).exists()


def test_migration_stamps_existing_items_at_their_last_change():
    post = PostFactory()
    TranslationStamp.objects.all().delete()
    migration = importlib.import_module(
        "partnership_portal.migrations.0005_translation_stamp")
    migration.stamp_existing(apps, SimpleNamespace(connection=connection))
    post.refresh_from_db()
    assert stamps(post) == {"vi": post.updated_at, "en": post.updated_at}
    assert counts(Post)["outdated_en"] == counts(Post)["outdated_vi"] == 0


def test_reader_pages_never_read_the_stamps(client):
    post = PostFactory()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(post.get_absolute_url()).status_code == 200
    assert not [q for q in queries if TranslationStamp._meta.db_table in q["sql"]]


def test_the_editor_reformatting_an_untouched_body_is_no_edit(client, staff):
    """CKEditor gives back the HTML it was given with its own line breaks: saving the form
    with only the Vietnamese summary changed must neither stamp English as edited (hiding
    that it may be outdated) nor name the bodies in the item's history."""
    from reversion.models import Version

    from tests.admin_forms import admin_form_data, change_url

    post = PostFactory(body_vi="<p>Đoạn một.</p><p>Đoạn hai.</p>",
                       body_en="<p>Paragraph one.</p><p>Paragraph two.</p>")
    made_an_hour_ago(post)
    before = stamps(post)
    client.force_login(staff)
    page = client.get(change_url(post))
    data = admin_form_data(page, summary_vi="Tóm tắt đã sửa.",
                           body_vi="<p>Đoạn một.</p>\n\n<p>Đoạn hai.</p>\n",
                           body_en="<p>Paragraph one.</p>\n\n<p>Paragraph  two.</p>\n")
    assert client.post(change_url(post), data).status_code == 302
    after = stamps(post)
    assert after["vi"] > before["vi"] and after["en"] == before["en"]
    history = client.get(f"/admin/news/post/{post.pk}/history/").content.decode()
    assert "Tóm tắt [vi]" in history and "Nội dung" not in history.split("change-history")[1]
    assert Version.objects.get_for_object(post).count() == 1
