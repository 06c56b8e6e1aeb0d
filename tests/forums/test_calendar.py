from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from icalendar import Calendar

from forums.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def ics_of(client, event):
    with translation.override("en"):
        response = client.get(f"{event.get_absolute_url()}event.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")[0]


def test_event_ics_parses_with_times_at_plus_seven(client):
    event = EventFactory(start=datetime(2020, 9, 25, 8, 30, tzinfo=HANOI),
                         end=datetime(2020, 9, 25, 11, 30, tzinfo=HANOI),
                         title_en="Foreign judgments database launch", city_en="Hanoi")
    vevent = ics_of(client, event)
    start = vevent.decoded("dtstart")
    assert start == datetime(2020, 9, 25, 8, 30, tzinfo=HANOI)
    assert start.utcoffset() == timedelta(hours=7)
    assert str(vevent["summary"]) == "Foreign judgments database launch"
    assert str(vevent["status"]) == "CONFIRMED"


def test_uid_stays_and_sequence_grows_when_the_event_moves_or_is_cancelled(client):
    event = EventFactory()
    first = ics_of(client, event)
    event.start += timedelta(days=7)
    event.end += timedelta(days=7)
    event.stage = Event.Stage.POSTPONED
    event.save()
    moved = ics_of(client, event)
    event.stage = Event.Stage.CANCELLED
    event.save()
    cancelled = ics_of(client, event)
    assert str(first["uid"]) == str(moved["uid"]) == str(cancelled["uid"])
    assert int(first["sequence"]) < int(moved["sequence"]) < int(cancelled["sequence"])
    assert str(cancelled["status"]) == "CANCELLED"


def test_all_day_event_uses_dates_with_exclusive_end(client):
    event = EventFactory(kind="working_delegation", all_day=True,
                         start=datetime(2025, 4, 2, 0, 0, tzinfo=HANOI),
                         end=datetime(2025, 4, 5, 0, 0, tzinfo=HANOI))
    vevent = ics_of(client, event)
    assert vevent.decoded("dtstart") == date(2025, 4, 2)
    assert vevent.decoded("dtend") == date(2025, 4, 6)


def test_subscribable_feed_per_language_lists_published_events(client):
    EventFactory(title_vi="Tọa đàm", title_en="Discussion")
    EventFactory(title_vi="Bản nháp", title_en="Draft", status="draft")
    for path, title in (("/vi/dien-dan/calendar.ics", "Tọa đàm"),
                        ("/en/forums/calendar.ics", "Discussion")):
        calendar = Calendar.from_ical(client.get(path).content)
        assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == [title]


def test_calendar_holds_the_past_year_and_everything_to_come(client):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import EventFactory

    now = timezone.now()
    EventFactory(title_en="Long ago", start=now - timedelta(days=400),
                 end=now - timedelta(days=399))
    EventFactory(title_en="Last spring", start=now - timedelta(days=200),
                 end=now - timedelta(days=199))
    EventFactory(title_en="Next decade", start=now + timedelta(days=3000),
                 end=now + timedelta(days=3001))
    calendar = Calendar.from_ical(client.get("/en/forums/calendar.ics").content)
    titles = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert titles == ["Last spring", "Next decade"]


@pytest.mark.parametrize("text", [
    "", "a" * 74, "a" * 75, "a" * 148, "a" * 149,
    # Vietnamese: two- and three-byte characters across every fold position.
    "Hội thảo chuyên đề về tương trợ tư pháp " * 7,
    "ạ" * 60, "x" + "ạ" * 60, "xx" + "ạ" * 60, "đ" * 80, "€" * 40 + "ü" * 37,
])
def test_lines_fold_exactly_as_icalendar_folds_them(text):
    from icalendar.parser import foldline

    from forums.calendar import fold

    line = f"DESCRIPTION:{text}"
    assert fold(line) == foldline(line)
    assert all(len(part.encode()) <= 75 for part in fold(line).split("\r\n"))


