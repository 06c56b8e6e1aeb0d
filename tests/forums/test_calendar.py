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
