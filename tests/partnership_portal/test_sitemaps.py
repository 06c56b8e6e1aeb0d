"""partnership_portal/sitemaps.py: apps register their sitemap sections; the core imports none."""

import pytest
from django.utils import translation

from partnership_portal.sitemaps import sitemaps
from tests.factories import AgreementFactory, DocumentFactory, EventFactory
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db


def test_every_app_registers_its_sitemap_section_in_a_stable_order():
    assert list(sitemaps) == ["home", "pages", "news", "news-categories", "documents",
                              "agreements", "partners", "projects", "needs", "events",
                              "newsletter"]


def test_sitemap_lists_items_of_registered_apps(client):
    items = [EventFactory(), AgreementFactory(), DocumentFactory()]
    xml = whole_sitemap(client)
    with translation.override("en"):
        for item in items:
            assert f"{item.get_absolute_url()}</loc>" in xml


def test_sitemap_is_an_index_of_one_file_per_section(client):
    from tests.sitemaps import section_paths

    assert section_paths(client) == [f"/sitemap-{key}.xml" for key in sitemaps]
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_a_long_section_is_split_into_pages_that_keep_their_alternates(client, monkeypatch):
    import xml.etree.ElementTree as ET

    from partnership_portal.sitemaps import I18nSitemap
    from tests.sitemaps import SM, section_paths

    monkeypatch.setattr(I18nSitemap, "limit", 4)  # URLs per file, both languages counted
    events = [EventFactory() for _ in range(3)]
    assert [p for p in section_paths(client) if "events" in p] == [
        "/sitemap-events.xml", "/sitemap-events.xml?p=2"]
    urls = []
    for page in ("/sitemap-events.xml", "/sitemap-events.xml?p=2"):
        root = ET.fromstring(client.get(page).content)
        urls += list(root.iter(f"{SM}url"))
    assert len(urls) == 6  # three events, each in Vietnamese and in English
    for url in urls:
        hreflangs = {link.get("hreflang") for link in url.iter("{http://www.w3.org/1999/xhtml}link")}
        assert hreflangs == {"vi", "en"}
    with translation.override("en"):
        for event in events:
            assert any(u.findtext(f"{SM}loc").endswith(event.get_absolute_url()) for u in urls)


def test_robots_txt_points_at_the_sitemap_index(client):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()
