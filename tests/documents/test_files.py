import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import translation

from documents.models import DocumentFile
from tests.factories import DocumentFileFactory, SuperuserFactory, pdf_bytes

pytestmark = pytest.mark.django_db


def download(client, document_file):
    with translation.override("en"):
        return client.get(document_file.get_absolute_url())


def test_vietnamese_file_name_survives_the_round_trip(client):
    document_file = DocumentFileFactory(
        file=ContentFile(pdf_bytes(), name="Báo cáo quý III-2020 Nhóm đối tác.pdf")
    )
    assert document_file.original_name == "Báo cáo quý III-2020 Nhóm đối tác.pdf"
    response = download(client, document_file)
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20III-2020" in disposition


def test_link_shows_type_and_size(client):
    document_file = DocumentFileFactory()
    with translation.override("en"):
        html = client.get(document_file.document.get_absolute_url()).content.decode()
    assert "PDF," in html
    assert f"{document_file.size}\xa0bytes" in html or "KB" in html


def test_replacing_a_file_keeps_the_old_version_for_staff_and_serves_the_latest(client):
    document_file = DocumentFileFactory(file=ContentFile(pdf_bytes("v1"), name="v1.pdf"))
    old_digest = document_file.sha256
    document_file.file = ContentFile(pdf_bytes("version two"), name="v2.pdf")
    document_file.save()
    version = document_file.versions.get()
    assert version.original_name == "v1.pdf" and version.sha256 == old_digest

    response = download(client, document_file)  # same public link
    assert b"version two" in b"".join(response.streaming_content)
    assert "v2.pdf" in response["Content-Disposition"]

    with translation.override("en"):
        version_url = version.get_absolute_url()
    assert client.get(version_url).status_code == 302  # to the sign-in page
    staff = Client()
    staff.force_login(SuperuserFactory())
    old = staff.get(version_url)
    assert old.status_code == 200 and b"v1" in b"".join(old.streaming_content)


def test_downloads_are_counted(client):
    document_file = DocumentFileFactory()
    for _ in range(3):
        b"".join(download(client, document_file).streaming_content)
    document_file.refresh_from_db()
    assert document_file.download_count == 3


def test_production_hands_the_file_to_nginx(client, settings):
    settings.DOCUMENTS_X_ACCEL_REDIRECT_PREFIX = "/protected-documents/"
    document_file = DocumentFileFactory()
    response = download(client, document_file)
    assert response["X-Accel-Redirect"] == f"/protected-documents/{document_file.file.name}"
    assert response.content == b""
    assert "filename*=utf-8''" in response["Content-Disposition"]


@pytest.mark.parametrize("path", ["/en/documents/file/999999/", "/en/documents/file/abc/",
                                  "/en/documents/file/-1/", "/en/documents/file/1%00/"])
def test_unknown_or_tampered_file_ids_give_404(client, path):
    assert client.get(path).status_code == 404


def test_wrong_method_on_download_gives_405_and_counts_nothing(client):
    document_file = DocumentFileFactory()
    with translation.override("en"):
        assert client.post(document_file.get_absolute_url()).status_code == 405
    assert DocumentFile.objects.get().download_count == 0


def test_missing_file_on_disk_gives_404_not_500(client):
    document_file = DocumentFileFactory()
    document_file.file.storage.delete(document_file.file.name)
    assert download(client, document_file).status_code == 404


def test_staff_download_of_a_draft_is_never_cached():
    from documents.models import Document
    from tests.factories import DocumentFactory

    draft = DocumentFileFactory(document=DocumentFactory(status=Document.Status.DRAFT))
    staff = Client()
    staff.force_login(SuperuserFactory())
    assert download(staff, draft)["Cache-Control"] == "private, no-store"
    with translation.override("en"):
        page = staff.get(draft.document.get_absolute_url())
    assert "no-cache" in page["Cache-Control"] and page["X-Robots-Tag"] == "noindex"


def test_quarter_label_follows_the_language():
    from tests.factories import DocumentFactory

    document = DocumentFactory(quarter=3, year=2020)
    with translation.override("vi"):
        assert document.period_label == "Quý III/2020"
    with translation.override("en"):
        assert document.period_label == "Q III/2020"


@pytest.mark.parametrize("title", ["Bản tin", "Newsletter"])
def test_documents_never_take_a_slug_of_a_fixed_address(title):
    from tests.factories import DocumentFactory

    document = DocumentFactory(title_vi=title, title_en=title)
    assert document.slug_vi not in {"ban-tin", "newsletter"}
    assert document.slug_en not in {"ban-tin", "newsletter"}


def test_editor_choosing_a_reserved_slug_gets_a_clear_error():
    from django.core.exceptions import ValidationError

    from tests.factories import DocumentFactory

    document = DocumentFactory()
    document.slug_en = "newsletter"
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "slug_en" in error.value.message_dict
