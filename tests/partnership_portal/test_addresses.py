"""Addresses readers share (issue 12, defect 8): old slugs with a query string, one rule for
canonical and hreflang, page numbers that exist, titles per page, error pages without
alternates, and the list pages on both sitemaps."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from partnership_portal.addresses import meaningful_query
from tests.factories import DocumentKindFactory, PartnerOrganisationFactory, PostFactory
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db

SECTION_PAGES = [
    "home", "about", "news:list", "forums:list", "forums:series", "cooperation:overview",
    "cooperation:agreements", "cooperation:partners", "cooperation:projects",
    "cooperation:needs", "documents:list", "documents:newsletter", "documents:quarterly_reports",
]


def url(name, lang="vi", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def head_links(html):
    return {
        "canonical": re.findall(r'<link rel="canonical" href="([^"]+)">', html),
        "alternates": dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">',
                                      html)),
    }


def response_page(html):
    """"n/total" from the pagination's "Page n of total" (Vietnamese: "Trang n/total")."""
    found = re.search(r'aria-current="page">\D*(\d+)\D+(\d+)</span>', html)
    return f"{found.group(1)}/{found.group(2)}"


def test_meaningful_query_drops_tracking_parameters_and_first_page():
    from django.http import QueryDict

    query = QueryDict("utm_source=fb&year=2020&fbclid=abc&page=1&GCLID=x&kind=a&kind=b&q=")
    assert meaningful_query(query, drop_first_page=True) == "kind=a&kind=b&year=2020"
    assert meaningful_query(QueryDict("page=2")) == "page=2"


def test_old_slug_with_a_tracking_query_string_redirects_to_the_new_address(client, post):
    translation.activate("vi")  # the Vietnamese slug changes below
    old = post.get_absolute_url()
    post.slug_vi = "ten-moi"
    post.save()
    response = client.get(old + "?fbclid=IwAR0abc&utm_source=facebook")
    assert response.status_code == 301
    assert response["Location"] == post.get_absolute_url()


def test_old_slug_redirect_keeps_meaningful_parameters(client, post):
    translation.activate("vi")  # the Vietnamese slug changes below
    old = post.get_absolute_url()
    post.slug_vi = "ten-moi"
    post.save()
    response = client.get(old + "?fbclid=x&page=2")
    assert response["Location"] == post.get_absolute_url() + "?page=2"
    # Without a query string the stock lookup still answers.
    assert client.get(old)["Location"] == post.get_absolute_url()


def test_an_unknown_address_with_a_query_string_stays_not_found(client):
    assert client.get("/vi/tin-tuc/khong-co/?fbclid=x").status_code == 404


def test_canonical_and_hreflang_drop_tracking_parameters_alike(client, category):
    PostFactory(category=category)
    response = client.get(url("news:list", "en") + "?utm_campaign=q3&year=2020&fbclid=x")
    links = head_links(response.content.decode())
    assert links["canonical"] == ["http://testserver/en/news/?year=2020"]
    assert links["alternates"] == {
        "en": "http://testserver/en/news/?year=2020",
        "vi": "http://testserver/vi/tin-tuc/?year=2020",
        "x-default": "http://testserver/vi/tin-tuc/?year=2020",
    }


def test_canonical_keeps_filters_and_the_page_number(client, category, settings):
    settings.PAGE_SIZE = 1
    PostFactory.create_batch(3, category=category)
    html = client.get(url("news:list", "en"), {"page": "2", "year": "2026"}).content.decode()
    links = head_links(html)
    assert links["canonical"] == [links["alternates"]["en"]]


def test_page_beyond_the_last_redirects_to_the_last_page(client, category, settings):
    settings.PAGE_SIZE = 2
    PostFactory.create_batch(3, category=category)
    response = client.get(url("news:list") + "?page=99&fbclid=x")
    assert response.status_code == 302
    assert response["Location"] == url("news:list") + "?fbclid=x&page=2"
    html = client.get(response["Location"]).content.decode()
    assert head_links(html)["canonical"] == ["http://testserver/vi/tin-tuc/?page=2"]
    assert response_page(html) == "2/2"


def test_search_page_beyond_the_last_redirects(client):
    response = client.get(url("search", "en"), {"q": "nothing", "page": "5"})
    assert response.status_code == 302
    assert response["Location"] == url("search", "en") + "?q=nothing"


@pytest.mark.parametrize("name", ["cooperation:partners", "cooperation:projects",
                                  "cooperation:overview", "forums:series",
                                  "documents:newsletter"])
def test_unpaginated_lists_redirect_a_page_number_to_the_list(client, name):
    DocumentKindFactory(code="newsletter")
    response = client.get(url(name, "en") + "?page=2&kind=x")
    assert response.status_code == 302
    assert response["Location"] == url(name, "en") + "?kind=x"


@pytest.mark.parametrize(("lang", "suffix"), [("vi", " – trang 2 |"), ("en", " – page 2 |")])
def test_page_two_has_its_own_title(client, category, settings, lang, suffix):
    settings.PAGE_SIZE = 1
    PostFactory.create_batch(2, category=category)
    first = client.get(url("news:list", lang)).content.decode()
    second = client.get(url("news:list", lang), {"page": "2"}).content.decode()
    title = re.search(r"<title>(.*?)</title>", second).group(1)
    assert suffix in title
    assert " – " not in re.search(r"<title>(.*?)</title>", first).group(1)


@pytest.mark.parametrize("address", ["/en/news/no-such-item/", "/vi/khong-co/"])
def test_not_found_pages_have_no_canonical_or_hreflang(client, address):
    response = client.get(address)
    assert response.status_code == 404
    html = response.content.decode()
    assert 'rel="canonical"' not in html and "hreflang=" not in html.split("</head>")[0]


def test_sitemap_lists_the_thirteen_section_and_list_pages_in_each_language(client, staff):
    from tests.factories import PageFactory

    PageFactory(key="about")
    DocumentKindFactory(code="newsletter")
    DocumentKindFactory(code="quarterly-report")
    xml = whole_sitemap(client)
    for lang in ("vi", "en"):
        for name in SECTION_PAGES:
            assert f"<loc>http://example.com{url(name, lang)}</loc>" in xml, (lang, name)


def test_sitemap_leaves_out_a_series_whose_kind_does_not_exist(client):
    xml = whole_sitemap(client)
    assert url("documents:newsletter", "en") not in xml
    assert f"<loc>http://example.com{url('documents:list', 'en')}</loc>" in xml


@pytest.mark.parametrize(("lang", "heading", "agreements"), [
    ("vi", "Sơ đồ trang", "Danh mục thỏa thuận hợp tác"), ("en", "Sitemap", "Agreements register"),
])
def test_html_sitemap_lists_sections_and_lists_and_the_footer_links_to_it(
    client, lang, heading, agreements
):
    PartnerOrganisationFactory()
    page = url("site_map", lang)
    response = client.get(page)
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in html
    assert f'<a href="{url("cooperation:agreements", lang)}">{agreements}</a>' in html
    assert url("forums:series", lang) in html and url("news:list", lang) in html
    assert f'href="{page}">{heading}</a>' in client.get(url("home", lang)).content.decode()
    assert client.get("/sitemap.xml").status_code == 200  # still there for robots
