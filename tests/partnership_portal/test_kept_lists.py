"""The lists' filter choices and years, kept between requests (`until_content_changes`), follow
the content as the page cache does: an edit shows on the next request, a scheduled item at its
time without any write; per language, and per access level where the reader's levels matter.
The page cache is off here, so what is checked is the kept lists alone."""

from datetime import date, datetime, timedelta
from unittest import mock

import lxml.html
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from documents.models import Access
from partnership_portal import pagecache
from tests.factories import (
    DocumentFactory,
    EventFactory,
    EventOrganiserFactory,
    PartnerOrganisationFactory,
    StaffUserFactory,
)

pytestmark = pytest.mark.django_db

EVENTS, DOCUMENTS = "/en/forums/", "/en/documents/"


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def options(response, name):
    doc = lxml.html.fromstring(response.content.decode())
    return [option.text_content() for option in doc.xpath(f"//select[@name='{name}']/option")][1:]


def test_a_second_request_reads_the_choices_and_years_from_memory(client):
    EventOrganiserFactory(partner=PartnerOrganisationFactory(name_en="Embassy of Laos"))
    client.get(EVENTS)
    with CaptureQueriesContext(connection) as first:
        client.get(EVENTS)
    pagecache._kept.clear()
    with CaptureQueriesContext(connection) as recomputed:
        client.get(EVENTS)
    # The partners' and the years' queries are not made again (at least those two).
    assert len(first.captured_queries) <= len(recomputed.captured_queries) - 2


def test_a_new_organiser_and_a_renamed_one_show_on_the_next_request(client):
    organiser = EventOrganiserFactory(partner=PartnerOrganisationFactory(name_en="Embassy of Laos"))
    assert options(client.get(EVENTS), "partner") == ["Embassy of Laos"]
    EventOrganiserFactory(partner=PartnerOrganisationFactory(name_en="UNDP Viet Nam"))
    assert options(client.get(EVENTS), "partner") == ["Embassy of Laos", "UNDP Viet Nam"]
    organiser.partner.name_en = "Embassy of the Lao PDR"
    organiser.partner.save()
    assert options(client.get(EVENTS), "partner") == ["Embassy of the Lao PDR", "UNDP Viet Nam"]


def test_each_language_has_its_own_names(client):
    EventOrganiserFactory(partner=PartnerOrganisationFactory(name_en="Embassy of Laos",
                                                             name_vi="Đại sứ quán Lào"))
    assert options(client.get(EVENTS), "partner") == ["Embassy of Laos"]
    assert options(client.get("/vi/dien-dan/"), "partner") == ["Đại sứ quán Lào"]


def test_a_scheduled_event_adds_its_year_at_its_time_without_any_write(client):
    EventFactory(start=timezone.make_aware(datetime(2024, 5, 1, 9)))
    live_at = timezone.now() + timedelta(hours=1)
    EventFactory(start=timezone.make_aware(datetime(2019, 5, 1, 9)), publish_at=live_at)
    assert "2019" not in options(client.get(EVENTS), "year")
    assert "2019" not in options(client.get(EVENTS), "year")  # kept, still right
    with mock.patch("django.utils.timezone.now", return_value=live_at + timedelta(minutes=1)):
        assert "2019" in options(client.get(EVENTS), "year")


def test_document_years_follow_the_readers_access_levels(client):
    DocumentFactory(year=2021, issued_on=date(2021, 3, 1))
    DocumentFactory(year=2017, issued_on=date(2017, 3, 1), access=Access.SECRETARIAT)
    assert options(client.get(DOCUMENTS), "year") == ["2021"]  # asked first, and kept
    client.force_login(StaffUserFactory(username="library", permissions=[
        "documents.view_document", "documents.change_document"]))
    assert options(client.get(DOCUMENTS), "year") == ["2021", "2017"]
    client.logout()
    assert options(client.get(DOCUMENTS), "year") == ["2021"]
