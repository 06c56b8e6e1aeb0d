"""Who sees and downloads what: anonymous, signed-in non-partner, partner and staff, against
public, partner-only and secretariat-only documents."""

import pytest
from django.test import Client
from django.utils import translation

from documents.models import Access, Document
from tests.factories import (
    DocumentFactory,
    DocumentFileFactory,
    PartnerUserFactory,
    StaffUserFactory,
    SuperuserFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

READERS = ["anonymous", "user", "partner", "staff"]


def client_for(reader):
    client = Client()
    if reader != "anonymous":
        factory = {"user": UserFactory, "partner": PartnerUserFactory, "staff": SuperuserFactory}[reader]
        client.force_login(factory(username=reader))
    return client


@pytest.fixture
def library():
    files = {}
    for access in Access.values:
        document = DocumentFactory(access=access, title_en=f"Doc {access}")
        files[access] = DocumentFileFactory(document=document)
    return files


LISTED = {
    Access.PUBLIC: set(READERS),
    Access.PARTNERS: set(READERS),  # listed to everyone, with a lock
    Access.SECRETARIAT: {"staff"},
}
DOWNLOAD = {
    (Access.PUBLIC, "anonymous"): 200, (Access.PUBLIC, "user"): 200,
    (Access.PUBLIC, "partner"): 200, (Access.PUBLIC, "staff"): 200,
    (Access.PARTNERS, "anonymous"): 302, (Access.PARTNERS, "user"): 403,
    (Access.PARTNERS, "partner"): 200, (Access.PARTNERS, "staff"): 200,
    # As the document's page: not found (a sign-in prompt would confirm the file exists).
    (Access.SECRETARIAT, "anonymous"): 404, (Access.SECRETARIAT, "user"): 404,
    (Access.SECRETARIAT, "partner"): 404, (Access.SECRETARIAT, "staff"): 200,
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("access", Access.values)
def test_access_matrix(library, reader, access):
    client = client_for(reader)
    document_file = library[access]
    document = document_file.document
    listed = reader in LISTED[access]

    listing = client.get("/en/documents/").content.decode()
    assert (f"Doc {access}" in listing) is listed
    with translation.override("en"):
        detail = client.get(document.get_absolute_url())
        download_url = document_file.get_absolute_url()
    assert detail.status_code == (200 if listed else 404)

    response = client.get(download_url)
    assert response.status_code == DOWNLOAD[(access, reader)]
    if response.status_code == 200:
        assert b"".join(response.streaming_content).startswith(b"%PDF")
    elif response.status_code == 302:
        assert response["Location"].startswith(f"/en/account/sign-in/?next={download_url}")


def test_partner_only_document_shows_a_lock_and_sign_in_link_to_the_public(library, client):
    with translation.override("en"):
        document = library[Access.PARTNERS].document
        html = client.get(document.get_absolute_url()).content.decode()
    assert "Partners only" in html and "Sign in to download" in html
    assert library[Access.PARTNERS].get_absolute_url() not in html  # no download link


def test_restricted_files_are_not_reachable_by_media_or_guessed_paths(library, client, settings):
    stored = library[Access.PARTNERS].file.name
    assert "Báo" not in stored and stored.startswith("documents/")  # not the original name
    assert not str(settings.PRIVATE_MEDIA_ROOT).startswith(str(settings.MEDIA_ROOT))
    for path in (f"/media/{stored}", f"/private/{stored}", f"/{stored}",
                 "/media/documents/", f"/no-public-url/{stored}"):
        assert client.get(path).status_code == 404, path


def test_unpublished_document_files_are_hidden_except_from_staff(client):
    draft = DocumentFileFactory(document=DocumentFactory(status=Document.Status.DRAFT))
    with translation.override("en"):
        url = draft.get_absolute_url()
    assert client_for("partner").get(url).status_code == 404
    assert client_for("staff").get(url).status_code == 200


def test_sign_in_then_download(library, client):
    PartnerUserFactory(username="undp")
    with translation.override("en"):
        url = library[Access.PARTNERS].get_absolute_url()
    login_page = client.get(url, follow=True)
    assert login_page.status_code == 200 and "next" in login_page.context
    response = client.post(
        "/en/account/sign-in/",
        {"username": "undp", "password": "correct horse battery", "next": url},
    )
    assert response.status_code == 302 and response["Location"] == url
    assert client.get(url).status_code == 200


def test_restricted_download_is_not_cached_and_sends_nosniff(library):
    response = client_for("partner").get(library[Access.PARTNERS].get_absolute_url())
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_forbidden_download_gets_a_friendly_page_in_the_readers_language(library):
    with translation.override("vi"):
        url = library[Access.PARTNERS].get_absolute_url()
    response = client_for("user").get(url)  # signed in, but no partner's account
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="vi">' in html and "Không có quyền truy cập" in html


def staff_allowed(*codenames, username="staff-member"):
    user = StaffUserFactory(username=username, permissions=codenames)
    client = Client()
    client.force_login(user)
    return user, client


def test_staff_allowed_only_news_cannot_download_secretariat_or_partner_files(library):
    _user, client = staff_allowed("change_post", "view_post")
    with translation.override("en"):
        assert client.get(library[Access.SECRETARIAT].get_absolute_url()).status_code == 404
        assert client.get(library[Access.PARTNERS].get_absolute_url()).status_code == 403
        assert "Doc secretariat" not in client.get("/en/documents/").content.decode()


def test_staff_allowed_to_view_documents_download_secretariat_files(library):
    _user, client = staff_allowed("view_document")
    with translation.override("en"):
        assert client.get(library[Access.SECRETARIAT].get_absolute_url()).status_code == 200
        assert client.get(library[Access.PARTNERS].get_absolute_url()).status_code == 200


def test_staff_with_a_partner_account_but_no_library_permission_is_a_partner_only(library):
    from tests.factories import PartnerAccountFactory

    user, client = staff_allowed("change_post")
    PartnerAccountFactory(user=user)
    with translation.override("en"):
        assert client.get(library[Access.PARTNERS].get_absolute_url()).status_code == 200
        assert client.get(library[Access.SECRETARIAT].get_absolute_url()).status_code == 404


def test_staff_allowed_only_news_cannot_preview_draft_documents():
    draft = DocumentFileFactory(document=DocumentFactory(status=Document.Status.DRAFT))
    _user, client = staff_allowed("change_post")
    with translation.override("en"):
        assert client.get(draft.document.get_absolute_url()).status_code == 404
        assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.fixture
def earlier_version():
    from django.core.files.base import ContentFile

    from tests.factories import pdf_bytes

    document_file = DocumentFileFactory()
    document_file.file = ContentFile(pdf_bytes("version two"), name="v2.pdf")
    document_file.save()
    with translation.override("en"):
        return document_file.versions.get().get_absolute_url()


def test_earlier_versions_are_for_staff_allowed_to_read_the_library(earlier_version):
    _user, viewer = staff_allowed("view_document", username="viewer")
    assert viewer.get(earlier_version).status_code == 200
    _user, news_only = staff_allowed("change_post", username="news-only")
    assert news_only.get(earlier_version).status_code == 403
    assert client_for("partner").get(earlier_version).status_code == 403
    anonymous = Client().get(earlier_version)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(f"/en/account/sign-in/?next={earlier_version}")


@pytest.mark.parametrize("reader", READERS)
def test_an_agreements_texts_are_the_documents_its_reader_may_find_in_lists(reader):
    """links_to_listed() tests a linked document on the join; the rows must be those of the
    subquery over listed_for(), for every reader and every state a document can be in."""
    from datetime import timedelta

    from django.utils import timezone

    from cooperation.models import AgreementDocument
    from documents.models import links_to_listed
    from tests.factories import AgreementDocumentFactory, AgreementFactory

    now = timezone.now()
    agreement = AgreementFactory()
    for access in Access.values:
        for state in [{}, {"status": "draft"}, {"publish_at": now + timedelta(days=1)},
                      {"unpublish_at": now - timedelta(days=1)},
                      {"unpublish_at": now + timedelta(days=1)}]:
            AgreementDocumentFactory(agreement=agreement,
                                     document=DocumentFactory(access=access, **state))
    AgreementDocumentFactory(document=DocumentFactory())  # another agreement's text
    factory = {"user": UserFactory, "partner": PartnerUserFactory,
               "staff": StaffUserFactory}.get(reader)
    user = factory(username=reader) if factory else None
    if reader == "staff":
        from django.contrib.auth.models import Permission
        user.user_permissions.add(Permission.objects.get(codename="change_document"))
        user = type(user).objects.get(pk=user.pk)  # permissions are cached per instance
    if user is None:
        from django.contrib.auth.models import AnonymousUser
        user = AnonymousUser()

    links = AgreementDocument.objects.filter(agreement=agreement)
    expected = list(links.filter(document__in=Document.objects.listed_for(user))
                    .values_list("pk", flat=True).order_by("pk"))
    got = sorted(link.pk for link in links_to_listed(links, user))
    assert got == expected
    # The states the readers differ by are there: drafts for the secretariat's editors only.
    shown = {link.document.status for link in links_to_listed(links, user)}
    assert ("draft" in shown) == (reader == "staff")


def test_a_head_request_answers_like_get_without_counting_a_download(library, client):
    """Link checkers ask with HEAD: a public file is there (200), and nobody downloaded it."""
    document_file = library[Access.PUBLIC]
    with translation.override("en"):
        url = document_file.get_absolute_url()
        partner_url = library[Access.PARTNERS].get_absolute_url()
    response = client.head(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert client.head(partner_url).status_code == 302  # as GET: sign in first
    document_file.refresh_from_db()
    assert document_file.download_count == 0
    client.get(url)
    document_file.refresh_from_db()
    assert document_file.download_count == 1
