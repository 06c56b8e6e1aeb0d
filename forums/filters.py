"""The events list's filters, applied alike to upcoming and past events."""

import django_filters
from django.utils.translation import gettext_lazy as _

from cooperation.models import Partner
from partnership_portal.listing import ListFilterSet, YearFilter, named_choices
from partnership_portal.pagecache import until_content_changes

from .models import Event, EventOrganiser


class EventFilter(ListFilterSet):
    """A quarter narrows only within a year; the partner is keyed by its Vietnamese slug."""

    kind = django_filters.ChoiceFilter(choices=Event.Kind.choices, label=_("kind"))
    year = YearFilter(method="filter_period")
    quarter = django_filters.ChoiceFilter(
        method="filter_period", label=_("quarter"),
        choices=[("1", "I"), ("2", "II"), ("3", "III"), ("4", "IV")])
    partner = django_filters.ChoiceFilter(field_name="organisers__partner__slug_vi",
                                          distinct=True, label=_("partner"))

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Event.objects.published().for_listing()
        super().__init__(data, queryset, **kwargs)
        # Only what the choices show; each partner once through a subquery, not a join made
        # unique by DISTINCT; sorted here, by the name shown.
        self.filters["partner"].extra["choices"] = until_content_changes(
            "event-partners", lambda: named_choices(Partner.objects.published().filter(
                pk__in=EventOrganiser.objects.values("partner"))))

    @property
    def values(self):
        values = super().values
        if values["quarter"] and not values["year"]:
            values["quarter"] = None
        return values

    @property
    def notices(self):
        notices = super().notices
        self.is_valid()
        if self.form.cleaned_data.get("quarter") and not self.values["year"]:
            notices.append(_("Choose a year to filter by quarter; the quarter was ignored."))
        return notices

    def filter_period(self, queryset, name, value):
        year, quarter = self.values["year"], self.values["quarter"]
        if name == "quarter" or not year:
            return queryset  # a quarter goes with its year
        return queryset.in_quarter(year, int(quarter)) if quarter else queryset.filter(
            start__year=year)
