"""Agreement state: what readers see, worked out from signatures, dates and typed links.

The facts behind a state (signatures by the agreement's own parties, entry into force,
period, termination, published replacements) are boiled down to a few dates stored on each
agreement by `recompute_agreement_dates()`, which the signal receivers in
cooperation/signals.py call after every edit that can move them. `annotate_state()` then
works out the state as of any day with a small CASE over those columns (for filtering,
sorting and counting), `set_states()` the same in Python on fetched rows (for lists that only
show it), and `in_force_q()` is a range test on the indexed `in_force_from` / `in_force_until`.

Measured with `str(queryset.query)` on PostgreSQL: `with_state(on=...)` went from 75,900
characters and 217 sub-selects (each annotation re-inlined the subqueries of the ones it
used) to 4,000 characters (1,500 of them the plain column list) and 2 small EXISTS;
`in_force_on(day)` from 124,600 characters and 355 sub-selects to 4,800 and 3. The EXISTS
are evaluated only for an agreement one of whose replacements is scheduled to be published
later (see `_replacement_counts`).

`timeline()` lists the dated actions behind a state, each item carrying its own label so
templates never compare codes.

The models import this module (for `State`), so model classes are looked up inside the
functions.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.apps import apps as global_apps
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from partnership_portal.dates import DAY, coarser
from partnership_portal.expressions import ColumnsExpression


class State(models.TextChoices):
    """What readers see; derived by `annotate_state()`, never stored."""

    NEGOTIATION = "negotiation", _("Under negotiation")
    SIGNED = "signed", _("Signed, not yet in force")
    IN_FORCE = "in_force", _("In force")
    PARTLY_SUPERSEDED = "partly_superseded", _("In force, partly superseded")
    EXPIRED = "expired", _("Expired")
    TERMINATED = "terminated", _("Terminated")
    SUPERSEDED = "superseded", _("Superseded")


# States in which an agreement applies ("in force on" filters).
IN_FORCE_STATES = (State.IN_FORCE, State.PARTLY_SUPERSEDED)

# `in_force_from` of an instrument the sources say was signed and took effect on signature,
# without any date: in force as far back as the register goes.
SINCE_EVER = date.min

# Publishable.Status.PUBLISHED, spelt out so the data migration can use this module too.
PUBLISHED = "published"

# The stored columns `recompute_agreement_dates()` fills.
DERIVED_FIELDS = ("last_signature_on", "last_signature_precision", "signed_by_all_parties",
                  "takes_effect_on", "in_force_from", "in_force_from_precision",
                  "in_force_until", "replaced_from", "partly_replaced_from",
                  "replacements_public_from")


def state_label(state):
    """The reader's label of a state code ("" when the state was not annotated)."""
    return State(state).label if state else ""


# AgreementLink kinds that replace their target, and the column holding when they count
# (plain values: the data migration's historical models have no `Kind`).
REPLACES, PARTLY_REPLACES = "replaces", "partly_replaces"
REPLACEMENT_FIELDS = {REPLACES: "replaced_from", PARTLY_REPLACES: "partly_replaced_from"}


def own_dates(agreement, party_ids, signature_dates):
    """The derived dates of one agreement from its own facts (not its replacements).

    `party_ids` are its parties; `signature_dates` maps a signing partner's id to the date,
    or to (date, precision) when the date may be known only to a month or a year.
    Only signatures by its own parties count; it is concluded once every party has signed.
    """
    signed = [value if isinstance(value, tuple) else (value, DAY)
              for party, value in signature_dates.items() if party in party_ids]
    dates = [day for day, _precision in signed]
    last = max(dates, default=None)
    # Two parties signing on the "same" stored day: the date is known no better than the
    # coarser of the two (1 January 2023 and "2023" give "2023").
    last_precision = coarser(*(p for day, p in signed if day == last)) if last else DAY
    signed_by_all = bool(party_ids) and len(dates) >= len(party_ids)
    undated = agreement.concluded_undated
    if agreement.entry_into_force:
        takes_effect = agreement.entry_into_force
    elif agreement.effective_on_signature and signed_by_all and not undated:
        takes_effect = last
    elif agreement.effective_on_signature and undated:
        # Signed, dates unknown: it applies with its period, if one is given.
        takes_effect = agreement.valid_from
    else:
        takes_effect = None
    if takes_effect:
        # A fixed period starting later than the signature starts the agreement then.
        in_force_from = max(takes_effect, agreement.valid_from or takes_effect)
    elif undated and agreement.effective_on_signature:
        in_force_from = SINCE_EVER
    else:
        in_force_from = None
    # A concluded instrument whose period is over has expired (or lapsed).
    concluded_from = SINCE_EVER if undated else (last if signed_by_all else None)
    expired_from = None
    if agreement.valid_until and concluded_from:
        expired_from = max(agreement.valid_until + timedelta(days=1), concluded_from)
    ends = [day for day in (agreement.terminated_on, expired_from) if day]
    # The start is as precise as the signature only when it is that signature's date.
    effective_by_signature = (takes_effect == last and not agreement.entry_into_force
                              and last is not None)
    in_force_precision = (last_precision if effective_by_signature and in_force_from == last
                          else DAY)
    return {
        "last_signature_on": last,
        "last_signature_precision": last_precision,
        "signed_by_all_parties": signed_by_all,
        "takes_effect_on": takes_effect,
        "in_force_from": in_force_from,
        "in_force_from_precision": in_force_precision,
        "in_force_until": min(ends, default=None),
    }


