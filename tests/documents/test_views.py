import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from documents.models import Access
from tests.factories import (
    DocumentFactory,
    DocumentFileFactory,
    DocumentKindFactory,
    PostFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsletter_kind():
    return DocumentKindFactory(code="newsletter", name_vi="Bản tin", name_en="Newsletter")


def titles(response):
    return sorted(d.title_en for d in response.context["documents"])


def test_list_filters_by_kind_year_language_and_access(client, newsletter_kind):
    report = DocumentFactory(title_en="Report 2020")
    DocumentFileFactory(document=report, language="en")
    letter = DocumentFactory(title_en="Letter 2021", kind=newsletter_kind, year=2021, quarter=1)
    DocumentFileFactory(document=letter, language="vi")
    DocumentFactory(title_en="Proceedings", access=Access.PARTNERS, quarter=None)
    assert titles(client.get("/en/documents/", {"kind": "newsletter"})) == ["Letter 2021"]
    assert titles(client.get("/en/documents/", {"year": "2021"})) == ["Letter 2021"]
    assert titles(client.get("/en/documents/", {"language": "en"})) == ["Report 2020"]
    assert titles(client.get("/en/documents/", {"access": "partners"})) == ["Proceedings"]
    assert titles(client.get("/en/documents/", {"kind": "quarterly-report", "year": "2020"})) == [
        "Proceedings", "Report 2020"]


@pytest.mark.parametrize(
    "query",
    [{"kind": "nope"}, {"year": "20x0"}, {"language": "fr"}, {"access": "secretariat"},
     {"access": "<b>x</b>"}, {"page": "abc"}, {"page": "99999"}],
)
def test_bad_filter_values_are_ignored_with_a_notice(client, query):
    DocumentFactory(title_en="Only one")
    response = client.get("/en/documents/", query, follow=True)  # a bad ?page= redirects
    assert response.status_code == 200
    assert titles(response) == ["Only one"]
    if "page" not in query:
        assert response.context["notices"]
    assert "<b>x</b>" not in response.content.decode()


def test_series_page_groups_newsletters_by_year_and_quarter(client, newsletter_kind):
    for year, quarter in ((2020, 1), (2020, 3), (2021, 2)):
        DocumentFactory(kind=newsletter_kind, year=year, quarter=quarter,
                        title_en=f"Newsletter Q{quarter}/{year}",
                        issued_on=date(year, quarter * 3, 28))
    DocumentFactory(title_en="Not a newsletter")
    response = client.get("/en/documents/newsletter/")
    groups = [(year, [d.title_en for d in docs]) for year, docs in response.context["by_year"]]
    assert groups == [(2021, ["Newsletter Q2/2021"]),
                      (2020, ["Newsletter Q3/2020", "Newsletter Q1/2020"])]
    assert "Q III/2020" in response.content.decode()


def test_series_page_puts_a_whole_year_before_its_quarters_on_both_databases(
        client, newsletter_kind):
    # No quarter: a document for the whole year, issued after its quarters. PostgreSQL and
    # SQLite sort a missing value at opposite ends unless told.
    DocumentFactory(kind=newsletter_kind, year=2020, quarter=4, title_en="Q IV",
                    issued_on=date(2020, 12, 28))
    DocumentFactory(kind=newsletter_kind, year=2020, quarter=None, title_en="Whole 2020",
                    issued_on=date(2021, 1, 20))
    DocumentFactory(kind=newsletter_kind, year=2020, quarter=3, title_en="Q III",
                    issued_on=date(2020, 9, 28))
    response = client.get("/en/documents/newsletter/")
    groups = [(year, [d.title_en for d in docs]) for year, docs in response.context["by_year"]]
    assert groups == [(2020, ["Whole 2020", "Q IV", "Q III"])]


def test_library_urls_are_translated():
    from django.urls import reverse

    with translation.override("vi"):
        assert reverse("documents:list") == "/vi/tai-lieu/"
        assert reverse("documents:newsletter") == "/vi/tai-lieu/ban-tin/"
    with translation.override("en"):
        assert reverse("documents:quarterly_reports") == "/en/documents/quarterly-reports/"


def _queries(client, path):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_list_query_count_does_not_grow_with_documents(client, settings):
    settings.PAGE_SIZE = 100
    for _ in range(3):
        DocumentFileFactory()
    few = _queries(client, "/en/documents/")
    for _ in range(30):
        document = DocumentFileFactory().document
        DocumentFileFactory(document=document, language="en")
    assert _queries(client, "/en/documents/") == few


def test_sitemap_lists_only_public_documents(client):
    public = DocumentFactory(access=Access.PUBLIC, slug_en="public-doc")
    DocumentFactory(access=Access.PARTNERS, slug_en="partner-doc")
    DocumentFactory(access=Access.SECRETARIAT, slug_en="internal-doc")
    root = ET.fromstring(client.get("/sitemap-documents.xml").content)
    locs = [e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert f"http://example.com/en/documents/{public.slug_en}/" in locs
    assert not any("partner-doc" in loc or "internal-doc" in loc for loc in locs)


def test_news_post_lists_its_documents_with_their_access(client, category):
    post = PostFactory(category=category)
    public = DocumentFactory(title_en="Public report")
    locked = DocumentFactory(title_en="Forum proceedings", access=Access.PARTNERS)
    internal = DocumentFactory(title_en="Internal plan", access=Access.SECRETARIAT)
    post.documents.set([public, locked, internal])
    with translation.override("en"):
        html = client.get(post.get_absolute_url()).content.decode()
    assert "Public report" in html and "Forum proceedings" in html
    assert "Partners only" in html
    assert "Internal plan" not in html


def test_secretariat_only_document_page_is_noindex_with_its_badge(client):
    from tests.factories import SuperuserFactory

    document = DocumentFactory(access=Access.SECRETARIAT)
    public = DocumentFactory(access=Access.PUBLIC)
    client.force_login(SuperuserFactory())
    with translation.override("en"):
        html = client.get(document.get_absolute_url()).content.decode()
        public_html = client.get(public.get_absolute_url()).content.decode()
    assert '<meta name="robots" content="noindex">' in html and "Secretariat only" in html
    assert "noindex" not in public_html and "badge-lock" not in public_html
