"""Events of the Legal Partnership Group: the annual forum, seminars, delegations, meetings.

Times are stored in UTC and shown in Asia/Ho_Chi_Minh. Each event has a permanent UID and a
SEQUENCE that grows on every change, so calendar subscribers see a moved, postponed or
cancelled event update in place instead of a duplicate.
"""

import functools
import uuid
from datetime import datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.core.signals import setting_changed
from django.db import models
from django.db.models import F, Prefetch, Q
from django.utils import dateformat, timezone, translation
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from partnership_portal.html import format_html
from partnership_portal.models import (
    ChoiceLabels,
    Live,
    Publishable,
    PublishableQuerySet,
    SlugAddressed,
    columns_except,
    live_index,
    only_columns,
    per_language_unique,
)
from partnership_portal.richtext import RichTextField
from partnership_portal.uploads import PixelLimitedImageField, random_image_name

SURVEY_DELEGATIONS_PER_YEAR = 4  # Decision 954/QĐ-BTP: at most four survey delegations a year


CALENDAR_HISTORY = timedelta(days=365)


class EventQuerySet(PublishableQuerySet):
    def upcoming(self, now=None):
        """Not yet over: an event still running counts as upcoming."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def for_calendar(self, now=None):
        """What a subscribed calendar holds: the past 12 months and everything to come, so the
        feed stays small however long the Group's history grows."""
        since = (now or timezone.now()) - CALENDAR_HISTORY
        return self.filter(end__gte=since).order_by("start", "pk")

    def in_quarter(self, year, quarter):
        months = range(3 * quarter - 2, 3 * quarter + 1)
        return self.filter(start__year=year, start__month__in=months)

    def for_cards(self):
        """What event cards read of the events themselves; `for_listing()` adds organisers."""
        # Cards show no long text: the descriptions and notes of each language stay unread.
        return only_columns(self, *columns_except(Event, LISTING_DEFERRED))

    def for_listing(self):
        return self.for_cards().prefetch_related(organisers_prefetch())

    def forums(self):
        return self.filter(kind=Event.Kind.ANNUAL_FORUM)


# Event fields no list or card shows (translated ones with their per-language columns):
# long text, and the bookkeeping columns, each a value to convert per row.
LISTING_DEFERRED = ("theme", "summary", "body", "outcomes", "venue_name", "address",
                    "stage_note", "uid", "sequence", "delegates", "project", "country",
                    "created_at", "updated_at", "created_by", "updated_by",
                    "publish_at", "unpublish_at")
# Partner columns no event page shows of an organiser (it shows the name, short name and link).
ORGANISER_DEFERRED = ("description", "kind", "country", "logo", "logo_width", "logo_height",
                      "website", "created_at", "updated_at", "created_by", "updated_by",
                      "publish_at", "unpublish_at")


def organisers_prefetch():
    """An event's organisers as cards and its page name them: the public ones, in the list
    `event.listed_organisers` (a list rather than a filtered queryset per event, which cost
    Django about 100 Python calls an event)."""
    return Prefetch("organisers", public_organisers(), to_attr="listed_organisers")


def public_organisers():
    """Organisers that are published partners: an unpublished partner is never named."""
    from cooperation.models import Partner

    # Published, tested through the join select_related makes anyway.
    return only_columns(
        EventOrganiser.objects.filter(Live(timezone.now(), via="partner__"))
        .select_related("partner"),
        *columns_except(EventOrganiser, ()),
        *columns_except(Partner, ORGANISER_DEFERRED, prefix="partner__"))


