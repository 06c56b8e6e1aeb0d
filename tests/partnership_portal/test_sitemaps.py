"""partnership_portal/sitemaps.py: apps register their sitemap sections; the core imports none."""

import pytest
from django.utils import translation

from partnership_portal.sitemaps import sitemaps
from tests.factories import AgreementFactory, DocumentFactory, EventFactory

pytestmark = pytest.mark.django_db


def test_every_app_registers_its_sitemap_section_in_a_stable_order():
    assert list(sitemaps) == ["home", "pages", "news", "news-categories", "documents",
                              "agreements", "partners", "projects", "needs", "events"]


def test_sitemap_lists_items_of_registered_apps(client):
    items = [EventFactory(), AgreementFactory(), DocumentFactory()]
    xml = client.get("/sitemap.xml").content.decode()
    with translation.override("en"):
        for item in items:
            assert f"{item.get_absolute_url()}</loc>" in xml
