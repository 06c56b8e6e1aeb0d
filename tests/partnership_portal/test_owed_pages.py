"""The pages a public site owes: accessibility statement, privacy and cookies, contact; in both
languages, editable Pages, in the sitemap and linked from every page's footer."""

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from partnership_portal.models import Page
from tests.factories import PageFactory
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db

OWED = {
    "accessibility": ("/vi/kha-nang-tiep-can/", "/en/accessibility/"),
    "privacy": ("/vi/quyen-rieng-tu/", "/en/privacy/"),
    "contact": ("/vi/lien-he/", "/en/contact/"),
}


@pytest.fixture
def owed_pages(db):
    return {key: PageFactory(key=key, title_vi=f"Trang {key}", title_en=f"Page {key}",
                             body_vi=f"<p>Nội dung {key}</p>", body_en=f"<p>Body {key}</p>")
            for key in OWED}


@pytest.mark.parametrize("key", OWED)
def test_page_exists_in_both_languages_with_counterparts(client, owed_pages, key):
    vi_path, en_path = OWED[key]
    vi = client.get(vi_path).content.decode()
    en = client.get(en_path).content.decode()
    assert f"Trang {key}" in vi and f"Nội dung {key}" in vi and '<html lang="vi">' in vi
    assert f"Page {key}" in en and f"Body {key}" in en and '<html lang="en">' in en
    assert f'hreflang="en" href="http://testserver{en_path}"' in vi
    assert f'hreflang="vi" href="http://testserver{vi_path}"' in en
    with translation.override("en"):
        assert owed_pages[key].get_absolute_url() == en_path


@pytest.mark.parametrize("key", ["accessibility", "privacy"])
def test_a_page_not_written_yet_is_not_found(client, key):
    assert client.get(OWED[key][1]).status_code == 404


def test_owed_pages_are_in_the_sitemap_with_alternates(client, owed_pages):
    xml = whole_sitemap(client)
    for vi_path, en_path in OWED.values():
        assert f"{vi_path}</loc>" in xml and f"{en_path}</loc>" in xml
        assert f'hreflang="en" href="http://example.com{en_path}"' in xml


@pytest.mark.parametrize("language", ["vi", "en"])
def test_footer_links_to_the_owed_pages(client, language):
    text = client.get(f"/{language}/").content.decode()
    footer = text[text.index('<footer'):]
    for key, paths in OWED.items():
        path = paths[0] if language == "vi" else paths[1]
        assert f'href="{path}"' in footer, key
    if language == "en":
        for label in ("Contact", "Accessibility", "Privacy and cookies"):
            assert f">{label}</a>" in footer
    else:
        for label in ("Liên hệ", "Khả năng tiếp cận", "Quyền riêng tư và cookie"):
            assert f">{label}</a>" in footer


def test_owed_pages_are_editable_in_the_admin(client, staff, owed_pages):
    client.force_login(staff)
    page = Page.objects.get(key="privacy")
    response = client.get(reverse("admin:partnership_portal_page_change", args=[page.pk]))
    assert response.status_code == 200
    text = response.content.decode()
    assert 'name="title_vi"' in text and 'name="body_en"' in text


def test_cookies_are_what_the_privacy_page_says(client, settings):
    """The privacy page names sessionid, csrftoken and messages, and no language cookie: a
    reader who only reads gets no cookie at all; a form page sets only the CSRF cookie."""
    assert settings.SESSION_COOKIE_NAME == "sessionid"
    assert settings.CSRF_COOKIE_NAME == "csrftoken"
    with pytest.raises(NoReverseMatch):
        reverse("set_language")  # the language is in the address, never in a cookie
    assert not client.get("/en/").cookies
    assert not client.get("/vi/tin-tuc/").cookies
    assert set(client.get("/en/contact/").cookies) == {"csrftoken"}


def test_demo_content_has_the_owed_pages_in_both_languages():
    import yaml
    from django.conf import settings

    data = yaml.safe_load((settings.BASE_DIR / "partnership_portal/demo/content.yaml").read_text())
    pages = {item["key"]: item for item in data["partnership_portal.page"]["items"]}
    for key in OWED:
        for field in ("title_vi", "title_en", "body_vi", "body_en"):
            assert pages[key][field].strip(), (key, field)
    assert "csrftoken" in pages["privacy"]["body_en"] and "sessionid" in pages["privacy"]["body_vi"]


def test_owed_pages_are_on_the_readers_sitemap_page(client, owed_pages):
    with translation.override("en"):
        text = client.get(reverse("site_map")).content.decode()
    for _vi_path, en_path in OWED.values():
        assert f'href="{en_path}"' in text
