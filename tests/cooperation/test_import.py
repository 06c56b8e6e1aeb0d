"""Partners and agreements imported from, and exported to, spreadsheets in the admin."""

import csv
import io
from datetime import date

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cooperation.models import Agreement, Partner, Signature
from tests.factories import AgreementFactory, PartnerOrganisationFactory, StaffUserFactory, sign

pytestmark = pytest.mark.django_db
XLSX, CSV = "0", "1"  # the admin's format choices, in SpreadsheetAdminMixin.formats

AGREEMENT_HEADER = ["slug_vi", "title_vi", "title_en", "kind", "nature", "parties", "signatures",
                    "entry_into_force", "body_vi", "status"]


def csv_bytes(rows):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def xlsx_bytes(rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(client, model, content, name="sheet.csv", file_format=CSV, language="en"):
    """The first step: the file is checked and dry-run; returns the response."""
    return client.post(reverse(f"admin:cooperation_{model}_import"),
                       {"resource": "0", "format": file_format,
                        "import_file": SimpleUploadedFile(name, content)},
                       HTTP_ACCEPT_LANGUAGE=language)


def confirm(client, model, response):
    form = response.context["confirm_form"]
    return client.post(reverse(f"admin:cooperation_{model}_process_import"),
                       {name: form.initial[name] for name in form.fields},
                       HTTP_ACCEPT_LANGUAGE="en")


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def parties():
    moj = PartnerOrganisationFactory(name_vi="Bộ Tư pháp", slug_vi="bo-tu-phap", kind="vn_agency",
                                     country="VN")
    az = PartnerOrganisationFactory(name_vi="Bộ Tư pháp A-déc-bai-gian", slug_vi="az-moj",
                                    kind="ministry", country="AZ")
    return moj, az


def agreement_row(slug="ct-az-2020", signatures="bo-tu-phap: 2020-10-27; az-moj: 2020-09",
                  **changes):
    row = {"slug_vi": slug, "title_vi": "Chương trình hợp tác 2020-2022",
           "title_en": "Cooperation programme 2020-2022", "kind": "programme",
           "nature": "non_binding", "parties": "bo-tu-phap; az-moj", "signatures": signatures,
           "entry_into_force": "", "body_vi": "<p>Nội dung</p>", "status": ""}
    row.update(changes)
    return [row[column] for column in AGREEMENT_HEADER]


def test_valid_file_creates_agreements_with_parties_and_signatures(admin_client, parties):
    moj, az = parties
    content = csv_bytes([AGREEMENT_HEADER, agreement_row(),
                         agreement_row("bn-az-2016", "bo-tu-phap: 2016; az-moj: 08/03/2016",
                                       title_vi="Bản ghi nhớ 2016", kind="mou")])
    preview = upload(admin_client, "agreement", content)
    assert preview.context["result"].totals["new"] == 2
    assert Agreement.objects.count() == 0  # the dry run saved nothing
    response = confirm(admin_client, "agreement", preview)
    assert response.status_code == 302
    programme = Agreement.objects.get(slug_vi="ct-az-2020")
    assert set(programme.parties.all()) == {moj, az}
    assert programme.status == "draft"  # imported items are drafts unless the row publishes
    assert programme.title_en == "Cooperation programme 2020-2022"
    assert {(s.party, s.date, s.date_precision) for s in programme.signatures.all()} == {
        (moj, date(2020, 10, 27), "day"), (az, date(2020, 9, 1), "month")}
    assert programme.last_signature_on == date(2020, 10, 27)  # stored dates recomputed
    mou = Agreement.objects.get(slug_vi="bn-az-2016")
    assert {(s.party, s.date_precision) for s in mou.signatures.all()} == {
        (moj, "year"), (az, "day")}


def test_one_bad_row_saves_nothing_and_names_row_and_column(admin_client, parties):
    content = csv_bytes([AGREEMENT_HEADER, agreement_row(),
                         agreement_row("bad", "bo-tu-phap: 2020-13-45", kind="treaty-ish"),
                         agreement_row("ok-too")])
    response = upload(admin_client, "agreement", content)
    html = response.content.decode()
    assert "confirm_form" not in response.context or not response.context["confirm_form"]
    assert "Row 3, column signatures: “2020-13-45” is not a date" in html
    assert "Row 3, column kind:" in html
    assert "Row 2" not in html and "Row 4" not in html
    assert Agreement.objects.count() == 0
    assert Signature.objects.count() == 0


def test_errors_are_in_vietnamese_for_a_vietnamese_admin(admin_client, parties):
    content = csv_bytes([AGREEMENT_HEADER, agreement_row(parties="bo-tu-phap; khong-co")])
    html = upload(admin_client, "agreement", content, language="vi").content.decode()
    assert "Dòng 2, cột parties:" in html
    assert "khong-co" in html
    assert Agreement.objects.count() == 0


def test_signature_of_a_non_party_and_early_entry_into_force_are_refused(admin_client, parties):
    PartnerOrganisationFactory(slug_vi="la-moj")
    content = csv_bytes([AGREEMENT_HEADER,
                         agreement_row(signatures="la-moj: 2020-01-01"),
                         agreement_row("x2", entry_into_force="2020-10-01")])
    html = upload(admin_client, "agreement", content).content.decode()
    assert "Row 2, column signatures: la-moj is not one of the parties." in html
    assert "Row 3, column entry_into_force: Entry into force (01/10/2020) cannot come before the last signature (27/10/2020)." in html


def test_export_then_import_changes_nothing(admin_client, parties):
    moj, az = parties
    agreement = AgreementFactory(parties=[moj, az], title_en="=HYPERLINK(\"http://x\")",
                                 body_vi="<p>Nội dung <strong>đậm</strong></p>")
    sign(agreement, moj, date(2020, 10, 27))
    sign(agreement, az, date(2020, 9, 1), date_precision="month")
    for file_format, name in ((CSV, "export.csv"), (XLSX, "export.xlsx")):
        exported = admin_client.post(reverse("admin:cooperation_agreement_export"),
                                     {"resource": "0", "format": file_format,
                                      **{f"agreementresource_{f}": "on" for f in
                                         ("slug_vi", "title_vi", "title_en", "kind", "parties",
                                          "signatures", "body_vi", "status", "publish_at")}})
        assert exported.status_code == 200
        preview = upload(admin_client, "agreement", exported.content, name=name,
                         file_format=file_format)
        result = preview.context["result"]
        assert not result.has_errors() and not result.has_validation_errors(), preview.content
        assert result.totals["skip"] == 1 and result.totals["update"] == 0
        assert result.totals["new"] == 0


def test_csv_export_neutralises_formula_cells(admin_client, parties):
    AgreementFactory(parties=list(parties), title_vi="=cmd|' /C calc'!A0", title_en="+1-2")
    response = admin_client.post(reverse("admin:cooperation_agreement_export"),
                                 {"resource": "0", "format": CSV,
                                  "agreementresource_title_vi": "on",
                                  "agreementresource_title_en": "on"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1] == ["'=cmd|' /C calc'!A0", "'+1-2"]


def test_formula_cells_in_an_upload_are_refused(admin_client, parties):
    content = csv_bytes([AGREEMENT_HEADER, agreement_row(title_vi="=1+1")])
    html = upload(admin_client, "agreement", content).content.decode()
    assert "Cells B2 contain formulas" in html
    book = xlsx_bytes([AGREEMENT_HEADER, agreement_row(title_en="=SUM(1,2)")])
    html = upload(admin_client, "agreement", book, name="s.xlsx", file_format=XLSX).content.decode()
    assert "Cells C2 contain formulas" in html
    assert Agreement.objects.count() == 0


@pytest.mark.parametrize(("content", "name", "file_format", "message"), [
    (b"%PDF-1.4 not a sheet", "a.xlsx", XLSX, "not an Excel workbook"),
    (b"title,colour\nx,red\n", "a.csv", CSV, "Unknown columns: title, colour"),
    (b"\xff\xfe\x00bad", "a.csv", CSV, "not a CSV file in UTF-8"),
    (b"slug_vi\n" + b"x\n" * 2_100_000, "big.csv", CSV, "larger than 2 MB"),
])
def test_bad_files_are_refused_with_a_clear_message(admin_client, content, name, file_format,
                                                     message):
    response = upload(admin_client, "partner", content, name=name, file_format=file_format)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Partner.objects.count() == 0


def test_partners_import_from_xlsx_and_rich_text_is_cleaned(admin_client):
    rows = [["slug_vi", "name_vi", "name_en", "kind", "country", "description_vi"],
            ["bo-tu-phap-lao", "Bộ Tư pháp Lào", "Lao Ministry of Justice", "ministry", "LA",
             "Đối tác"]]
    preview = upload(admin_client, "partner", xlsx_bytes(rows), name="p.xlsx", file_format=XLSX)
    confirm(admin_client, "partner", preview)
    partner = Partner.objects.get(slug_vi="bo-tu-phap-lao")
    assert partner.country.code == "LA" and partner.status == "draft"
    assert partner.slug_en  # filled from the English name, as on save in the admin


def test_partners_import_takes_the_short_name_in_each_language(admin_client):
    rows = [["slug_vi", "name_vi", "name_en", "short_name_vi", "short_name_en", "kind"],
            ["vu-plqt", "Vụ Pháp luật quốc tế", "Department of International Law", "Vụ PLQT",
             "DIL", "vn_agency"],
            ["hoc-vien-tu-phap", "Học viện Tư pháp", "Judicial Academy", "HVTP", "",
             "vn_agency"]]
    confirm(admin_client, "partner", upload(admin_client, "partner", csv_bytes(rows)))
    department = Partner.objects.get(slug_vi="vu-plqt")
    assert (department.short_name_vi, department.short_name_en) == ("Vụ PLQT", "DIL")
    academy = Partner.objects.get(slug_vi="hoc-vien-tu-phap")
    assert academy.short_name_vi == "HVTP" and not academy.short_name_en


def test_agreement_body_html_is_sanitised_on_import(admin_client, parties):
    content = csv_bytes([AGREEMENT_HEADER, agreement_row(
        body_vi='<p onclick="x()">Nội dung<script>alert(1)</script></p>')])
    confirm(admin_client, "agreement", upload(admin_client, "agreement", content))
    body = Agreement.objects.get().body_vi
    assert "script" not in body and "onclick" not in body and "Nội dung" in body


def test_only_users_who_may_publish_import_published_rows(client, parties):
    editor = StaffUserFactory(permissions=["cooperation.add_agreement",
                                           "cooperation.change_agreement",
                                           "cooperation.view_agreement"])
    client.force_login(editor)
    content = csv_bytes([AGREEMENT_HEADER, agreement_row(status="published")])
    html = upload(client, "agreement", content).content.decode()
    assert "Row 2, column status: You may not publish by import" in html
    draft = csv_bytes([AGREEMENT_HEADER, agreement_row()])
    assert upload(client, "agreement", draft).context["confirm_form"]


def test_import_needs_add_and_change_permission(client, parties):
    viewer = StaffUserFactory(permissions=["cooperation.view_agreement"])
    client.force_login(viewer)
    content = csv_bytes([AGREEMENT_HEADER, agreement_row()])
    assert upload(client, "agreement", content).status_code == 403
    assert client.get(reverse("admin:cooperation_agreement_import_template",
                              args=["xlsx"])).status_code == 403


def test_blank_template_has_the_columns(admin_client):
    response = admin_client.get(reverse("admin:cooperation_agreement_import_template",
                                        args=["csv"]))
    header = response.content.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:4] == ["slug_vi", "slug_en", "title_vi", "title_en"]
    assert "parties" in header and "signatures" in header


def test_editor_may_reimport_unchanged_published_items_but_not_change_them(client, parties):
    moj, az = parties
    agreement = AgreementFactory(parties=[moj, az], slug_vi="ct-2020", title_vi="Chương trình")
    editor = StaffUserFactory(permissions=["cooperation.add_agreement",
                                           "cooperation.change_agreement",
                                           "cooperation.view_agreement"])
    client.force_login(editor)
    header = ["slug_vi", "title_vi", "status"]
    same = upload(client, "agreement", csv_bytes([header, ["ct-2020", "Chương trình", "published"]]))
    assert same.context["result"].totals["skip"] == 1
    changed = upload(client, "agreement", csv_bytes([header, ["ct-2020", "Chương trình mới", ""]]))
    assert "Row 2, column status: You may not change a published item by import." in changed.content.decode()
    agreement.refresh_from_db()
    assert agreement.title_vi == "Chương trình"


def test_partners_export_then_import_changes_nothing(admin_client, parties):
    exported = admin_client.post(reverse("admin:cooperation_partner_export"),
                                 {"resource": "0", "format": XLSX,
                                  **{f"partnerresource_{f}": "on" for f in
                                     ("slug_vi", "slug_en", "name_vi", "name_en", "short_name_vi",
                                      "short_name_en", "kind", "country", "website", "description_vi",
                                      "status", "publish_at")}})
    preview = upload(admin_client, "partner", exported.content, name="p.xlsx", file_format=XLSX)
    result = preview.context["result"]
    assert (result.totals["skip"], result.totals["update"], result.totals["new"]) == (2, 0, 0)


def test_too_many_rows_are_refused_before_any_is_read(admin_client):
    rows = [["slug_vi", "name_vi", "kind"]] + [[f"p-{i}", f"Đối tác {i}", "donor"] for i in range(301)]
    html = upload(admin_client, "partner", csv_bytes(rows)).content.decode()
    assert "At most 300 rows at a time." in html
    assert Partner.objects.count() == 0
