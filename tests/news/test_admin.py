import re

import pytest
from django.urls import reverse

from news.models import Post
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def _post_data(category, **overrides):
    data = {
        "title_vi": "Hội thảo về hòa giải ở cơ sở",
        "title_en": "Workshop on grassroots conciliation",
        "slug_vi": "",
        "slug_en": "",
        "summary_vi": "",
        "summary_en": "",
        "body_vi": "<p>Nội dung</p><script>alert(1)</script>",
        "body_en": "<p>Body</p>",
        "status": "draft",
        "publish_at_0": "28/10/2020",
        "publish_at_1": "09:00:00",
        "category": category.pk,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "International Cooperation Department",
        "cover_alt_vi": "",
        "cover_alt_en": "",
    }
    data.update(overrides)
    return data


def test_add_form_has_language_tabs_editor_and_no_external_assets(admin_client):
    html = admin_client.get(reverse("admin:news_post_add")).content.decode()
    assert 'name="title_vi"' in html and 'name="title_en"' in html
    assert 'name="body_vi"' in html and 'name="body_en"' in html
    assert html.count('data-type="ckeditortype"') == 2  # one editor per language tab
    assert "tabbed_translation_fields.js" in html
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
    external = re.findall(r'(?:src|href)="((?:https?:)?//[^"]+)"', html)
    assert external == []


def test_vendored_jquery_ui_is_served(admin_client):
    from django.contrib.staticfiles import finders

    assert finders.find("vendor/jquery-ui/jquery-ui.min.js")


def test_creating_a_post_fills_slugs_sanitises_and_records_the_editor(
    admin_client, category, staff
):
    response = admin_client.post(reverse("admin:news_post_add"), _post_data(category))
    assert response.status_code == 302, response.content.decode()[:2000]
    post = Post.objects.get()
    assert post.slug_vi == "hoi-thao-ve-hoa-giai-o-co-so"
    assert post.slug_en == "workshop-on-grassroots-conciliation"
    assert post.body_vi == "<p>Nội dung</p>"
    assert post.created_by == staff and post.updated_by == staff


def test_missing_vietnamese_title_gives_a_clear_error_and_saves_nothing(admin_client, category):
    response = admin_client.post(reverse("admin:news_post_add"), _post_data(category, title_vi=""))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["title_vi"]
    assert errors["title_vi"][0] in response.content.decode()  # shown next to the field
    assert Post.objects.count() == 0


def test_duplicate_slug_is_reported_on_the_field(admin_client, category):
    PostFactory(category=category, slug_en="taken")
    response = admin_client.post(
        reverse("admin:news_post_add"), _post_data(category, slug_en="taken")
    )
    assert response.status_code == 200
    assert "slug_en" in response.context["adminform"].form.errors
    assert Post.objects.count() == 1
    # It says what to do, in the admin's language (Vietnamese), not "Đường dẫn [en] đã tồn tại".
    message = response.context["adminform"].form.errors["slug_en"][0]
    assert message == ("Đã có bài tin khác dùng đường dẫn này trong tiếng Anh: hãy đổi "
                       "đường dẫn, ví dụ thêm năm.")


def test_changelist_shows_state_and_preview_link(admin_client, category):
    draft = PostFactory(category=category, status=Post.Status.DRAFT, title_vi="Bản nháp A")
    html = admin_client.get(reverse("admin:news_post_changelist")).content.decode()
    assert "Bản nháp A" in html and "Bản nháp</td>" in html
    assert f'href="{draft.get_absolute_url()}"' in html


def test_changelist_searches_both_languages(admin_client, category):
    PostFactory(category=category, title_vi="Lào", title_en="Laos delegation")
    PostFactory(category=category, title_vi="Cu-ba", title_en="Cuba programme")
    response = admin_client.get(reverse("admin:news_post_changelist"), {"q": "Laos"})
    assert [p.title_vi for p in response.context["cl"].result_list] == ["Lào"]


def test_publish_action(admin_client, category):
    draft = PostFactory(category=category, status=Post.Status.DRAFT)
    admin_client.post(
        reverse("admin:news_post_changelist"),
        {"action": "make_published", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    assert draft.status == Post.Status.PUBLISHED
