from datetime import date

import pytest

from tests.factories import AgreementFactory, PartnerOrganisationFactory, sign

pytestmark = pytest.mark.django_db(transaction=True)


def test_filter_the_register_by_year_then_open_a_partner_page(page):
    moj = PartnerOrganisationFactory(name_en="Ministry of Justice of Viet Nam", short_name="MOJ",
                                     kind="vn_agency", country="VN")
    laos = PartnerOrganisationFactory(name_en="Lao Ministry of Justice", short_name="Lao MOJ",
                                      kind="ministry", country="LA")
    cuba = PartnerOrganisationFactory(name_en="Cuban Ministry of Justice", short_name="Cuba MOJ",
                                      kind="ministry", country="CU")
    treaty = AgreementFactory(parties=[moj, laos], title_en="MLA treaty in civil matters")
    sign(treaty, moj, date(2023, 4, 10))
    sign(treaty, laos, date(2023, 4, 10))
    old = AgreementFactory(parties=[moj, cuba], title_en="Cuba programme 2020")
    sign(old, moj, date(2020, 3, 1))
    sign(old, cuba, date(2020, 3, 1))

    page.goto("/en/cooperation/agreements/")
    page.get_by_label("Year signed").fill("2023")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/agreements/?*year=2023*")
    rows = page.locator("table.register tbody tr")
    assert rows.count() == 1
    assert "MLA treaty in civil matters" in rows.first.inner_text()
    # The filtered URL is shareable: loading it again gives the same list.
    page.goto(page.url)
    assert page.locator("table.register tbody tr").count() == 1
    page.get_by_role("link", name="Lao MOJ").click()
    page.wait_for_url(f"**/en/cooperation/partners/{laos.slug_en}/")
    assert page.locator("h1").inner_text().startswith("Lao Ministry of Justice")
    assert "MLA treaty in civil matters" in page.locator("main").inner_text()
    assert "Cuba programme 2020" not in page.locator("main").inner_text()
