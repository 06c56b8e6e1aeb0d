"""Country names agree with the content: "Viet Nam", "A-déc-bai-gian", "Angiêri"."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import AgreementFactory, PartnerOrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners():
    return [
        PartnerOrganisationFactory(name_vi="Bộ Tư pháp Cộng hòa A-déc-bai-gian",
                                   name_en="Ministry of Justice of Azerbaijan", country="AZ",
                                   kind="ministry"),
        PartnerOrganisationFactory(name_vi="Bộ Tư pháp Angiêri",
                                   name_en="Ministry of Justice of Algeria", country="DZ",
                                   kind="ministry"),
        PartnerOrganisationFactory(name_vi="Bộ Tư pháp", name_en="Ministry of Justice",
                                   country="VN", kind="vn_agency"),
        PartnerOrganisationFactory(name_vi="Bộ Tư pháp Lào", name_en="Lao Ministry of Justice",
                                   country="LA", kind="ministry"),
    ]


SPELLINGS = {
    "vi": ["A-déc-bai-gian", "Angiêri", "Việt Nam", "Lào"],
    "en": ["Azerbaijan", "Algeria", "Viet Nam", "Lao PDR"],
}
WRONG = {"vi": ["Azerbaijan", "Algeria"], "en": ["Vietnam", "Laos"]}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_partner_list_writes_countries_as_the_content_does(client, partners, language):
    with translation.override(language):
        html = client.get(reverse("cooperation:partners")).content.decode()
    for name in SPELLINGS[language]:
        assert f"· {name}" in html
    for name in WRONG[language]:
        assert f"· {name}" not in html


@pytest.mark.parametrize("language", ["vi", "en"])
def test_register_country_filter_uses_the_same_spellings(client, partners, language):
    AgreementFactory(parties=partners)  # the filter offers the countries of parties
    with translation.override(language):
        html = client.get(reverse("cooperation:agreements")).content.decode()
    for code, name in zip(["AZ", "DZ", "VN", "LA"], SPELLINGS[language], strict=True):
        assert f'<option value="{code}">{name}</option>' in html
    for name in WRONG[language]:
        assert f">{name}</option>" not in html


@pytest.mark.parametrize("language", ["vi", "en"])
def test_partner_page_address_uses_the_same_spelling(client, partners, language):
    with translation.override(language):
        html = client.get(partners[0].get_absolute_url()).content.decode()
    assert f"<dd>{SPELLINGS[language][0]}</dd>" in html
