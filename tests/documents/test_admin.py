import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.models import Document, DocumentFile
from tests.factories import DocumentKindFactory, pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def form_data(kind, upload):
    return {
        "title_vi": "Báo cáo quý III/2020", "title_en": "Quarterly report Q III/2020",
        "slug_vi": "", "slug_en": "", "description_vi": "", "description_en": "",
        "kind": kind.pk, "issued_on": "12/10/2020", "year": "2020", "quarter": "3",
        "access": "partners", "status": "published", "publish_at_0": "12/10/2020",
        "publish_at_1": "09:00:00",
        "files-TOTAL_FORMS": "1", "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0", "files-MAX_NUM_FORMS": "1000",
        "files-0-language": "vi", "files-0-file": upload,
    }


def test_admin_saves_a_document_with_its_file(admin_client):
    kind = DocumentKindFactory()
    upload = SimpleUploadedFile("Báo cáo quý III.pdf", pdf_bytes())
    response = admin_client.post(reverse("admin:documents_document_add"), form_data(kind, upload))
    assert response.status_code == 302
    stored = DocumentFile.objects.get()
    assert stored.original_name == "Báo cáo quý III.pdf" and stored.document.access == "partners"


def test_admin_refuses_a_disguised_file_with_a_clear_error_and_saves_nothing(admin_client):
    kind = DocumentKindFactory()
    upload = SimpleUploadedFile("report.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    response = admin_client.post(reverse("admin:documents_document_add"), form_data(kind, upload))
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.errors[0]
    assert "file" in errors
    assert errors["file"][0] in response.content.decode()
    assert Document.objects.count() == 0 and DocumentFile.objects.count() == 0


def test_admin_refuses_an_oversize_file(admin_client, settings):
    settings.DOCUMENTS_MAX_UPLOAD_BYTES = 50
    kind = DocumentKindFactory()
    upload = SimpleUploadedFile("big.pdf", pdf_bytes())
    response = admin_client.post(reverse("admin:documents_document_add"), form_data(kind, upload))
    assert response.status_code == 200
    assert Document.objects.count() == 0


def test_changelist_shows_access_and_filters(admin_client):
    from tests.factories import DocumentFactory

    DocumentFactory(title_vi="Kỷ yếu", access="partners")
    DocumentFactory(title_vi="Bản tin", access="public")
    response = admin_client.get(reverse("admin:documents_document_changelist"),
                                {"access__exact": "partners"})
    assert [d.title_vi for d in response.context["cl"].result_list] == ["Kỷ yếu"]
