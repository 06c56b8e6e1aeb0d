"""Agreement status: what readers see, worked out from signatures, dates and typed links.

`annotate_status()` is the one place that builds the status expression (used by
`AgreementQuerySet.with_status`); `timeline()` lists the dated actions behind it, each item
carrying its own label so templates never compare codes.

The models import this module (for `State`), so model classes are imported inside the
functions.
"""

from dataclasses import dataclass
from datetime import date

from django.db import models
from django.db.models import Case, Count, F, Max, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    """What readers see; derived by `annotate_status()`, never stored."""

    NEGOTIATION = "negotiation", _("Under negotiation")
    SIGNED = "signed", _("Signed, not yet in force")
    IN_FORCE = "in_force", _("In force")
    PARTLY_SUPERSEDED = "partly_superseded", _("In force, partly superseded")
    EXPIRED = "expired", _("Expired")
    TERMINATED = "terminated", _("Terminated")
    SUPERSEDED = "superseded", _("Superseded")


# States in which an agreement applies ("in force on" filters).
IN_FORCE_STATES = (State.IN_FORCE, State.PARTLY_SUPERSEDED)


def state_label(state):
    """The reader's label of a state code ("" when the status was not annotated)."""
    return State(state).label if state else ""


def _signature_totals(agreement_ref, on):
    """Subqueries over the signatures, up to the day `on`, by the parties of the agreement
    that `agreement_ref` points at: last signature date, signing parties, parties."""
    from .models import Agreement, Signature

    # order_by() clears the default ordering, which would otherwise split the GROUP BY.
    signed = (Signature.objects.filter(agreement=agreement_ref, date__lte=on,
                                       party__agreements=agreement_ref)
              .order_by().values("agreement"))
    parties = (Agreement.parties.through.objects.filter(agreement=agreement_ref)
               .order_by().values("agreement"))
    return {
        "last_signed_on": Subquery(signed.annotate(d=Max("date")).values("d")[:1]),
        "signed_parties": Coalesce(
            Subquery(signed.annotate(n=Count("party", distinct=True)).values("n")[:1]), 0
        ),
        "party_count": Coalesce(Subquery(parties.annotate(n=Count("*")).values("n")[:1]), 0),
    }


def _concluded(prefix=""):
    """True when every party has signed, or sources confirm signature without dates.
    `prefix` ("source__") evaluates it for the replacing side of a link."""
    return Case(
        When(**{f"{prefix}concluded_undated": True}, then=Value(True)),
        When(party_count__gt=0, signed_parties__gte=F("party_count"), then=Value(True)),
        default=Value(False), output_field=models.BooleanField(),
    )


def _effective_from(prefix=""):
    """When the instrument took effect: its entry into force; else, if it takes effect on
    signature and is concluded, the last signature (or, with no dates, its period)."""
    f = lambda name: F(prefix + name)  # noqa: E731 - local shorthand
    q = lambda **kw: Q(**{prefix + k: v for k, v in kw.items()})  # noqa: E731
    return Case(
        When(q(entry_into_force__isnull=False), then=f("entry_into_force")),
        When(q(effective_on_signature=True) & Q(is_concluded=True)
             & Q(last_signed_on__isnull=False) & q(concluded_undated=False),
             then=F("last_signed_on")),
        When(q(effective_on_signature=True) & Q(is_concluded=True)
             & q(valid_from__isnull=False), then=f("valid_from")),
        default=None, output_field=models.DateField(),
    )


def _replaced_on(kind, on):
    """The day the earliest published replacement of this `kind` took effect itself."""
    from .models import Agreement, AgreementLink

    links = (
        AgreementLink.objects.filter(target=OuterRef("pk"), kind=kind)
        .filter(source__in=Agreement.objects.published())
        .annotate(**_signature_totals(OuterRef("source"), on))
        .annotate(is_concluded=_concluded("source__"))
        .annotate(d=_effective_from("source__"))
        .filter(d__isnull=False).order_by("d").values("d")[:1]
    )
    return Subquery(links)


def annotate_status(queryset, on=None):
    """Annotate `state` (and the dates it comes from) as of the day `on` (default today).

    Only signatures by the agreement's own parties count. A replacement counts from the
    day it took effect itself, and only if it is published.
    """
    from .models import AgreementLink

    on = on or timezone.localdate()
    qs = queryset.annotate(
        **_signature_totals(OuterRef("pk"), on),
        replaced_on=_replaced_on(AgreementLink.Kind.REPLACES, on),
        partly_replaced_on=_replaced_on(AgreementLink.Kind.PARTLY_REPLACES, on),
    ).annotate(is_concluded=_concluded()).annotate(
        # The date shown as "signed": only once every party has signed.
        concluded_on=Case(When(is_concluded=True, then=F("last_signed_on")), default=None,
                          output_field=models.DateField()),
        effective_from=_effective_from(),
    ).annotate(
        # A fixed period starting later than the signature starts the agreement then.
        starts_on=Case(
            When(effective_from__isnull=True, then=None),
            When(valid_from__gt=F("effective_from"), then=F("valid_from")),
            default=F("effective_from"), output_field=models.DateField(),
        ),
    )
    undated_in_force = Q(concluded_undated=True, effective_on_signature=True,
                         starts_on__isnull=True, entry_into_force__isnull=True)
    return qs.annotate(
        state=Case(
            When(terminated_on__lte=on, then=Value(State.TERMINATED)),
            When(replaced_on__lte=on, then=Value(State.SUPERSEDED)),
            # A concluded instrument whose period is over has expired (or lapsed).
            When(valid_until__lt=on, is_concluded=True, then=Value(State.EXPIRED)),
            When(Q(starts_on__lte=on) | undated_in_force, partly_replaced_on__lte=on,
                 then=Value(State.PARTLY_SUPERSEDED)),
            When(starts_on__lte=on, then=Value(State.IN_FORCE)),
            # Signed (sources say so) and effective on signature, dates unknown.
            When(undated_in_force, then=Value(State.IN_FORCE)),
            When(is_concluded=True, then=Value(State.SIGNED)),
            default=Value(State.NEGOTIATION),
            output_field=models.CharField(),
        )
    )


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


def timeline(agreement):
    """The actions on `agreement` in date order: signatures, entry into force, period,
    expiry, termination and replacement."""
    from .models import Agreement, AgreementLink

    items = [_signature_item(s) for s in agreement.signatures.select_related("party")]
    if agreement.entry_into_force:
        items.append(TimelineItem(agreement.entry_into_force, "entry_into_force",
                                  gettext("Entered into force")))
    elif getattr(agreement, "effective_from", None):
        items.append(TimelineItem(agreement.effective_from, "effective",
                                  gettext("Took effect on the last signature")))
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
    replacing = (
        Agreement.objects.published().with_status()
        .filter(links_out__target=agreement, links_out__kind__in=list(labels))
        .annotate(link_kind=F("links_out__kind"))
    )
    for source in replacing:
        if source.starts_on:
            items.append(TimelineItem(source.starts_on, source.link_kind,
                                      labels[source.link_kind], agreement=source))
    return sorted(items, key=lambda item: item.date)
