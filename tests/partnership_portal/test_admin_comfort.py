"""Editor comfort in the admin: the item's public page in both languages, help texts on the
fields an editor might misread, history entries in the admin's language."""

import json

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from cooperation.models import Agreement, CooperationNeed, Project
from documents.models import Document, DocumentFile
from forums.models import Event
from news.models import Post
from partnership_portal.templatetags.portal_admin import change_message
from tests.factories import PostFactory, SuperuserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_vi(client, settings):
    client.force_login(SuperuserFactory(username="thuky"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    return client


def test_change_form_links_to_the_item_in_both_languages(admin_client_vi):
    post = PostFactory(slug_vi="doan-dai-bieu-da-nang", slug_en="da-nang-delegation")
    with translation.override("vi"):
        url_vi = post.get_absolute_url()
    with translation.override("en"):
        url_en = post.get_absolute_url()
    assert url_vi.startswith("/vi/") and url_vi.endswith("/doan-dai-bieu-da-nang/")
    assert url_en.startswith("/en/") and url_en.endswith("/da-nang-delegation/")

    html = admin_client_vi.get(f"/admin/news/post/{post.pk}/change/").content.decode()

    assert (f'<a href="{url_vi}" class="viewsitelink" hreflang="vi" target="_blank" '
            f'rel="noopener">Xem trên trang (Tiếng Việt)</a>') in html
    assert (f'<a href="{url_en}" class="viewsitelink" hreflang="en" target="_blank" '
            f'rel="noopener">Xem trên trang (Tiếng Anh)</a>') in html


# The fields an editor is likely to misread, with a word the Vietnamese help must contain.
MISREAD_FIELDS = [
    (Post, "status", "Bản nháp"),
    (Post, "publish_at", "tương lai"),
    (Post, "featured", "trang chủ"),
    (Document, "access", ""),
    (Document, "issued_on", "ban hành"),
    (Document, "year", "năm"),
    (DocumentFile, "language", "Ngôn ngữ"),
    (Agreement, "effective_on_signature", "ký"),
    (Agreement, "entry_into_force", "hiệu lực"),
    (Agreement, "valid_from", "hiệu lực"),
    (Agreement, "valid_until", "hôm sau"),
    (Agreement, "terminated_on", "chấm dứt"),
    (Agreement, "nature", "ràng buộc"),
    (Agreement, "concluded_undated", ""),
    (Project, "budget", "kinh phí"),
    (CooperationNeed, "end_year", "Năm cuối"),
    (Event, "start", "giờ Việt Nam"),
    (Event, "all_day", ""),
    (Event, "delegates", "đoàn"),
]


@pytest.mark.parametrize(("model", "field", "word"), MISREAD_FIELDS,
                         ids=[f"{m.__name__}.{f}" for m, f, _w in MISREAD_FIELDS])
def test_misread_fields_have_a_translated_help_text(model, field, word):
    help_text = model._meta.get_field(field).help_text
    with translation.override("en"):
        english = str(help_text)
    with translation.override("vi"):
        vietnamese = str(help_text)
    assert english
    assert vietnamese != english  # translated
    assert word in vietnamese


def test_agreement_form_shows_the_help_texts_in_vietnamese(admin_client_vi):
    html = admin_client_vi.get("/admin/cooperation/agreement/add/").content.decode()
    with translation.override("vi"):
        for field in ("effective_on_signature", "entry_into_force", "valid_until", "status"):
            assert str(Agreement._meta.get_field(field).help_text) in html


def test_history_names_changed_fields_in_the_admins_language():
    post = PostFactory()
    entry = LogEntry.objects.create(
        user=SuperuserFactory(), content_type=ContentType.objects.get_for_model(post),
        object_id=str(post.pk), object_repr=str(post), action_flag=CHANGE,
        # As the admin stores it: form labels with translations switched off.
        change_message=json.dumps([{"changed": {"fields": ["Body [vi]", "Publish at"]}}]),
    )
    with translation.override("vi"):
        # Django's own message leaves modeltranslation's "Body [vi]" untranslated.
        assert "Body [vi]" in entry.get_change_message()
        message = change_message(entry)
    assert "Body" not in message and "Publish" not in message
    assert "[vi]" in message


def test_admin_pages_load_the_editor_stylesheet_and_slug_script(admin_client_vi):
    html = admin_client_vi.get("/admin/news/post/add/").content.decode()
    assert "/static/admin/portal/admin.css" in html
    assert html.index("/static/admin/js/urlify.js") < html.index("/static/admin/portal/slugs.js")
