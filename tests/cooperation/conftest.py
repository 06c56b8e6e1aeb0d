import pytest

from tests.factories import AreaFactory, CooperationNeedFactory, PartnerOrganisationFactory


@pytest.fixture
def need():
    agency = PartnerOrganisationFactory(name_en="Legal Aid Agency", kind="vn_agency", country="VN")
    area = AreaFactory(slug="legal-aid", name_vi="Trợ giúp pháp lý", name_en="Legal aid")
    return CooperationNeedFactory(title_vi="Số hóa trợ giúp pháp lý", title_en="Digital legal aid",
                                  agency=agency, area=area, priority="high")
