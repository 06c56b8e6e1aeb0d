"""What every page repeats is worked out once per language and process: the footer
(`language_only`), the header's links (`site_urls`) and choice labels (`ChoiceLabels`).
Each must still follow the reader's language and the URL conf."""

import pytest
from django.urls import reverse
from django.utils import translation

from partnership_portal.templatetags import portal
from partnership_portal.templatetags.portal import SITE_URLS, language_only, site_urls
from tests.factories import AgreementFactory, EventFactory

pytestmark = pytest.mark.django_db


def footer(client, path):
    body = client.get(path).content.decode()
    return body[body.index("<footer"):body.index("</footer>")]


def test_footer_follows_the_language_of_each_request(client):
    vi, en, vi_again = footer(client, "/vi/"), footer(client, "/en/"), footer(client, "/vi/")
    assert vi == vi_again
    assert 'href="/vi/gioi-thieu/"' in vi and "Giới thiệu Nhóm" in vi
    assert 'href="/en/about/"' in en and "About the Group" in en
    assert "/vi/" not in en


def test_header_links_are_those_reverse_gives_in_each_language():
    for language in ("vi", "en", "vi"):
        with translation.override(language):
            assert site_urls() == {name: reverse(view) for name, view in SITE_URLS.items()}


def test_navigation_marks_the_current_section_in_english(client):
    body = client.get("/en/news/").content.decode()
    assert '<a href="/en/news/" aria-current="page">News</a>' in body
    # Home and About are marked on their own page only, not on the pages under them.
    assert '<a href="/en/">Home</a>' in body and body.count('aria-current="page"') >= 1
    home = client.get("/en/").content.decode()
    assert '<a href="/en/" aria-current="page">Home</a>' in home
    assert '<a href="/en/news/">News</a>' in home
    vietnamese = client.get("/vi/").content.decode()
    assert '<a href="/vi/" aria-current="page">Trang chủ</a>' in vietnamese


def test_a_changed_setting_forgets_what_was_rendered(settings):
    with translation.override("en"):
        language_only("includes/site_footer.html")
    assert portal._language_only
    # Tests change LANGUAGES or ROOT_URLCONF: what was rendered may no longer hold.
    settings.LANGUAGES = list(settings.LANGUAGES)
    assert not portal._language_only


def test_choice_labels_follow_the_active_language():
    agreement = AgreementFactory(kind="mou")
    event = EventFactory(kind="seminar")
    with translation.override("en"):
        assert agreement.get_kind_display() == "Memorandum of understanding"
        english_event = event.get_kind_display()
    with translation.override("vi"):
        assert agreement.get_kind_display() == "Bản ghi nhớ"
        assert event.get_kind_display() != english_event
    # A value outside the choices is shown as stored, as Django does.
    agreement.kind = "unknown"
    assert agreement.get_kind_display() == "unknown"


def test_header_fills_its_slots_on_each_request(client):
    hostile = client.get("/en/search/", {"q": '"><b>x</b>'}).content.decode()
    assert 'name="q" value="&quot;&gt;&lt;b&gt;x&lt;/b&gt;"' in hostile
    assert "<b>x</b>" not in hostile
    news = client.get("/en/news/").content.decode()
    assert 'name="q" value=""' in news
    # The switcher names this page in both languages, the current one marked.
    assert '<a href="/en/news/" aria-current="true" lang="en">English</a>' in news
    assert '<a href="/vi/tin-tuc/" hreflang="vi" lang="vi" rel="alternate">Tiếng Việt</a>' in news
    assert "\x00" not in news
