"""The data part of a report: what the portal holds for the period, taken once per language.

Each language's part is plain JSON (strings, numbers, lists) with dates already written the
way that language writes them, so the preview, DOCX and PDF render it without touching the
database again, and a regeneration replaces it without touching the narrative. Only
published items are named: a report may be filed into the public library. Items whose end
date has passed since (scheduled unpublishing) still count: they were published then.
"""

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cooperation.models import (
    Agreement,
    CooperationNeed,
    Interest,
    Partner,
    Project,
    ProjectRole,
    Signature,
)
from cooperation.status import State as AgreementState
from documents.models import Access, Document
from forums.models import SURVEY_DELEGATIONS_PER_YEAR, Event, EventOrganiser, EventPerson
from forums.rhythm import rhythm_for
from news.models import Post
from partnership_portal import dates

from .periods import ROMAN, Period

DELEGATION_KINDS = (Event.Kind.SURVEY_DELEGATION, Event.Kind.WORKING_DELEGATION)


def take_snapshot(period: Period) -> dict:
    """{"vi": {...}, "en": {...}}: the period's data in each of the site's languages."""
    snapshot = {}
    timelines = agreement_timelines(period)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            snapshot[code] = period_data(period, timelines)
    return snapshot


def _day(value):
    if hasattr(value, "tzinfo"):
        value = timezone.localtime(value, timezone.get_default_timezone()).date()
    return date_format(value, "DATE_FORMAT")


def _within(period, field):
    start, end = period.bounds()
    return {f"{field}__gte": start, f"{field}__lt": end}


def _events(period):
    """Published events starting in the period, with who chaired and organised them and the
    project that funded them. Cancelled events are left out."""
    public_partners = Partner.objects.published(include_ended=True)
    return (
        Event.objects.published(include_ended=True).filter(**_within(period, "start"))
        .exclude(stage=Event.Stage.CANCELLED)
        .select_related("project")
        .prefetch_related(
            Prefetch("people", EventPerson.objects.select_related("organisation")),
            Prefetch("organisers",
                     EventOrganiser.objects.filter(partner__in=public_partners)
                     .select_related("partner")),
            Prefetch("project__roles", ProjectRole.objects.public()),
        )
        .order_by("start", "pk")
    )


def _event_row(event):
    def person(p):
        return f"{p.name} ({p.title})" if p.name and p.title else p.name or p.title

    project = event.project if event.project and event.project.is_public else None
    if event.is_single_day:
        when = _day(event.local_start_date)
    else:
        when = f"{_day(event.local_start_date)} – {_day(event.local_end_date)}"
    return {
        "kind": event.get_kind_display(),
        "title": event.title,
        "theme": event.theme,
        "date": when,
        "place": ", ".join(dict.fromkeys(part for part in (event.venue_name, event.place_line)
                                         if part)),
        "mode": event.mode_note,
        "chairs": [person(p) for p in event.chairs() if p.role == EventPerson.Role.CHAIR],
        "co_chairs": [person(p) for p in event.chairs() if p.role == EventPerson.Role.CO_CHAIR],
        "co_organisers": [o.partner.name for o in event.organisers.all() if o.is_co_organiser],
        "delegates": event.delegates,
        "project": project.title if project else "",
        "funders": [r.partner.name for r in project.roles.all()
                    if r.role == ProjectRole.Role.FUNDER] if project else [],
        "postponed": event.stage == Event.Stage.POSTPONED,
    }


def agreement_timelines(period):
    """[(agreement, its timeline)] for the published agreements something happened to in the
    period. Asked once per snapshot: the rows are then worded in each language (translated
    fields follow the active language when read)."""
    first, last = period.first_day, period.last_day
    # Working out a status is the costly part: ask it only of agreements with a date of
    # their own in the period, or replaced by one that has (a replacement takes effect on a
    # date of its own).
    dated = Q()
    for field in ("signatures__date", "entry_into_force", "valid_from", "valid_until",
                  "terminated_on"):
        dated |= Q(**{f"{field}__gte": first, f"{field}__lte": last})
    active = Agreement.objects.published(include_ended=True).filter(dated).values("pk")
    agreements = (
        Agreement.objects.published(include_ended=True)
        .filter(Q(pk__in=active) | Q(links_in__source__in=active)).distinct()
        .with_state(on=last)
        .prefetch_related(Prefetch("parties", Partner.objects.published(include_ended=True)),
                          Prefetch("signatures", Signature.objects.select_related("party")))
    )
    return [(agreement, agreement.timeline()) for agreement in agreements]


