import pytest
from django.http import QueryDict
from django.test import RequestFactory
from django.utils import translation

from documents.filters import DocumentFilter
from documents.models import Access, Document
from tests.factories import (
    DocumentFactory,
    DocumentFileFactory,
    DocumentKindFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def request_by(user=None):
    request = RequestFactory().get("/")
    request.user = user
    return request


@pytest.fixture
def library():
    report = DocumentFactory(title_en="Report 2020")
    DocumentFileFactory(document=report, language="en")
    DocumentFileFactory(document=report, language="vi")  # two files: still one row
    letter = DocumentFactory(title_en="Letter 2021", year=2021,
                             kind=DocumentKindFactory(code="newsletter"))
    DocumentFileFactory(document=letter, language="vi")
    DocumentFactory(title_en="Internal", access=Access.SECRETARIAT)
    return report, letter


def titles(filterset):
    return sorted(d.title_en for d in filterset.qs)


@pytest.mark.parametrize(("query", "expected"), [
    ("kind=newsletter", ["Letter 2021"]),
    ("year=2021", ["Letter 2021"]),
    ("language=en", ["Report 2020"]),
    ("language=vi", ["Letter 2021", "Report 2020"]),
    ("access=secretariat", ["Internal"]),
])
def test_document_filter_narrows_by_a_valid_value(library, staff, query, expected):
    filterset = DocumentFilter(QueryDict(query), Document.objects.all(),
                               request=request_by(staff))
    assert titles(filterset) == expected
    assert filterset.notices == []


def test_secretariat_level_is_unknown_to_a_reader_who_is_not_staff(library):
    reader = UserFactory(username="reader")
    filterset = DocumentFilter(QueryDict("access=secretariat&year=2021"),
                               Document.objects.all(), request=request_by(reader))
    assert titles(filterset) == ["Letter 2021"]
    with translation.override("en"):
        assert filterset.notices == [
            "“secretariat” is not a known access level; that filter was ignored."]
    assert ("secretariat", "Secretariat only") not in filterset.choices("access")


@pytest.mark.parametrize(("query", "named"), [
    ("year=abc", "abc"), ("year=١٢٣٤", "١٢٣٤"), ("kind=nope", "kind"), ("language=%3Cscript%3E", "language"),
    ("kind=" + "k" * 4000, "kind"), ("access=<b>x</b>", "access level"),
])
def test_invalid_document_filter_gives_a_notice_and_does_not_narrow(client, library, query,
                                                                    named):
    response = client.get(f"/en/documents/?{query}")
    assert response.status_code == 200
    assert sorted(d.title_en for d in response.context["documents"]) == [
        "Letter 2021", "Report 2020"]
    [notice] = response.context["notices"]
    assert named in notice and len(notice) < 200


def test_document_form_offers_the_filterset_choices(client, library):
    html = client.get("/en/documents/").content.decode()
    assert '<option value="newsletter">' in html
    assert '<option value="secretariat">' not in html
