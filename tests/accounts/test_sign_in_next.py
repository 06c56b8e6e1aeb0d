"""Signing in from a document's "Sign in to download" link lands on that document; only a safe
`next` is followed (url_has_allowed_host_and_scheme, in Django's LoginView)."""

from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest
from django.utils import translation

from documents.models import Access
from tests.factories import DocumentFactory, DocumentFileFactory, PartnerUserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"


@pytest.fixture
def restricted_document():
    document = DocumentFactory(access=Access.PARTNERS)
    DocumentFileFactory(document=document)
    return document


def _sign_in_link(response):
    doc = lxml.html.fromstring(response.content.decode())
    [href] = doc.xpath("//p[@class='lock-note']/a/@href")
    return href


@pytest.mark.parametrize("list_url", ["/en/documents/", "/en/documents/?q=report&page=1"])
def test_sign_in_link_in_the_list_points_at_the_document(client, restricted_document, list_url):
    with translation.override("en"):
        document_url = restricted_document.get_absolute_url()
    href = _sign_in_link(client.get(list_url))
    assert parse_qs(urlsplit(href).query)["next"] == [document_url]


def test_signing_in_from_the_list_lands_on_the_document(client, restricted_document):
    PartnerUserFactory(username="undp")
    with translation.override("en"):
        document_url = restricted_document.get_absolute_url()
    href = _sign_in_link(client.get("/en/documents/"))
    form = lxml.html.fromstring(client.get(href).content.decode())
    [next_value] = form.xpath("//form[@class='form']//input[@name='next']/@value")
    response = client.post("/en/account/sign-in/",
                           {"username": "undp", "password": PASSWORD, "next": next_value})
    assert response.status_code == 302 and response["Location"] == document_url


def test_signing_in_from_the_document_page_lands_back_on_it(client, restricted_document):
    PartnerUserFactory(username="undp")
    with translation.override("vi"):
        document_url = restricted_document.get_absolute_url()
    href = _sign_in_link(client.get(document_url))
    assert parse_qs(urlsplit(href).query)["next"] == [document_url]
    response = client.post(href, {"username": "undp", "password": PASSWORD,
                                  "next": document_url})
    assert response["Location"] == document_url


@pytest.mark.parametrize("unsafe", ["https://evil.example/", "//evil.example/",
                                    "javascript:alert(1)", "http://testserver.evil.example/"])
def test_an_unsafe_next_is_ignored(client, unsafe):
    PartnerUserFactory(username="undp")
    response = client.post("/en/account/sign-in/",
                           {"username": "undp", "password": PASSWORD, "next": unsafe})
    assert response.status_code == 302
    assert response["Location"] == "/en/account/"


def _switch_to(response, code):
    """The language switcher's link to language `code` on this page."""
    doc = lxml.html.fromstring(response.content.decode())
    [href] = doc.xpath(f"//a[@hreflang='{code}' and @lang='{code}']/@href")
    return href


def test_switching_language_on_the_sign_in_page_lands_on_the_document_in_that_language(
        client, restricted_document):
    """A reader sent from the English document page switches the sign-in page to Vietnamese:
    they land on the Vietnamese page of the document (its Vietnamese slug), not the English."""
    PartnerUserFactory(username="undp")
    with translation.override("en"):
        english = restricted_document.get_absolute_url()
    with translation.override("vi"):
        vietnamese = restricted_document.get_absolute_url()
    assert english.split("/")[-2] != vietnamese.split("/")[-2]  # the slugs differ
    sign_in = client.get(_sign_in_link(client.get(english)))
    vi_sign_in = _switch_to(sign_in, "vi")
    page = client.get(vi_sign_in)
    form = lxml.html.fromstring(page.content.decode())
    [next_value] = form.xpath("//form[@class='form']//input[@name='next']/@value")
    assert next_value == vietnamese
    response = client.post(vi_sign_in, {"username": "undp", "password": PASSWORD,
                                        "next": english})
    assert response.status_code == 302 and response["Location"] == vietnamese


@pytest.mark.parametrize(("came_from", "expected"), [
    ("/en/documents/?kind=report&page=2", "/vi/tai-lieu/?kind=report&page=2"),
    ("/en/no-such-page/", "/en/no-such-page/"),  # unknown: followed as given
    ("/en/documents/no-such-document/", "/en/documents/no-such-document/"),
])
def test_a_list_page_or_an_unknown_address_after_signing_in_in_vietnamese(
        client, came_from, expected):
    PartnerUserFactory(username="undp")
    response = client.post("/vi/tai-khoan/dang-nhap/", {
        "username": "undp", "password": PASSWORD, "next": came_from})
    assert response.status_code == 302 and response["Location"] == expected
