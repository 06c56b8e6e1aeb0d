from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.http import QueryDict
from django.utils import translation

from forums.filters import EventFilter
from tests.factories import EventFactory, EventOrganiserFactory, PartnerOrganisationFactory

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def events():
    undp = PartnerOrganisationFactory(slug_vi="undp", name_en="UNDP")
    august = EventFactory(kind="seminar", title_en="August seminar",
                          start=datetime(2020, 8, 31, 9, tzinfo=HANOI),
                          end=datetime(2020, 8, 31, 11, tzinfo=HANOI))
    EventOrganiserFactory(event=august, partner=undp)
    EventFactory(kind="meeting", title_en="November meeting",
                 start=datetime(2020, 11, 20, 9, tzinfo=HANOI),
                 end=datetime(2020, 11, 20, 11, tzinfo=HANOI))
    EventFactory(kind="seminar", title_en="2021 seminar",
                 start=datetime(2021, 2, 1, 9, tzinfo=HANOI),
                 end=datetime(2021, 2, 1, 11, tzinfo=HANOI))


def titles(filterset):
    return sorted(e.title_en for e in filterset.qs)


@pytest.mark.parametrize(("query", "expected"), [
    ("kind=meeting", ["November meeting"]),
    ("year=2021", ["2021 seminar"]),
    ("year=2020&quarter=4", ["November meeting"]),
    ("partner=undp", ["August seminar"]),
])
def test_event_filter_narrows_by_a_valid_value(events, query, expected):
    filterset = EventFilter(QueryDict(query))
    assert titles(filterset) == expected
    assert filterset.notices == []


def test_quarter_without_a_year_is_ignored_with_a_notice(events):
    filterset = EventFilter(QueryDict("quarter=3&kind=seminar"))
    assert titles(filterset) == ["2021 seminar", "August seminar"]
    assert filterset.values["quarter"] is None
    with translation.override("en"):
        assert filterset.notices == [
            "Choose a year to filter by quarter; the quarter was ignored."]


def test_unknown_quarter_keeps_the_year(events):
    filterset = EventFilter(QueryDict("year=2020&quarter=5"))
    assert titles(filterset) == ["August seminar", "November meeting"]
    with translation.override("en"):
        assert filterset.notices == ["“5” is not a known quarter; that filter was ignored."]


@pytest.mark.parametrize(("query", "named"), [
    ("year=abc", "abc"), ("kind=nope", "kind"), ("partner=%3Cscript%3E", "partner"),
    ("partner=" + "p" * 4000, "partner"), ("kind=party&kind=<b>", "kind"),
])
def test_invalid_event_filter_gives_a_notice_and_does_not_narrow(client, events, query, named):
    response = client.get(f"/en/forums/?{query}")
    assert response.status_code == 200
    assert len(response.context["past_events"]) == 3
    [notice] = response.context["notices"]
    assert named in notice and len(notice) < 200
    assert "<b>" not in response.content.decode()


def test_event_form_offers_organisers_from_the_filterset(client, events):
    html = client.get("/en/forums/").content.decode()
    assert '<option value="undp">UNDP</option>' in html


def test_partner_choices_name_each_published_organiser_once_by_name():
    undp = PartnerOrganisationFactory(slug_vi="undp", name_en="UNDP", name_vi="UNDP")
    jica = PartnerOrganisationFactory(slug_vi="jica", name_en="JICA", name_vi="JICA")
    hidden = PartnerOrganisationFactory(slug_vi="an", name_en="Hidden", status="draft")
    PartnerOrganisationFactory(slug_vi="none", name_en="Organises nothing")
    for partner in (undp, undp, jica, hidden):  # UNDP organises two events
        EventOrganiserFactory(event=EventFactory(), partner=partner)
    with translation.override("en"):
        choices = EventFilter(QueryDict()).filters["partner"].extra["choices"]
    assert choices == [("jica", "JICA"), ("undp", "UNDP")]
