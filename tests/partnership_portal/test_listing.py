from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from cooperation.models import Area, CooperationNeed
from news.models import Post
from partnership_portal import search
from partnership_portal.listing import years_with_items
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


def test_year_choices_are_the_local_years_with_items():
    # 18:00 UTC on 31 December 2020 is already 2021 in Hanoi; nothing in 2022.
    PostFactory(publish_at=datetime(2020, 12, 31, 18, tzinfo=UTC))
    PostFactory(publish_at=datetime(2019, 6, 1, 12, tzinfo=UTC))
    PostFactory(publish_at=datetime(2023, 1, 1, 0, tzinfo=UTC))
    assert years_with_items(Post.objects.all(), "publish_at") == [2023, 2021, 2019]
    assert years_with_items(Post.objects.none(), "publish_at") == []


def test_year_choices_follow_the_lists_own_filter_and_local_midnight():
    # Local midnight on 1 January (17:00 UTC the day before) starts the new year; the filter's
    # own parameters and the counting pass's year bounds go to the database together.
    PostFactory(publish_at=datetime(2021, 12, 31, 17, tzinfo=UTC), featured=True)
    PostFactory(publish_at=datetime(2021, 12, 31, 16, 59, tzinfo=UTC), featured=True)
    PostFactory(publish_at=datetime(2018, 3, 1, tzinfo=UTC), featured=False)
    assert years_with_items(Post.objects.filter(featured=True), "publish_at") == [2022, 2021]
    assert years_with_items(Post.objects.filter(featured=False), "publish_at") == [2018]
