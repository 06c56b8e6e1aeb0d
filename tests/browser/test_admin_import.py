"""The secretariat uploads an agreements sheet with a bad row in the Vietnamese admin."""

import pytest

from cooperation.models import Agreement, Signature
from tests.factories import PartnerOrganisationFactory, SuperuserFactory

pytestmark = pytest.mark.django_db(transaction=True)

SHEET = (
    "slug_vi,title_vi,title_en,kind,nature,parties,signatures\n"
    "ct-2020,Chương trình hợp tác 2020,Programme 2020,programme,non_binding,"
    "bo-tu-phap;az-moj,bo-tu-phap: 2020-10-27; az-moj: 2020-09-23\n"
    "bn-2016,Bản ghi nhớ 2016,MOU 2016,mou,non_binding,bo-tu-phap;khong-co,bo-tu-phap: 2016\n"
)


def test_bad_row_is_named_in_vietnamese_and_nothing_is_saved(page, tmp_path):
    SuperuserFactory(username="secretariat")
    PartnerOrganisationFactory(slug_vi="bo-tu-phap")
    PartnerOrganisationFactory(slug_vi="az-moj")
    sheet = tmp_path / "thoa-thuan.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    page.goto("/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.goto("/admin/cooperation/agreement/")
    page.get_by_role("link", name="Nhập từ bảng tính").click()
    page.set_input_files("#id_import_file", str(sheet))
    page.select_option("#id_format", label="csv")
    page.get_by_role("button", name="Gửi").click()
    errors = page.locator(".import-row-errors li")
    errors.first.wait_for()
    assert errors.all_inner_texts() == [
        "Dòng 3, cột parties: Không có đối tác với mã: khong-co."]
    assert page.get_by_role("button", name="Xác nhận nhập").count() == 0
    assert Agreement.objects.count() == 0 and Signature.objects.count() == 0
