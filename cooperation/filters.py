"""The filters of the cooperation lists, shared by each page and (for the register) its
CSV and JSON exports, so both give the same rows in the same order."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import F
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from partnership_portal.collation import sort_key, sorted_choices
from partnership_portal.listing import DayFilter, ListFilterSet, YearFilter, named_choices
from partnership_portal.pagecache import until_content_changes

from . import status as agreement_status
from .models import Agreement, Area, CooperationNeed, Partner, Project, ProjectRole

# Unsigned agreements (no conclusion date) go last whichever way dates are sorted.
SORTS = {
    "-signed": (F("concluded_on").desc(nulls_last=True), "-pk"),
    "signed": (F("concluded_on").asc(nulls_last=True), "pk"),
    "title": ("title", "pk"),
    "state": ("state", F("concluded_on").desc(nulls_last=True)),
}
DEFAULT_SORT = "-signed"


class CountryField(forms.CharField):
    """An ISO code in either case (`?country=cu` is Cuba). Checked against the code list
    instead of being a choice field: a choice field deep-copies its ~250 choices with every
    filter set and form, and the form lists only the countries in use anyway."""

    def to_python(self, value):
        return super().to_python(value).strip().upper()

    def validate(self, value):
        super().validate(value)
        if value and value not in countries.countries:
            raise forms.ValidationError(  # the lists' notices word it themselves
                forms.ChoiceField.default_error_messages["invalid_choice"],
                code="invalid_choice", params={"value": value})


class CountryFilter(django_filters.Filter):
    field_class = CountryField


def _register_partners():
    """(slug, name shown, country code) of the partners in the register, by name shown."""
    # The name as modeltranslation shows it: the page's language, else the default one.
    shown = [f"name_{translation.get_language()}", f"name_{settings.LANGUAGE_CODE}"]
    # Parties to any agreement, through a subquery (exclude(agreements=None) builds a NOT
    # EXISTS over a self-join, at half again the Python); sorted below.
    rows = (Partner.objects.published()
            .filter(pk__in=Agreement.parties.through.objects.values("partner"))
            .order_by().values("slug_vi", "country", *{*shown}))
    return sorted(
        ((row["slug_vi"], row[shown[0]] or row[shown[1]], row["country"]) for row in rows),
        key=lambda partner: (sort_key(partner[1]), partner[0]))


class AgreementFilter(ListFilterSet):
    """The register. The partner is keyed by its Vietnamese (default-language) slug, so a
    filtered URL means the same in vi and en (the language switcher keeps the query string).
    `on` computes each status as of that day and keeps what was in force then. `state` is
    the derived state (stored `status` is only ever the publishing status); old links said
    `?status=` and `?sort=status`, which still work."""

    renamed_parameters = {"status": "state"}
    renamed_values = {"sort": {"status": "state"}}

    partner = django_filters.ChoiceFilter(field_name="parties__slug_vi", label=_("partner"))
    country = CountryFilter(field_name="parties__country", distinct=True, label=_("country"))
    kind = django_filters.ChoiceFilter(choices=Agreement.Kind.choices, label=_("kind"))
    state = django_filters.ChoiceFilter(choices=Agreement.State.choices, label=_("status"))
    year = YearFilter(field_name="concluded_on", lookup_expr="year")
    on = DayFilter(method="filter_in_force")
    sort = django_filters.ChoiceFilter(
        method="filter_sort", label=_("order"),
        choices=[("-signed", _("Newest signature first")), ("signed", _("Oldest first")),
                 ("title", _("Title")), ("state", _("Status"))])

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Agreement.objects.published()
        # (slug, name shown, country code) of the partners in the register: three columns,
        # not whole partners, for a choice list.
        # The name as modeltranslation shows it: the page's language, else the default one.
        self.partners = until_content_changes("register-partners", _register_partners)
        super().__init__(data, queryset, **kwargs)
        self.filters["partner"].extra["choices"] = [(slug, name)
                                                    for slug, name, _c in self.partners]

    @property
    def used_countries(self):
        """Countries of the partners in the register, for the form (any code is accepted)."""
        return sorted_choices((code, countries.name(code))
                              for code in {country for _s, _n, country in self.partners if country})

    @property
    def values(self):
        values = super().values
        return {**values, "sort": values["sort"] or DEFAULT_SORT}

    def filter_queryset(self, queryset):
        # Status is computed for the chosen day before any filter reads it: as an SQL column
        # only when the list is filtered or sorted by it, else on the fetched rows (cheaper).
        values = self.values
        if values["state"] or values["sort"] == "state":
            queryset = queryset.with_state_column(on=values["on"])
        else:
            queryset = queryset.with_state(on=values["on"])
        return super().filter_queryset(self.rows(queryset)).order_by(*SORTS[values["sort"]])

    def rows(self, queryset):
        """What each agreement reads: all that the exports write."""
        return queryset.for_listing()

    def filter_in_force(self, queryset, name, value):
        # The range test on stored dates: the same rows as a state in IN_FORCE_STATES.
        return queryset.filter(agreement_status.in_force_q(value))

    def filter_sort(self, queryset, name, value):
        return queryset  # applied last, in filter_queryset, with its default


class AgreementTableFilter(AgreementFilter):
    """The register page's filters: the same rows, each reading only what its table shows."""

    def rows(self, queryset):
        return queryset.for_table()


class ProjectFilter(ListFilterSet):
    kind = django_filters.ChoiceFilter(choices=Project.Kind.choices, label=_("kind"))
    stage = django_filters.ChoiceFilter(choices=Project.Stage.choices, label=_("status"))
    # Keyed by the Vietnamese slug, like the register (the partner page's "See all" link).
    # A choice, so the form shows the partner chosen and an unknown one gets a notice.
    partner = django_filters.ChoiceFilter(field_name="partners__slug_vi", distinct=True,
                                          label=_("partner"))

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Project.objects.published()
        super().__init__(data, queryset, **kwargs)
        self.filters["partner"].extra["choices"] = until_content_changes(
            "project-partners", _project_partners)


def _project_partners():
    """Partners with a role in a published project, each once (a subquery), by name shown."""
    with_roles = ProjectRole.objects.filter(
        project__in=Project.objects.published().values("pk")).values("partner")
    return named_choices(Partner.objects.published().filter(pk__in=with_roles))


class NeedFilter(ListFilterSet):
    area = django_filters.ChoiceFilter(field_name="area__slug", label=_("field"))
    priority = django_filters.ChoiceFilter(choices=CooperationNeed.Priority.choices,
                                           label=_("priority"))
    stage = django_filters.ChoiceFilter(choices=CooperationNeed.Stage.choices,
                                        label=_("status"))

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = CooperationNeed.objects.published().for_listing()
        super().__init__(data, queryset, **kwargs)
        self.filters["area"].extra["choices"] = [(a.slug, a.name) for a in Area.objects.all()]


class PartnerFilter(ListFilterSet):
    kind = django_filters.ChoiceFilter(choices=Partner.Kind.choices, label=_("kind"))