class Event(SlugAddressed, Publishable):
    url_name = "forums:detail"

    class Kind(models.TextChoices):
        ANNUAL_FORUM = "annual_forum", _("Annual Legal Partnership Forum")
        THEMATIC_CONFERENCE = "thematic_conference", _("Thematic conference")
        SEMINAR = "seminar", _("Seminar or workshop")
        DISCUSSION = "discussion", _("Discussion session")
        SURVEY_DELEGATION = "survey_delegation", _("Survey delegation")
        WORKING_DELEGATION = "working_delegation", _("Working delegation")
        MEETING = "meeting", _("Meeting")

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    class Stage(models.TextChoices):
        """Stored: only what dates can't say; "planned" or "held" follows from the dates."""

        SCHEDULED = "scheduled", _("As planned")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    # Kinds that count as the quarterly "thematic conferences and seminars" (at least one a
    # quarter, Decision 954/QĐ-BTP).
    SEMINAR_KINDS = (Kind.THEMATIC_CONFERENCE, Kind.SEMINAR, Kind.DISCUSSION)

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=300)
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("description"), blank=True)
    outcomes = RichTextField(_("outcomes"), blank=True)
    start = models.DateTimeField(_("start"), db_index=True,
                                 help_text=_("Viet Nam time (UTC+7)."))
    end = models.DateTimeField(_("end"), db_index=True, help_text=_("Viet Nam time (UTC+7)."))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Dates only (e.g. a delegation): the times are ignored."),
    )
    mode = models.CharField(
        _("format"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    stage = models.CharField(
        _("stage"), max_length=10, choices=Stage.choices, default=Stage.SCHEDULED,
        help_text=_("Whether it is held as planned; whether it is upcoming or past follows from "
                    "its dates."),
    )
    stage_note = models.CharField(
        _("note on the stage"),
        max_length=300,
        blank=True,
        help_text=_("E.g. why it was postponed; shown with the notice."),
    )
    delegates = models.PositiveIntegerField(
        _("number of delegates"), null=True, blank=True,
        help_text=_("For a delegation: how many people travel, its head included."),
    )
    project = models.ForeignKey(
        "cooperation.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("related project"),
    )
    agreements = models.ManyToManyField(
        "cooperation.Agreement",
        blank=True,
        related_name="events",
        verbose_name=_("related agreements"),
    )
    documents = models.ManyToManyField(
        "documents.Document",
        blank=True,
        related_name="events",
        verbose_name=_("documents"),
        help_text=_("Agenda, presentations, proceedings..."),
    )

    objects = EventQuerySet.as_manager()

    translation_check_fields = ("title",)
    reserved_slugs = frozenset({"feed", "rss", "annual-forum", "dien-dan-thuong-nien"})

    class Meta:
        ordering = ["-start", "-pk"]
        # Lists, counts and years by start (the events list, the calendar) and by end (past
        # and upcoming).
        indexes = [live_index("forums_event_live_start_idx", "start"),
                   live_index("forums_event_live_end_idx", "end")]
        verbose_name = _("event")
        permissions = [("publish_event", _("Can publish events"))]
        verbose_name_plural = _("events")
        constraints = [
            *per_language_unique("slug", "forums_event"),
            models.CheckConstraint(
                condition=Q(end__gte=F("start")), name="forums_event_end_not_before_start"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    def save(self, *args, **kwargs):
        if self.all_day and self.start and self.end:
            # All-day events run from 00:00 on the first day to 23:59:59 on the last, local time.
            tz = timezone.get_default_timezone()
            first = timezone.localtime(self.start, tz).date()
            last = timezone.localtime(self.end, tz).date()
            self.start = datetime.combine(first, time.min, tz)
            self.end = datetime.combine(last, time(23, 59, 59), tz)
        if self.pk:
            self.sequence = F("sequence") + 1  # every change is a new calendar revision
        super().save(*args, **kwargs)
        if self.pk and not isinstance(self.sequence, int):
            self.refresh_from_db(fields=["sequence"])

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def state(self):
        """Derived: planned / held from the dates, unless the stage says postponed / cancelled."""
        if self.stage != self.Stage.SCHEDULED:
            return self.stage
        return "held" if self.is_past else "planned"

    @property
    def local_start_date(self):
        return _local_day(self.start)

    @property
    def local_end_date(self):
        return _local_day(self.end)

    @property
    def is_single_day(self):
        return self.local_start_date == self.local_end_date

    @property
    def when_html(self):
        """When it starts, as <time> markup: the date of an all-day event (its last day too
        if it lasts longer), else the date and time."""
        return self._when(with_end=False)

    @property
    def when_range_html(self):
        """`when_html` with the end as well: its time, or its date and time on another day."""
        return self._when(with_end=True)

    def _when(self, with_end):
        return _when_html(self.start, self.end, self.all_day, with_end,
                          translation.get_language(), timezone.get_current_timezone_name())

    @property
    def place_line(self):
        """Where, in a word for lists: the city, or "Online" for an event held only online."""
        if self.city:
            return self.city
        if self.mode == self.Mode.ONLINE:
            return self.get_mode_display()
        return ""

    @property
    def mode_note(self):
        """The format, worth saying only when the event is not simply in person."""
        return "" if self.mode == self.Mode.IN_PERSON else self.get_mode_display()

    @property
    def state_notice(self):
        """The sentence for the notice at the top of the event's page."""
        return {
            self.Stage.CANCELLED: _("This event has been cancelled."),
            self.Stage.POSTPONED: _("This event has been postponed."),
            "held": _("This event has taken place."),
        }.get(self.state, _("This event is planned."))

    @property
    def is_postponed_or_cancelled(self):
        return self.stage != self.Stage.SCHEDULED

    def chairs(self):
        return [
            p
            for p in self.people.all()
            if p.role in (EventPerson.Role.CHAIR, EventPerson.Role.CO_CHAIR)
        ]

    def series_neighbours(self):
        """(number in the series, previous forum, next forum) for an annual forum."""
        if self.kind != self.Kind.ANNUAL_FORUM:
            return None, None, None
        forums = Event.objects.published().forums()
        number = forums.filter(start__lt=self.start).count() + 1
        previous = forums.filter(start__lt=self.start).order_by("-start").first()
        following = forums.filter(start__gt=self.start).order_by("start").first()
        return number, previous, following


_ISO_MINUTE = "Y-m-d\\TH:iO"  # 2027-03-15T08:30+0700


def _local_day(moment):
    """The day as readers see it: in Hanoi time (an all-day event starting 00:00 in Hanoi
    starts the day before in UTC, so start.date() would be a day early)."""
    return timezone.localtime(moment, timezone.get_default_timezone()).date()


@functools.lru_cache(maxsize=4096)
def _when_html(start, end, all_day, with_end, language, zone):
    """What the `date` and `time` filters give (local time, this language's formats), done in
    Python: every card shows it, and a template of filters costs several times more. The
    same event gives the same text in a language and time zone (the active ones are used:
    `language` and `zone` are in the arguments to key the memo), and the date formats read
    their format a character at a time, about 200 Python calls a card."""
    if all_day:
        first, last = _local_day(start), _local_day(end)
        html = _time_tag(first, "Y-m-d", date_format(first))
        if first != last:
            html += format_html("–{}", _time_tag(last, "Y-m-d", date_format(last)))
        return html
    local_start = timezone.localtime(start)
    html = _time_tag(local_start, _ISO_MINUTE, date_format(local_start, "DATETIME_FORMAT"))
    if with_end:
        local_end = timezone.localtime(end)
        if _local_day(start) == _local_day(end):
            html += format_html("–{}", _time_tag(local_end, _ISO_MINUTE,
                                                 time_format(local_end, "TIME_FORMAT")))
        else:
            html += format_html(" – {}", _time_tag(local_end, _ISO_MINUTE,
                                                   date_format(local_end, "DATETIME_FORMAT")))
    return html


def _forget_when(**kwargs):
    # Tests change formats, languages and time zones: the memo may no longer hold.
    _when_html.cache_clear()


setting_changed.connect(_forget_when)


def _time_tag(value, iso_format, text):
    return format_html('<time datetime="{}">{}</time>', dateformat.format(value, iso_format), text)


class EventPerson(ChoiceLabels):
    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        CO_CHAIR = "co_chair", _("Co-chair")
        SPEAKER = "speaker", _("Speaker")
        MODERATOR = "moderator", _("Moderator")
        HEAD_OF_DELEGATION = "head_of_delegation", _("Head of delegation")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="people")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    name = models.CharField(_("name"), max_length=200, blank=True)
    title = models.CharField(_("title or position"), max_length=250, blank=True)
    organisation = models.ForeignKey(
        "cooperation.Partner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_people",
        verbose_name=_("organisation"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0,
                                             help_text=_("Smaller numbers come first."))

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name or self.title

    def clean(self):
        if not (self.name or self.title):
            raise ValidationError(_("Give a name or a title."))


class EventOrganiser(models.Model):
    class Role(models.TextChoices):
        ORGANISER = "organiser", _("Organiser")
        CO_ORGANISER = "co_organiser", _("Co-organiser")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="organisers")
    partner = models.ForeignKey(
        "cooperation.Partner",
        on_delete=models.PROTECT,
        related_name="organised_events",
        verbose_name=_("partner"),
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.ORGANISER)

    class Meta:
        ordering = ["role", "pk"]
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")
        constraints = [
            models.UniqueConstraint(fields=["event", "partner"], name="forums_organiser_once")
        ]

    def __str__(self):
        return f"{self.partner} ({self.get_role_display()})"

    @property
    def is_co_organiser(self):
        return self.role == self.Role.CO_ORGANISER


class AgendaItem(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda")
    time = models.TimeField(_("time"), null=True, blank=True)
    title = models.CharField(_("item"), max_length=300)
    speakers = models.CharField(_("speakers"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0,
                                             help_text=_("Smaller numbers come first."))

    class Meta:
        ordering = ["order", "time", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")

    def __str__(self):
        return self.title

    @property
    def time_text(self):
        """"09:30": the agenda's 24-hour clock, what the `time:"H:i"` filter gives, without
        its reading of the format a character at a time."""
        return self.time.strftime("%H:%M") if self.time else ""


class EventPhoto(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="photos")
    image = PixelLimitedImageField(
        _("photo"), upload_to=random_image_name, renditions="photo",
        width_field="image_width", height_field="image_height",
    )
    # Stored so pages size the photo without opening the file.
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    alt = models.CharField(_("description for people who cannot see it"), max_length=250)
    order = models.PositiveSmallIntegerField(_("order"), default=0,
                                             help_text=_("Smaller numbers come first."))

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.alt