def _agreement_actions(period, timelines):
    """What happened to published agreements in the period, read off each one's timeline:
    concluded (the last party signed), entered into force, expired, terminated, replaced."""
    first, last = period.first_day, period.last_day
    replaced = {"replaces": _("Replaced by"), "partly_replaces": _("Partly replaced by")}
    rows = []
    for agreement, items in timelines:
        parties = ", ".join(p.name for p in agreement.parties.all())

        def add(day, what, other="", precision="day", agreement=agreement, parties=parties):
            rows.append({"sort": day.isoformat(), "date": dates.display(day, precision),
                         "action": what,
                         "title": agreement.title, "kind": agreement.get_kind_display(),
                         "parties": parties, "other": other})

        signed = [i.date for i in items if i.kind == "signature"]
        concluded = agreement.state != AgreementState.NEGOTIATION
        if signed and concluded and first <= max(signed) <= last:
            add(max(signed), _("Concluded"), precision=agreement.last_signature_precision)
        for item in items:
            if not first <= item.date <= last:
                continue
            if item.kind in ("entry_into_force", "effective"):
                add(item.date, _("Entered into force"), precision=item.precision)
            elif item.kind == "valid_until":
                add(item.date, _("Expired"))
            elif item.kind == "terminated":
                add(item.date, _("Terminated"))
            elif item.agreement is not None:
                add(item.date, replaced.get(item.kind, item.label), item.agreement.title)
    return sorted(rows, key=lambda row: (row["sort"], row["title"]))


def _projects(period):
    projects = (
        Project.objects.published(include_ended=True)
        .filter(decision_date__gte=period.first_day, decision_date__lte=period.last_day)
        .prefetch_related(Prefetch("roles", ProjectRole.objects.public()))
        .order_by("decision_date", "pk")
    )
    return [{
        "kind": p.get_kind_display(),
        "title": p.title,
        "decision": p.decision_number,
        "decision_date": _day(p.decision_date),
        "donors": [r.partner.name for r in p.roles.all() if r.role == ProjectRole.Role.FUNDER],
    } for p in projects]


def _documents(period):
    published = (Document.objects.published(include_ended=True)
                 .filter(**_within(period, "publish_at")))
    listed = published.exclude(access=Access.SECRETARIAT).select_related("kind")
    return {
        "items": [{"title": d.title, "kind": d.kind.name, "date": _day(d.publish_at),
                   "access": d.get_access_display()}
                  for d in listed.order_by("publish_at", "pk")],
        # Titles of secretariat-only documents stay out of a report that may be filed publicly.
        "secretariat_only": published.filter(access=Access.SECRETARIAT).count(),
    }


def _news(period):
    posts = (Post.objects.published(include_ended=True).filter(**_within(period, "publish_at"))
             .select_related("category").order_by("category__order", "category", "publish_at"))
    groups = []
    for post in posts:
        if not groups or groups[-1]["category"] != post.category.name:
            groups.append({"category": post.category.name, "posts": []})
        groups[-1]["posts"].append({"title": post.title, "date": _day(post.publish_at)})
    return groups


def _rhythm(period):
    """The Group's rhythm for the year up to the end of the period (Decision 954/QĐ-BTP)."""
    rhythm = rhythm_for(period.year)
    quarters = [{"quarter": ROMAN[q], "seminars": rhythm.seminars_by_quarter[q]}
                for q in period.quarters_so_far]
    return {
        "year": period.year,
        "forums": rhythm.forums,
        "quarters": quarters,
        "surveys": rhythm.surveys,
        "survey_limit": SURVEY_DELEGATIONS_PER_YEAR,
        "empty_quarters": [q["quarter"] for q in quarters if not q["seminars"]],
    }


def period_data(period: Period, timelines=None) -> dict:
    """The data part in the active language (`timelines`: from agreement_timelines())."""
    held, delegations = [], []
    now = timezone.now()
    for event in _events(period):
        if event.end > now and event.stage != Event.Stage.POSTPONED:
            continue  # not held yet: it belongs to a later report
        (delegations if event.kind in DELEGATION_KINDS else held).append(_event_row(event))
    following = period.following()
    needs = (CooperationNeed.objects.published(include_ended=True)
             .filter(**_within(period, "publish_at")))
    return {
        "period": period.label(),
        "next_period": following.label(),
        "events": [row for row in held if not row["postponed"]],
        "postponed": [row for row in held + delegations if row["postponed"]],
        "delegations": [row for row in delegations if not row["postponed"]],
        "agreements": _agreement_actions(
            period, agreement_timelines(period) if timelines is None else timelines),
        "projects": _projects(period),
        "needs_published": needs.count(),
        "interests_received": Interest.objects.filter(**_within(period, "created_at")).count(),
        "documents": _documents(period),
        "news": _news(period),
        "rhythm": _rhythm(period),
        "planned": [_event_row(e) for e in _events(following)],
    }