def recompute_agreement_dates(agreement_ids, *, apps=None):
    """Store the derived dates of these agreements and of those they (partly) replace, whose
    replacement counts from these ones' dates. Returns {pk: {field: value}}.

    `apps` is the app registry (the historical one in a data migration).
    """
    registry = apps or global_apps
    Agreement = registry.get_model("cooperation", "Agreement")
    Signature = registry.get_model("cooperation", "Signature")
    AgreementLink = registry.get_model("cooperation", "AgreementLink")
    kinds = REPLACEMENT_FIELDS

    ids = {pk for pk in agreement_ids if pk is not None}
    ids |= set(AgreementLink.objects.filter(source__in=ids, kind__in=list(kinds))
               .values_list("target_id", flat=True))
    if not ids:
        return {}
    parties = defaultdict(set)
    for agreement_id, partner_id in (Agreement.parties.through.objects
                                     .filter(agreement_id__in=ids)
                                     .values_list("agreement_id", "partner_id")):
        parties[agreement_id].add(partner_id)
    signatures = defaultdict(dict)
    for agreement_id, party_id, day, precision in (
            Signature.objects.filter(agreement_id__in=ids)
            .values_list("agreement_id", "party_id", "date", "date_precision")):
        signatures[agreement_id][party_id] = (day, precision)
    agreements = list(Agreement.objects.filter(pk__in=ids).only(
        "pk", "entry_into_force", "effective_on_signature", "valid_from", "valid_until",
        "terminated_on", "concluded_undated"))
    values = {a.pk: own_dates(a, parties[a.pk], signatures[a.pk]) for a in agreements}

    # A replacement counts from the day it took effect itself, once it is published.
    for target in values.values():
        target.update(replaced_from=None, partly_replaced_from=None,
                      replacements_public_from=None)
    links = (AgreementLink.objects
             .filter(target_id__in=values, kind__in=list(kinds), source__status=PUBLISHED)
             .values_list("target_id", "kind", "source_id", "source__takes_effect_on",
                          "source__publish_at"))
    for target_id, kind, source_id, takes_effect, publish_at in links:
        if source_id in values:  # just recomputed, not yet stored
            takes_effect = values[source_id]["takes_effect_on"]
        if takes_effect is None:
            continue
        target = values[target_id]
        field = kinds[kind]
        target[field] = min(filter(None, (target[field], takes_effect)))
        target["replacements_public_from"] = max(
            filter(None, (target["replacements_public_from"], publish_at)))

    for agreement in agreements:
        for name, value in values[agreement.pk].items():
            setattr(agreement, name, value)
    # bulk_update: no save() or signals, so no recursion and no "last changed" stamp. An
    # older data migration's historical model lacks the columns added since.
    stored = {field.name for field in Agreement._meta.get_fields()}
    Agreement.objects.bulk_update(agreements, [f for f in DERIVED_FIELDS if f in stored])
    return values


def _concluded(on):
    """Every party has signed by `on`, or the sources confirm it was signed, dates unknown."""
    return Q(concluded_undated=True) | Q(signed_by_all_parties=True, last_signature_on__lte=on)


def _replacement_counts(kind, on, now):
    """A published replacement of this `kind` had taken effect by `on`.

    The stored date covers every replacement marked published, so it is exact once all of
    them are out (`replacements_public_from` has passed); before that, only the ones already
    public are asked, through the links.
    """
    from .models import AgreementLink

    public_links = AgreementLink.objects.filter(
        target=OuterRef("pk"), kind=kind, source__status=PUBLISHED,
        source__publish_at__lte=now, source__takes_effect_on__lte=on,
    )
    stored = Q(**{f"{REPLACEMENT_FIELDS[kind]}__lte": on})
    return stored & (Q(replacements_public_from__lte=now) | Exists(public_links))