def test_a_feed_is_the_bytes_icalendar_writes(client):
    from forums.calendar import events_calendar

    EventFactory(title_vi="Diễn đàn Đối tác pháp lý " * 4, summary_vi="Tương trợ tư pháp " * 20)
    request = client.get("/").wsgi_request
    with translation.override("vi"):
        ours = events_calendar(Event.objects.published(), request, "Lịch")
    assert ours == Calendar.from_ical(ours).to_ical()
    assert b"\r\n " in ours  # long lines were folded


def _icalendar_feed(events, request, name):
    """The feed as icalendar's own components write it (the code the feed had before it wrote
    its events' lines itself): the oracle."""
    from django.conf import settings
    from django.utils import timezone
    from icalendar import Event as CalendarEvent
    from icalendar import Timezone

    from forums.calendar import ICS_STATUS, _calendar, _vtimezone
    from partnership_portal.richtext import plain_text

    calendar = _calendar(name)
    tz = timezone.get_default_timezone()
    for event in events:
        item = CalendarEvent()
        item.add("uid", f"{event.uid}@{settings.CALENDAR_UID_DOMAIN}")
        item.add("sequence", event.sequence)
        item.add("dtstamp", event.updated_at)
        item.add("last-modified", event.updated_at)
        item.add("summary", plain_text(event.title))
        if event.all_day:
            item.add("dtstart", timezone.localtime(event.start, tz).date())
            item.add("dtend", timezone.localtime(event.end, tz).date() + timedelta(days=1))
        else:
            item.add("dtstart", timezone.localtime(event.start, tz))
            item.add("dtend", timezone.localtime(event.end, tz))
        item.add("status", ICS_STATUS[event.stage])
        place = ", ".join(plain_text(part) for part in (
            event.venue_name, event.address, event.city,
            str(event.country.name) if event.country else "") if part)
        if place:
            item.add("location", place)
        description = plain_text(event.summary or event.theme)
        if description:
            item.add("description", description)
        item.add("url", request.build_absolute_uri(event.get_absolute_url()))
        calendar.add_component(item)
    for tzid in calendar.get_missing_tzids():
        calendar.add_component(Timezone.from_ical(_vtimezone(tzid)))
    return calendar.to_ical()


@pytest.mark.parametrize("kinds", ["mixed", "all-day only", "none"])
def test_the_feed_is_byte_for_byte_what_icalendars_components_write(client, kinds):
    from forums.calendar import events_calendar

    if kinds != "none":
        EventFactory(all_day=True, start=datetime(2025, 4, 2, tzinfo=HANOI),
                     end=datetime(2025, 4, 5, tzinfo=HANOI), stage=Event.Stage.POSTPONED,
                     title_vi="Đoàn công tác; Lào, Cu-ba", title_en="", summary_vi="",
                     theme_vi="Chủ đề \\ có dấu gạch\r\nvà dòng mới", city_vi="Viêng Chăn",
                     country="LA")
    if kinds == "mixed":
        EventFactory(start=datetime(2026, 3, 15, 8, 30, tzinfo=HANOI),
                     end=datetime(2026, 3, 15, 11, 0, tzinfo=HANOI), stage=Event.Stage.CANCELLED,
                     title_vi="Diễn đàn Đối tác pháp lý " * 4, summary_vi="Tương trợ, tư pháp " * 9,
                     venue_name_vi="Khách sạn Melia", address="44B Lý Thường Kiệt",
                     city_vi="Hà Nội", country="VN")
        EventFactory(summary_vi="", theme_vi="", city_vi="", title_en="A <b>bold</b> & plain one")
    request = client.get("/").wsgi_request
    events = list(Event.objects.published().order_by("start", "pk"))
    for language in ("vi", "en"):
        with translation.override(language):
            ours = events_calendar(events, request, "Lịch; sự kiện, hội thảo")
            assert ours == _icalendar_feed(events, request, "Lịch; sự kiện, hội thảo")
    assert (b"BEGIN:VTIMEZONE" in ours) == (kinds == "mixed")
    assert ours.count(b"BEGIN:VEVENT") == {"mixed": 3, "all-day only": 1, "none": 0}[kinds]
