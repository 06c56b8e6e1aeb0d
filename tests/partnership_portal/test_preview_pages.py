"""Every publishable detail page extends templates/publishable_detail.html, so an editor's
preview of any kind of item carries the same notice and is kept out of search engines."""

import pytest
from django.utils import translation

from cooperation.models import Area, CooperationNeed, Project
from tests.factories import (
    AgreementFactory,
    DocumentFactory,
    EventFactory,
    PartnerOrganisationFactory,
    PostFactory,
    SuperuserFactory,
)

pytestmark = pytest.mark.django_db

NOINDEX = '<meta name="robots" content="noindex">'


def _need(**state):
    area = Area.objects.create(slug="legal-aid", name_vi="Trợ giúp pháp lý", name_en="Legal aid")
    return CooperationNeed.objects.create(
        title_vi="Số hóa trợ giúp pháp lý", title_en="Digital legal aid",
        description_vi="Mô tả.", description_en="Description.",
        agency=PartnerOrganisationFactory(), area=area, priority="high",
        start_year=2025, end_year=2027, **state)


DRAFTS = {
    "post": lambda category: PostFactory(category=category, status="draft"),
    "document": lambda category: DocumentFactory(status="draft"),
    "event": lambda category: EventFactory(status="draft"),
    "agreement": lambda category: AgreementFactory(status="draft"),
    "partner": lambda category: PartnerOrganisationFactory(status="draft"),
    "project": lambda category: Project.objects.create(
        title_vi="Dự án thử", title_en="Trial project", kind="project", status="draft"),
    "need": lambda category: _need(status="draft"),
}


@pytest.mark.parametrize("kind", DRAFTS)
def test_every_publishable_detail_page_shows_the_preview_notice_and_noindex(
        client, category, kind):
    item = DRAFTS[kind](category)
    client.force_login(SuperuserFactory())
    with translation.override("en"):
        response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="notice notice-preview"' in page
    assert NOINDEX in page
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("kind", DRAFTS)
def test_published_detail_page_has_no_preview_notice_and_may_be_indexed(client, category, kind):
    item = DRAFTS[kind](category)
    item.publish(SuperuserFactory())
    with translation.override("en"):
        response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "notice-preview" not in page and NOINDEX not in page