def in_force_q(day, now=None):
    """In force (wholly or partly) on `day`: the same rows as `state` in IN_FORCE_STATES."""
    now = now or timezone.now()
    return (Q(in_force_from__lte=day) & ~Q(in_force_until__lte=day)
            & ~_replacement_counts(REPLACES, day, now))


class ShownDate(ColumnsExpression):
    """A date shown with a state as of `on`, as one CASE over stored columns:

    - `concluded_on`, the date shown as "signed": the last signature, once every party has
      signed (or the sources confirm it was signed) by `on`;
    - `effective_from`: the day it takes effect, unless that is its last signature, still to
      come on `on` (no date of entry into force, not marked signed without dates);
    - `starts_on`: the day it took effect (in force from), on the same condition.

    Written as SQL over F() references rather than Case(When(Q…)): every agreement list has
    them, and the ORM builds and compiles an expression of its own far more cheaply (the
    three cost a list about 2,000 Python calls as Case/When). tests/cooperation/
    test_status_stored.py compares them with the Case/When definitions.
    """

    output_field = models.DateField()
    COLUMNS = ("last_signature_on", "signed_by_all_parties", "concluded_undated",
               "entry_into_force", "takes_effect_on", "in_force_from")

    def __init__(self, name, on, via=""):
        super().__init__()
        self.name, self.on, self.via = name, on, via

    def __repr__(self):
        return f"ShownDate({self.name!r}, {self.on!r}, via={self.via!r})"

    def column_names(self):
        # `via` (e.g. "source__"): a related agreement's date, through a join.
        return tuple(self.via + name for name in self.COLUMNS)

    def as_sql(self, compiler, connection):
        signed_on, all_signed, undated, entry, takes_effect, in_force_from = (
            compiler.compile(column)[0] for column in self.columns)
        on = models.DateField().get_db_prep_value(self.on, connection)
        ahead = f"{entry} IS NULL AND NOT {undated} AND {takes_effect} > %s"
        if self.name == "concluded_on":
            return (f"CASE WHEN ({signed_on} <= %s AND ({all_signed} OR {undated})) "
                    f"THEN {signed_on} ELSE NULL END"), [on]
        if self.name == "effective_from":
            return f"CASE WHEN ({ahead}) THEN NULL ELSE {takes_effect} END", [on]
        return (f"CASE WHEN ({takes_effect} IS NULL OR ({ahead})) THEN NULL "
                f"ELSE {in_force_from} END"), [on]


def shown_dates(on):
    """The dates shown with a state as of `on`, as annotations (cheap CASEs over columns)."""
    return {name: ShownDate(name, on) for name in ("concluded_on", "effective_from", "starts_on")}


def annotate_state(queryset, on=None):
    """Annotate `state`, and the dates shown with it (`concluded_on`, `effective_from`,
    `starts_on`), as of the day `on` (default today), from the stored derived dates.

    Only signatures by the agreement's own parties count. A replacement counts from the
    day it took effect itself, and only if it is published. For filtering, sorting or
    counting by state; a list that only shows it uses `annotate_dates()` and `set_states()`.
    """
    now = timezone.now()
    on = on or timezone.localdate()
    return queryset.annotate(
        **shown_dates(on),
        state=Case(
            When(terminated_on__lte=on, then=Value(State.TERMINATED)),
            When(_replacement_counts(REPLACES, on, now), then=Value(State.SUPERSEDED)),
            When(Q(valid_until__lt=on) & _concluded(on), then=Value(State.EXPIRED)),
            When(Q(in_force_from__lte=on) & _replacement_counts(PARTLY_REPLACES, on, now),
                 then=Value(State.PARTLY_SUPERSEDED)),
            When(in_force_from__lte=on, then=Value(State.IN_FORCE)),
            When(_concluded(on), then=Value(State.SIGNED)),
            default=Value(State.NEGOTIATION),
            output_field=models.CharField(),
        ),
    )


def annotate_dates(queryset, on):
    """Only the dates shown with a state (`annotate_state` without `state`)."""
    return queryset.annotate(**shown_dates(on))


# The stored columns `set_states()` works a state out from (lists that read only some columns
# name at least these: `Agreement.objects.for_links()`).
STATE_FIELDS = ("replaced_from", "partly_replaced_from", "replacements_public_from",
                "concluded_undated", "signed_by_all_parties", "last_signature_on",
                "in_force_from", "terminated_on", "valid_until")


