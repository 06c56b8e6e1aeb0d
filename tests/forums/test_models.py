"""forums/models.py: dates as readers see them (Hanoi time) and the place line."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from forums.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def one_day_all_day_event():
    """17/1/2020, all day: it starts at 00:00 in Hanoi, which is 17:00 UTC on 16/1."""
    event = EventFactory(kind="working_delegation", all_day=True,
                         start=datetime(2020, 1, 17, 9, tzinfo=HANOI),
                         end=datetime(2020, 1, 17, 17, tzinfo=HANOI))
    return Event.objects.get(pk=event.pk)


def test_all_day_event_dates_are_hanoi_dates_not_utc_dates():
    event = one_day_all_day_event()
    assert event.start.astimezone(UTC).date() == date(2020, 1, 16)
    assert (event.local_start_date, event.local_end_date) == (date(2020, 1, 17), date(2020, 1, 17))
    assert event.is_single_day


def test_event_over_several_days_is_not_single_day():
    event = EventFactory(all_day=True, start=datetime(2020, 1, 17, tzinfo=HANOI),
                         end=datetime(2020, 1, 19, tzinfo=HANOI))
    assert not Event.objects.get(pk=event.pk).is_single_day


def test_one_day_all_day_event_shows_its_date_once(client):
    event = one_day_all_day_event()
    with translation.override("en"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert '<time datetime="2020-01-17">17 January 2020</time>' in html
    assert "17 January 2020</time>–" not in html
    assert "2020-01-16" not in html


def test_several_day_all_day_event_shows_its_first_and_last_day(client):
    event = EventFactory(all_day=True, start=datetime(2020, 1, 17, tzinfo=HANOI),
                         end=datetime(2020, 1, 19, tzinfo=HANOI))
    with translation.override("en"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert ('<time datetime="2020-01-17">17 January 2020</time>–'
            '<time datetime="2020-01-19">19 January 2020</time>') in html


@pytest.mark.parametrize("city, mode, line", [
    ("Hà Nội", "in_person", "Hà Nội"),
    ("Hà Nội", "hybrid", "Hà Nội"),
    ("", "online", "Online"),
    ("", "in_person", ""),
])
def test_place_line_is_the_city_or_online(city, mode, line):
    with translation.override("en"):
        assert Event(city=city, mode=mode).place_line == line


def test_mode_note_only_when_not_simply_in_person():
    with translation.override("en"):
        assert Event(mode="in_person").mode_note == ""
        assert Event(mode="hybrid").mode_note == "In person and online"


def test_event_card_shows_the_place_line(client):
    EventFactory(title_en="Online seminar on legal aid", mode="online", city="",
                 start=datetime(2031, 3, 3, 9, tzinfo=HANOI),
                 end=datetime(2031, 3, 3, 11, tzinfo=HANOI))
    html = client.get("/en/forums/").content.decode()
    assert "Seminar or workshop · Online" in html


@pytest.mark.parametrize("language, when", [
    ("en", '<time datetime="2020-09-11T08:00+0700">11 September 2020, 08:00</time>'
           '–<time datetime="2020-09-11T16:30+0700">16:30</time>'),
    ("vi", '<time datetime="2020-09-11T08:00+0700">08:00, 11/09/2020</time>'
           '–<time datetime="2020-09-11T16:30+0700">16:30</time>'),
])
def test_timed_event_within_a_day_gives_its_end_as_a_time(language, when):
    event = Event(start=datetime(2020, 9, 11, 8, tzinfo=HANOI),
                  end=datetime(2020, 9, 11, 16, 30, tzinfo=HANOI))
    with translation.override(language):
        assert event.when_range_html == when
        assert event.when_html == when.split("–")[0]  # cards give the start only


def test_timed_event_past_midnight_gives_its_end_day_too():
    event = Event(start=datetime(2020, 9, 11, 20, tzinfo=HANOI),
                  end=datetime(2020, 9, 12, 1, tzinfo=HANOI))
    with translation.override("en"):
        assert event.when_range_html == (
            '<time datetime="2020-09-11T20:00+0700">11 September 2020, 20:00</time> – '
            '<time datetime="2020-09-12T01:00+0700">12 September 2020, 01:00</time>')
