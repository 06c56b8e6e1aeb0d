import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from docx import Document as Docx

from reports.models import QuarterlyReport
from reports.services import report_regenerate
from tests.factories import PostFactory, SuperuserFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def report():
    return report_regenerate(QuarterlyReport.objects.create(year=2020, quarter=3))


def url(kind, report, language):
    return reverse(f"admin:reports_quarterlyreport_{kind}", args=[report.pk, language])


def test_creating_a_report_in_the_admin_gathers_its_data(client):
    client.force_login(SuperuserFactory())
    response = client.post(reverse("admin:reports_quarterlyreport_add"), {
        "year": 2020, "quarter": 3, "library_access": "secretariat",
    })

    assert response.status_code == 302
    report = QuarterlyReport.objects.get()
    assert set(report.snapshot) == {"vi", "en"}
    assert report.snapshot_taken_at is not None
    assert report.introduction_en  # pre-filled


def test_save_and_regenerate_keeps_what_was_written(client, report):
    client.force_login(SuperuserFactory())
    page = client.get(reverse("admin:reports_quarterlyreport_change", args=[report.pk]))
    assert 'name="_regenerate"' in page.content.decode()
    assert url("docx", report, "vi") in page.content.decode()
    PostFactory(title_en="Posted after the draft",
                publish_at=report.period.bounds()[0])
    form = {"year": 2020, "quarter": 3, "library_access": "secretariat",
            "proposals_en": "Our own proposal.", "_regenerate": "1"}
    response = client.post(reverse("admin:reports_quarterlyreport_change", args=[report.pk]), form)

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.proposals_en == "Our own proposal."
    assert "Posted after the draft" in str(report.snapshot["en"]["news"])


def test_staff_get_the_preview_docx_and_pdf_in_both_languages(client, report):
    client.force_login(SuperuserFactory())

    preview = client.get(url("preview", report, "vi"))
    assert preview.status_code == 200
    assert "no-cache" in preview["Cache-Control"]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in preview.content.decode()
    assert url("pdf", report, "en") in preview.content.decode()

    docx = client.get(url("docx", report, "en"))
    assert docx["Content-Disposition"] == 'attachment; filename="report-q3-2020-en.docx"'
    assert "SOCIALIST REPUBLIC OF VIET NAM" in [p.text for t in Docx(io.BytesIO(docx.content)).tables
                                                 for c in t._cells for p in c.paragraphs]
    pdf = client.get(url("pdf", report, "vi"))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert client.get(url("pdf", report, "fr")).status_code == 404


def test_staff_without_the_report_permission_get_no_output(client, report):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_post"))
    client.force_login(user)

    assert client.get(url("preview", report, "vi")).status_code == 403
    client.force_login(UserFactory())
    assert client.get(url("docx", report, "vi")).status_code == 302  # to the admin sign-in


def test_file_into_library_action_files_the_report(client, report):
    client.force_login(SuperuserFactory())
    response = client.post(reverse("admin:reports_quarterlyreport_changelist"), {
        "action": "file_into_library", "_selected_action": [report.pk]})

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.document.kind.code == "quarterly-report"
    assert report.document.access == "secretariat"


def test_only_a_publisher_files_a_report_into_the_library(client, report):
    """Filing publishes the report's PDFs in the library at once (public if its access is):
    an editor, who cannot publish, gets neither the button nor the filing."""
    from partnership_portal import roles
    from tests.factories import RoleUserFactory

    report.library_access = "public"
    report.save()
    change = reverse("admin:reports_quarterlyreport_change", args=[report.pk])
    editor = RoleUserFactory(username="bien.tap", role=roles.EDITOR)
    client.force_login(editor)
    assert 'name="_file"' not in client.get(change).content.decode()
    response = client.post(reverse("admin:reports_quarterlyreport_changelist"), {
        "action": "file_into_library", "_selected_action": [report.pk]}, follow=True)
    assert "Chỉ người duyệt đăng mới được lưu báo cáo" in response.content.decode()
    report.refresh_from_db()
    assert report.document is None

    publisher = RoleUserFactory(username="duyet.dang", role=roles.PUBLISHER)
    client.force_login(publisher)
    assert 'name="_file"' in client.get(change).content.decode()
    client.post(reverse("admin:reports_quarterlyreport_changelist"), {
        "action": "file_into_library", "_selected_action": [report.pk]})
    report.refresh_from_db()
    assert report.document.is_public and report.document.access == "public"