def set_states(agreements, on, now):
    """Set `state` on fetched agreements as of `on`: `annotate_state`'s CASE worked out in
    Python from the stored columns, so a page that only shows states does not compile (and
    the database does not evaluate) the CASE and its EXISTS in every query. The EXISTS is
    asked, in one query for the whole list, only of agreements with a replacement that is
    not yet public (`replacements_public_from` after `now`). tests/cooperation/test_status.py
    checks every state against the SQL CASE."""
    from .models import AgreementLink

    def pending(agreement, kind):
        stored = getattr(agreement, REPLACEMENT_FIELDS[kind])
        return (stored is not None and stored <= on
                and not (agreement.replacements_public_from
                         and agreement.replacements_public_from <= now))

    unsure = [a.pk for a in agreements
              if pending(a, REPLACES) or pending(a, PARTLY_REPLACES)]
    public = set()
    if unsure:
        public = set(AgreementLink.objects.filter(
            target__in=unsure, kind__in=list(REPLACEMENT_FIELDS), source__status=PUBLISHED,
            source__publish_at__lte=now, source__takes_effect_on__lte=on,
        ).values_list("target_id", "kind"))

    def replaced(agreement, kind):
        stored = getattr(agreement, REPLACEMENT_FIELDS[kind])
        if stored is None or stored > on:
            return False
        if agreement.replacements_public_from and agreement.replacements_public_from <= now:
            return True
        return (agreement.pk, kind) in public

    for agreement in agreements:
        agreement.state = _state(agreement, on, replaced)


def _state(a, on, replaced):
    concluded = a.concluded_undated or (
        a.signed_by_all_parties and a.last_signature_on is not None
        and a.last_signature_on <= on)
    in_force = a.in_force_from is not None and a.in_force_from <= on
    if a.terminated_on is not None and a.terminated_on <= on:
        return State.TERMINATED
    if replaced(a, REPLACES):
        return State.SUPERSEDED
    if a.valid_until is not None and a.valid_until < on and concluded:
        return State.EXPIRED
    if in_force and replaced(a, PARTLY_REPLACES):
        return State.PARTLY_SUPERSEDED
    if in_force:
        return State.IN_FORCE
    if concluded:
        return State.SIGNED
    return State.NEGOTIATION


@dataclass(frozen=True)
class TimelineItem:
    """One dated action on an agreement, worded for the reader.

    `kind` is a stable code (for CSS or tests); templates show `label` and the optional
    signature details or linked agreement, and never compare `kind`.
    """

    date: date
    kind: str
    label: str
    precision: str = "day"  # "day", "month" or "year": how much of the date is known
    signatory: str = ""
    signatory_title: str = ""
    place: str = ""
    method: str = ""
    agreement: object = None  # the replacing agreement, linked from the item


def _signature_item(signature):
    if not signature.party.is_public:
        # A party not (yet) published is not named, nor identified by who signed for it
        # or where.
        return TimelineItem(
            date=signature.date, kind="signature", precision=signature.date_precision,
            label=gettext("Signed on behalf of a party"),
            method=signature.get_method_display(),
        )
    return TimelineItem(
        date=signature.date, kind="signature", precision=signature.date_precision,
        label=gettext("Signed on behalf of %(party)s") % {"party": signature.party.name},
        signatory=signature.signatory, signatory_title=signature.signatory_title,
        place=signature.place, method=signature.get_method_display(),
    )


def timeline(agreement, linked_from):
    """The actions on `agreement` in date order: signatures, entry into force, period,
    expiry, termination and replacement. `linked_from`: the published agreements that link
    to it, as (agreement, link kind, day it took effect); those that replace it in whole or
    part are shown (Agreement.timeline() reads them with its other links, in one query)."""
    from .models import AgreementLink

    # Callers prefetch the signatures with their parties (the agreement page already has
    # them; asking again through select_related would fetch them a second time).
    items = [_signature_item(s) for s in agreement.signatures.all()]
    if agreement.entry_into_force:
        items.append(TimelineItem(agreement.entry_into_force, "entry_into_force",
                                  gettext("Entered into force")))
    elif getattr(agreement, "effective_from", None):
        precision = DAY if agreement.concluded_undated else agreement.last_signature_precision
        items.append(TimelineItem(agreement.effective_from, "effective",
                                  gettext("Took effect on the last signature"), precision))
    if agreement.valid_from:
        items.append(TimelineItem(agreement.valid_from, "valid_from",
                                  gettext("Period of validity begins")))
    if agreement.valid_until:
        items.append(TimelineItem(agreement.valid_until, "valid_until",
                                  gettext("Period of validity ends")))
    if agreement.terminated_on:
        items.append(TimelineItem(agreement.terminated_on, "terminated",
                                  gettext("Terminated")))
    labels = {AgreementLink.Kind.REPLACES: gettext("Replaced by"),
              AgreementLink.Kind.PARTLY_REPLACES: gettext("Partly replaced by")}
    for source, kind, started in linked_from:
        if started and kind in labels:
            items.append(TimelineItem(started, kind, labels[kind], agreement=source))
    return sorted(items, key=lambda item: item.date)
