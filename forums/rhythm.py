"""The Group's rhythm (Decision 954/QĐ-BTP): one annual forum, at least one thematic
conference or seminar a quarter, at most four survey delegations a year."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import ExtractMonth
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import SURVEY_DELEGATIONS_PER_YEAR, Event


@dataclass
class YearRhythm:
    year: int
    forums: int
    seminars_by_quarter: dict
    surveys: int
    warnings: list = field(default_factory=list)  # (code, message)


def rhythm_for(year):
    events = Event.objects.filter(start__year=year).exclude(stage=Event.Stage.CANCELLED)
    counts = events.aggregate(
        forums=Count("pk", filter=Q(kind=Event.Kind.ANNUAL_FORUM)),
        surveys=Count("pk", filter=Q(kind=Event.Kind.SURVEY_DELEGATION)),
    )
    by_month = (
        events.filter(kind__in=Event.SEMINAR_KINDS)
        .annotate(month=ExtractMonth("start"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    quarters = {q: 0 for q in (1, 2, 3, 4)}
    for row in by_month:
        quarters[(row["month"] - 1) // 3 + 1] += row["n"]
    result = YearRhythm(year, counts["forums"], quarters, counts["surveys"])
    if result.forums == 0:
        result.warnings.append(
            (
                "no_forum",
                _("No annual Legal Partnership Forum is recorded for %(year)s.") % {"year": year},
            )
        )
    elif result.forums > 1:
        result.warnings.append(
            (
                "too_many_forums",
                _("%(count)s annual forums are recorded for %(year)s; the rule is one a year.")
                % {"count": result.forums, "year": year},
            )
        )
    empty = [q for q, n in quarters.items() if n == 0]
    if empty:
        result.warnings.append(
            (
                "quarter_without_seminar",
                ngettext(
                    "Quarter %(quarters)s has no thematic conference or seminar.",
                    "Quarters %(quarters)s have no thematic conference or seminar.",
                    len(empty),
                )
                % {"quarters": ", ".join(map(str, empty))},
            )
        )
    if result.surveys > SURVEY_DELEGATIONS_PER_YEAR:
        result.warnings.append(
            (
                "too_many_surveys",
                _("%(count)s survey delegations in %(year)s: the limit is %(limit)s a year.")
                % {"count": result.surveys, "year": year, "limit": SURVEY_DELEGATIONS_PER_YEAR},
            )
        )
    return result
