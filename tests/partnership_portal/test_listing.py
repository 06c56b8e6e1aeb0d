from datetime import timedelta

import pytest
from django.utils import timezone

from cooperation.models import Area, CooperationNeed
from partnership_portal import search
from tests.factories import (
    AgreementFactory,
    CategoryFactory,
    DocumentFileFactory,
    EventFactory,
    PartnerOrganisationFactory,
    PostFactory,
)

pytestmark = pytest.mark.django_db


def three_of_each():
    category = CategoryFactory()
    agency = PartnerOrganisationFactory()
    area = Area.objects.create(slug="legal-aid", name_vi="Trợ giúp pháp lý", name_en="Legal aid")
    for n in range(3):
        PostFactory(category=category, title_en=f"Quarterly post {n}")
        DocumentFileFactory()
        AgreementFactory(parties=[agency])
        EventFactory(start=timezone.now() - timedelta(days=30 + n))
        CooperationNeed.objects.create(
            title_vi=f"Nhu cầu {n}", title_en=f"Need {n}", agency=agency, area=area,
            priority="high", start_year=2025, end_year=2027, status="published")
    search.rebuild()


@pytest.mark.parametrize("path", ["/en/news/", "/en/documents/", "/en/cooperation/agreements/",
                                  "/en/cooperation/needs/", "/en/forums/",
                                  "/en/search/?q=post"])
def test_every_paginated_list_takes_its_page_size_from_one_setting(client, settings, path):
    three_of_each()
    settings.PAGE_SIZE = 2
    page = client.get(path).context["page_obj"]
    assert page.paginator.per_page == 2 and page.paginator.count == 3
    assert len(page.object_list) == 2
