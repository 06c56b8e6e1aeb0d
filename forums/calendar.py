"""iCalendar (.ics) output with stable UIDs and growing SEQUENCE numbers."""

from datetime import timedelta
from functools import cache

from django.conf import settings
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from icalendar import Calendar, Timezone
from icalendar.cal import types_factory
from icalendar.timezone import tzp

from partnership_portal.richtext import plain_text
from partnership_portal.templatetags.portal import Links

from .models import Event

ICS_STATUS = {
    Event.Stage.SCHEDULED: "CONFIRMED",
    Event.Stage.POSTPONED: "TENTATIVE",
    Event.Stage.CANCELLED: "CANCELLED",
}


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", "-//Legal Partnership Group//Ministry of Justice of Viet Nam//")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", plain_text(name))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def _vevent_properties(event, links, site):
    """(name, value) of each property of the event's VEVENT, in icalendar's order (its
    canonical order for events, then the others by name). `site`: the scheme and host of
    the addresses (`request.build_absolute_uri` of each, read once)."""
    tz = timezone.get_default_timezone()
    if event.all_day:
        start = timezone.localtime(event.start, tz).date()
        # DTEND of an all-day event is exclusive: the day after the last day.
        end = timezone.localtime(event.end, tz).date() + timedelta(days=1)
    else:
        start, end = timezone.localtime(event.start, tz), timezone.localtime(event.end, tz)
    place = ", ".join(
        plain_text(part)
        for part in (
            event.venue_name,
            event.address,
            event.city,
            str(event.country.name) if event.country else "",
        )
        if part
    )
    # Calendar clients (Outlook, Google) render descriptions as HTML: text only.
    description = plain_text(event.summary or event.theme)
    properties = [
        ("SUMMARY", plain_text(event.title)),
        ("DTSTART", start),
        ("DTEND", end),
        ("DTSTAMP", event.updated_at),
        ("UID", f"{event.uid}@{settings.CALENDAR_UID_DOMAIN}"),
        ("SEQUENCE", event.sequence),
        ("DESCRIPTION", description),
        ("LAST-MODIFIED", event.updated_at),
        ("LOCATION", place),
        ("STATUS", ICS_STATUS[event.stage]),
        ("URL", site + iri_to_uri(links.url(event))),
    ]
    return [(name, value) for name, value in properties if value != ""]


# The properties that icalendar converts to UTC when added (RFC 5545 wants them in UTC).
_IN_UTC = {"DTSTAMP", "LAST-MODIFIED"}


def _vevent_lines(event, links, site, tzids):
    """The VEVENT's content lines (not folded), the same as icalendar's `Event` with these
    properties `add`-ed gives, without its component machinery (most of a feed's time: it
    looks up, wraps and sorts each property of each event). The values are encoded by
    icalendar's own property types. Adds the TZIDs the lines refer to to `tzids`."""
    lines = ["BEGIN:VEVENT"]
    for name, value in _vevent_properties(event, links, site):
        if name in _IN_UTC:
            value = tzp.localize_utc(value)
        value = types_factory.for_property(name)(value)
        params = getattr(value, "params", None)
        text = value.to_ical().decode()
        if params:
            if "TZID" in params:
                tzids.add(params["TZID"])
            lines.append(f"{name};{params.to_ical(sorted=True).decode()}:{text}")
        else:
            lines.append(f"{name}:{text}")
    lines.append("END:VEVENT")
    return lines


def event_calendar(event, request):
    return events_calendar([event], request, event.title)


def events_calendar(events, request, name):
    tzids, links = set(), Links()
    site = request.build_absolute_uri("/")[:-1]
    events_lines = [line for event in events
                    for line in _vevent_lines(event, links, site, tzids)]
    # The calendar's own lines, then its events, then the VTIMEZONE each TZID=... refers to
    # (where icalendar puts the components: in the order added).
    calendar_lines = _calendar(name).content_lines()
    head, tail = calendar_lines[:-2], calendar_lines[-2:]  # END:VCALENDAR and ""
    zones = [line for tzid in sorted(tzids) for line in _vtimezone_lines(tzid)]
    return b"".join(fold(line).encode() + b"\r\n"
                    for line in [*head, *events_lines, *zones, *tail] if line)


def fold(line):
    """RFC 5545 folding as icalendar's `foldline` does it (at most 74 octets a line, then CRLF
    and a space, never inside a character), on the UTF-8 bytes at once. icalendar measures
    every character of a line that is not ASCII, one at a time: a fifth of the calendar's
    time."""
    data = line.encode()
    if len(data) < 75:
        return line
    pieces, start = [], 0
    while len(data) - start >= 75:
        end = start + 74
        while data[end] & 0xC0 == 0x80:  # a continuation byte: back to the character's start
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode()


@cache
def _vtimezone_lines(tzid):
    """The content lines of a time zone's VTIMEZONE (as a calendar holding it writes them)."""
    return list(Timezone.from_ical(_vtimezone(tzid)).content_lines())[:-1]  # without the ""


@cache
def _vtimezone(tzid):
    """A time zone's VTIMEZONE, as iCalendar text. icalendar builds it by scanning decades of
    UTC offsets (about 50 ms, most of a calendar request) and asks callers to cache it; the
    rules change only with a tzdata upgrade, which restarts the app anyway."""
    return Timezone.from_tzid(tzid).to_ical()
