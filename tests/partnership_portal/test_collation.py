"""Names in choice lists sort as a Vietnamese reader looks them up."""

import pytest
from django.utils import translation

from partnership_portal.collation import sort_key, sorted_choices


def test_the_vietnamese_alphabet_and_its_tones_decide_not_code_points():
    names = ["Đại sứ quán Anh", "Bộ Tư pháp", "Vương quốc Ả Rập Xê Út", "Dự án",
             "nước Cộng hòa Cu-ba", "Bộ Tổng chưởng lý", "ăn", "an", "ân", "mạ", "má", "ma",
             "mà", "Ơn", "Ôn", "On", "Algeria", "Cuba"]
    assert sorted(names, key=sort_key) == [
        "Algeria", "an", "ăn", "ân", "Bộ Tổng chưởng lý", "Bộ Tư pháp", "Cuba", "Dự án",
        "Đại sứ quán Anh", "ma", "mà", "má", "mạ", "nước Cộng hòa Cu-ba", "On", "Ôn", "Ơn",
        "Vương quốc Ả Rập Xê Út"]


def test_equal_letters_never_tie_and_choices_keep_their_values():
    assert sort_key("Bộ") != sort_key("bộ")
    assert sorted_choices([("b", "Ủy ban"), ("a", "Bộ Tư pháp")]) == [
        ("a", "Bộ Tư pháp"), ("b", "Ủy ban")]


@pytest.mark.django_db
def test_the_registers_partner_choices_follow_the_vietnamese_alphabet(client):
    from tests.factories import AgreementFactory, PartnerOrganisationFactory

    names = ["Đại sứ quán Australia", "Bộ Tư pháp Lào", "Bộ Tổng chưởng lý Australia",
             "Dự án EU JULE"]
    parties = [PartnerOrganisationFactory(name_vi=name, name_en="") for name in names]
    AgreementFactory(parties=parties)
    with translation.override("vi"):
        html = client.get("/vi/hop-tac/thoa-thuan/").content.decode()
    positions = [html.index(f">{name}</option>") for name in
                 ["Bộ Tổng chưởng lý Australia", "Bộ Tư pháp Lào", "Dự án EU JULE",
                  "Đại sứ quán Australia"]]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_the_partner_list_follows_the_vietnamese_alphabet(client):
    from tests.factories import PartnerOrganisationFactory

    for name in ["Đại sứ quán Australia", "Bộ Tư pháp Lào", "Bộ Tổng chưởng lý Australia"]:
        PartnerOrganisationFactory(name_vi=name, name_en="")
    html = client.get("/vi/hop-tac/doi-tac/").content.decode()
    positions = [html.index(name) for name in
                 ["Bộ Tổng chưởng lý Australia", "Bộ Tư pháp Lào", "Đại sứ quán Australia"]]
    assert positions == sorted(positions)
