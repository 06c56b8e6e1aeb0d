from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from forums.models import Event, EventOrganiser
from forums.rhythm import rhythm_for
from tests.factories import (
    AgendaItemFactory,
    EventFactory,
    EventOrganiserFactory,
    EventPersonFactory,
    EventPhotoFactory,
    PartnerOrganisationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def test_upcoming_and_past_at_the_boundary():
    now = timezone.now()
    running = EventFactory(start=now - timedelta(hours=1), end=now + timedelta(minutes=1))
    just_over = EventFactory(start=now - timedelta(hours=2), end=now - timedelta(seconds=1))
    assert list(Event.objects.upcoming(now)) == [running]
    assert list(Event.objects.past(now)) == [just_over]
    assert running.state == "planned" and just_over.state == "held"


def test_quarters_are_counted_in_hanoi_time():
    # 31/3 23:30 in Hanoi is still Q I, although it is 16:30 UTC the same day...
    EventFactory(start=datetime(2020, 3, 31, 23, 30, tzinfo=HANOI),
                 end=datetime(2020, 3, 31, 23, 45, tzinfo=HANOI))
    # ...and 1/7 06:00 in Hanoi is Q III, although it is still 30/6 in UTC.
    EventFactory(start=datetime(2020, 7, 1, 6, 0, tzinfo=HANOI),
                 end=datetime(2020, 7, 1, 8, 0, tzinfo=HANOI))
    assert Event.objects.in_quarter(2020, 1).count() == 1
    assert Event.objects.in_quarter(2020, 2).count() == 0
    assert Event.objects.in_quarter(2020, 3).count() == 1
    assert rhythm_for(2020).seminars_by_quarter == {1: 1, 2: 0, 3: 1, 4: 0}


def test_rhythm_warns_about_missing_forum_empty_quarters_and_too_many_surveys():
    for month in (2, 4, 6, 8, 10):
        EventFactory(kind="survey_delegation", start=datetime(2024, month, 3, tzinfo=HANOI),
                     end=datetime(2024, month, 4, tzinfo=HANOI))
    EventFactory(kind="survey_delegation", stage="cancelled",
                 start=datetime(2024, 11, 3, tzinfo=HANOI), end=datetime(2024, 11, 4, tzinfo=HANOI))
    codes = [code for code, _message in rhythm_for(2024).warnings]
    assert codes == ["no_forum", "quarter_without_seminar", "too_many_surveys"]
    assert rhythm_for(2024).surveys == 5  # the cancelled one does not count


def test_end_before_start_is_a_clear_validation_error():
    from django.core.exceptions import ValidationError

    event = EventFactory.build(start=timezone.now(), end=timezone.now() - timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict


def test_list_filters_by_kind_year_quarter_and_partner(client):
    undp = PartnerOrganisationFactory(slug_vi="undp")
    match = EventFactory(kind="seminar", start=datetime(2020, 8, 31, 9, tzinfo=HANOI),
                         end=datetime(2020, 8, 31, 11, tzinfo=HANOI))
    EventOrganiserFactory(event=match, partner=undp)
    EventFactory(kind="seminar", start=datetime(2020, 11, 20, 9, tzinfo=HANOI),
                 end=datetime(2020, 11, 20, 11, tzinfo=HANOI))
    EventFactory(kind="meeting", start=datetime(2020, 7, 2, 9, tzinfo=HANOI),
                 end=datetime(2020, 7, 2, 11, tzinfo=HANOI))
    response = client.get("/en/forums/", {"kind": "seminar", "year": "2020", "quarter": "3",
                                          "partner": "undp"})
    assert list(response.context["past_events"]) == [match]
    assert len(client.get("/en/forums/", {"year": "2020"}).context["past_events"]) == 3


@pytest.mark.parametrize("query", [{"year": "20x0"}, {"quarter": "5", "year": "2020"},
                                   {"quarter": "2"}, {"kind": "party"}, {"partner": "nobody"},
                                   {"page": "abc"}])
def test_malformed_filters_are_ignored_with_a_message(client, query):
    EventFactory()
    response = client.get("/en/forums/", query, follow=True)  # a bad ?page= redirects
    assert response.status_code == 200
    if "page" not in query:
        assert response.context["notices"]


def test_unknown_event_gives_404(client):
    assert client.get("/en/forums/no-such-event/").status_code == 404
    assert client.get("/en/forums/no-such-event/event.ics").status_code == 404


def test_event_page_shows_state_notice_chairs_and_people(client):
    event = EventFactory(stage="postponed", stage_note_en="New date to be announced.",
                         start=timezone.now() + timedelta(days=3))
    EventPersonFactory(event=event, role="chair", name="Nguyễn Thanh Tịnh",
                       title_en="Deputy Minister of Justice")
    with translation.override("en"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert "This event has been postponed." in html and "New date to be announced." in html
    assert "Nguyễn Thanh Tịnh" in html


def test_annual_forum_series_numbers_and_neighbours(client):
    forums = [EventFactory(kind="annual_forum", title_en=f"Forum {year}",
                           start=datetime(year, 12, 10, 8, tzinfo=HANOI),
                           end=datetime(year, 12, 10, 17, tzinfo=HANOI))
              for year in (2017, 2019, 2021)]
    number, previous, following = forums[1].series_neighbours()
    assert (number, previous, following) == (2, forums[0], forums[2])
    with translation.override("en"):
        html = client.get(forums[1].get_absolute_url()).content.decode()
    assert "Annual Legal Partnership Forum no. 2" in html
    assert forums[0].title_en in html and forums[2].title_en in html
    series = client.get("/en/forums/annual-forum/")
    assert [f.number for f in series.context["forums"]] == [3, 2, 1]


def _queries(client, path):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_query_counts_do_not_grow_with_events_people_or_documents(client):
    from tests.factories import DocumentFactory

    partner = PartnerOrganisationFactory()

    def make(n):
        for _ in range(n):
            event = EventFactory(start=timezone.now() - timedelta(days=30))
            EventOrganiserFactory(event=event, partner=partner)
            for role in ("chair", "speaker", "speaker"):
                EventPersonFactory(event=event, role=role, organisation=partner)
            event.documents.add(DocumentFactory())
        return event

    event = make(2)
    with translation.override("en"):
        detail = event.get_absolute_url()
    few_list, few_detail = _queries(client, "/en/forums/"), _queries(client, detail)
    event = make(12)
    with translation.override("en"):
        detail = event.get_absolute_url()
    for _ in range(5):
        EventPersonFactory(event=event, role="speaker", organisation=partner)
        event.documents.add(DocumentFactory())
    assert _queries(client, "/en/forums/") == few_list
    assert _queries(client, detail) == few_detail


def test_home_partner_and_project_pages_show_events(client):
    partner = PartnerOrganisationFactory(name_en="UNDP Viet Nam")
    event = EventFactory(title_en="Upcoming workshop")
    EventOrganiserFactory(event=event, partner=partner)
    assert "Upcoming workshop" in client.get("/en/").content.decode()
    with translation.override("en"):
        assert "Upcoming workshop" in client.get(partner.get_absolute_url()).content.decode()


def test_event_page_with_an_agenda_renders_in_both_languages(client):
    event = EventFactory()
    AgendaItemFactory(event=event, title_vi="Khai mạc", title_en="", order=0, time=time(8, 5))
    AgendaItemFactory(event=event, title_vi="Thảo luận", title_en="Discussion", order=1,
                      time=None)
    for code in ("vi", "en"):
        with translation.override(code):
            response = client.get(event.get_absolute_url())
        assert response.status_code == 200
    html = response.content.decode()
    assert '<span lang="vi">Khai mạc</span>' in html and "<span>Discussion</span>" in html
    # The 24-hour clock, zero-padded; an item without a time shows none.
    assert '<li><span class="when">08:05</span> <span lang="vi">Khai mạc</span>' in html
    assert "<li><span>Discussion</span>" in html


def test_unpublished_partner_or_project_is_not_named_on_event_pages(client):
    hidden = PartnerOrganisationFactory(name_en="Secret partner", status="draft")
    project = ProjectFactory(title_vi="Dự án nháp", title_en="Draft project", status="draft")
    event = EventFactory(project=project)
    EventOrganiserFactory(event=event, partner=hidden)
    EventPersonFactory(event=event, role="chair", organisation=hidden)
    with translation.override("en"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert "Secret partner" not in html and "Draft project" not in html
    assert "Secret partner" not in client.get("/en/forums/").content.decode()


def test_ics_defines_the_hanoi_time_zone(client):
    event = EventFactory()
    with translation.override("en"):
        body = client.get(f"{event.get_absolute_url()}event.ics").content.decode()
    assert "BEGIN:VTIMEZONE" in body and "TZID:Asia/Ho_Chi_Minh" in body


def test_event_photos_show_translated_caption_and_alt_text(client):
    event = EventFactory()
    EventPhotoFactory(event=event, caption_vi="Toàn cảnh hội thảo", caption_en="The workshop",
                      alt_vi="Đại biểu trong hội trường", alt_en="Delegates in the hall")
    with translation.override("en"):
        en = client.get(event.get_absolute_url()).content.decode()
    with translation.override("vi"):
        vi = client.get(event.get_absolute_url()).content.decode()
    assert 'alt="Delegates in the hall"' in en and "<figcaption>The workshop</figcaption>" in en
    assert 'alt="Đại biểu trong hội trường"' in vi and "Toàn cảnh hội thảo" in vi


@pytest.mark.parametrize(
    ("stage", "days", "notice"),
    [("scheduled", 3, "This event is planned."), ("scheduled", -3, "This event has taken place."),
     ("postponed", 3, "This event has been postponed."),
     ("cancelled", 3, "This event has been cancelled.")],
)
def test_event_page_notice_follows_stage_and_dates(client, stage, days, notice):
    start = timezone.now() + timedelta(days=days)
    event = EventFactory(stage=stage, start=start, end=start + timedelta(hours=2))
    with translation.override("en"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert notice in html


def test_event_format_co_organisers_and_stage_badge_are_shown(client):
    online = EventFactory(mode="online", city="", stage="cancelled", title_en="Online seminar")
    EventOrganiser.objects.create(event=online, role="co_organiser",
                                  partner=PartnerOrganisationFactory(name_en="UNICEF"))
    EventFactory(mode="in_person", city="Hà Nội", title_en="Seminar in Hanoi")
    with translation.override("en"):
        page = client.get(online.get_absolute_url()).content.decode()
        listing = client.get("/en/forums/").content.decode()
    assert "· Online" in page and "UNICEF</a> (co-organiser)" in page
    assert listing.count('<span class="state state-cancelled">Cancelled</span>') == 1
    assert listing.count("state state-") == 1
    assert "· Online" in listing and "· Hà Nội" in listing
