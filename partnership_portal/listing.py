"""Forgiving pagination and filters for public lists: bad input never gives a 500."""

from datetime import date, datetime

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import EmptyResultSet, ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connections
from django.db.models import F
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect, QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .collation import sorted_choices
from .models import columns_of, only_columns


def named_choices(queryset):
    """(Vietnamese slug, name shown) of each row of `queryset` (partners, usually), in
    Vietnamese alphabetical order of the name: a list filter's choices, read as two columns.
    Keyed by the Vietnamese slug, as the partner page's "See all" links are."""
    rows = only_columns(queryset.order_by(), *columns_of(queryset.model, ("slug", "name")))
    return sorted_choices((row.slug_vi, row.name) for row in rows)


def years_with_items(queryset, field):
    """The local years in which `queryset` has rows by `field`, newest first, for a year
    filter. Two queries whose cost does not grow with the rows, on an index on `field` (or
    one that leads with the list's filter and then `field`): the first and last values, each
    the end of an index walk; then, for each year between, whether a row falls in it (an
    EXISTS on the year's range stops at its first row).

    Django's `datetimes(field, "year")` converts every row to a local year (on SQLite through
    a Python function: 100 ms for 10,000 posts); MIN and MAX with the publication filter, and
    one COUNT(CASE ...) a year, read every row (19 ms for 10,000 posts on SQLite). The SQL is
    written around the queryset's own, compiled once: an ORM query a year cost about 500
    Python calls each."""
    connection = connections[queryset.db]
    values = queryset.annotate(year_value=F(field)).values("year_value")
    # (values(year_value=F(field)) would select every column: modeltranslation's values()
    # adds all fields when given none by name.)
    try:
        first_sql, first_params = values.order_by("year_value")[:1].query.sql_with_params()
    except EmptyResultSet:  # .none(), or a filter that can match nothing
        return []
    last_sql, last_params = values.order_by("-year_value")[:1].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({first_sql}), ({last_sql})", [*first_params, *last_params])
        bounds = cursor.fetchone()
    if bounds[0] is None:
        return []
    expression = values.query.resolve_ref("year_value")
    converters = [*connection.ops.get_db_converters(expression),
                  *expression.get_db_converters(connection)]
    values_read = []
    for value in bounds:
        for converter in converters:
            value = converter(value, expression, connection)
        values_read.append(value)
    timed = isinstance(values_read[0], datetime)
    first, last = (timezone.localtime(value).year if timed else value.year
                   for value in values_read)
    years = range(last, first - 1, -1)
    inner_sql, inner_params = values.order_by().query.sql_with_params()
    model_field = queryset.model._meta.get_field(field)
    column = connection.ops.quote_name("year_value")
    # The years as a VALUES list and one correlated EXISTS: PostgreSQL plans the subquery
    # once (an EXISTS per year, 38 of them, took it 7.5 ms to plan), and each year's test is
    # an index probe on its range that stops at the first row.
    rows, params = [], []
    for year in years:
        rows.append("(%s, %s, %s)")
        params.append(year)
        for bound in (year, year + 1):
            value = timezone.make_aware(datetime(bound, 1, 1)) if timed else date(bound, 1, 1)
            params.append(model_field.get_db_prep_value(value, connection))
    sql = (f"WITH years (year, starts, ends) AS (VALUES {', '.join(rows)}) "
           f"SELECT year FROM years WHERE EXISTS (SELECT 1 FROM ({inner_sql}) year_rows "
           f"WHERE {column} >= years.starts AND {column} < years.ends) ORDER BY year DESC")
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *inner_params])
        return [row[0] for row in cursor.fetchall()]


def page_address(request, number):
    """This list's address on page `number` (page 1 has no `page` parameter)."""
    query = request.GET.copy()
    query.pop("page", None)
    if number > 1:
        query["page"] = number
    return f"{request.path}?{query.urlencode()}" if query else request.path


def get_page_or_redirect(request, paginator):
    """(page, None), or (nearest page, a redirect to its address) when `?page=` names no page
    of this list: `?page=abc` goes to page 1 and `?page=99` to the last page, so the address,
    the canonical URL and "page 2 of 2" always agree. Temporary (302): the list grows."""
    raw = request.GET.get("page")
    page = paginator.get_page(raw)
    if raw is not None and raw != str(page.number):
        return page, HttpResponseRedirect(page_address(request, page.number))
    return page, None


class ForgivingPaginationMixin:
    """`?page=abc` redirects to page 1 and `?page=99999` to the last page, instead of an error
    (get_page_or_redirect). Every list has the same page size, `settings.PAGE_SIZE` (read per
    request, so tests and deployments can change it)."""

    def get_paginate_by(self, queryset):
        return settings.PAGE_SIZE

    def get(self, request, *args, **kwargs):
        self.page_redirect = None
        response = super().get(request, *args, **kwargs)
        return self.page_redirect or response

    def paginate_queryset(self, queryset, page_size):
        paginator = Paginator(queryset, page_size, allow_empty_first_page=True)
        page, self.page_redirect = get_page_or_redirect(self.request, paginator)
        return paginator, page, page.object_list, page.has_other_pages()


class UnpaginatedListMixin:
    """A list shown whole: `?page=2` is no page of it, so it redirects to the list's address
    (like a paginated list's out-of-range page goes to its nearest page)."""

    def get(self, request, *args, **kwargs):
        if "page" in request.GET:
            return HttpResponseRedirect(page_address(request, 1))
        return super().get(request, *args, **kwargs)


class YearField(forms.Field):
    """Exactly four ASCII digits between 1900 and 2999 (no signs, spaces or other numerals)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if value.isascii() and value.isdigit() and len(value) == 4 and 1900 <= int(value) <= 2999:
            return int(value)
        raise ValidationError("not a year", code="invalid")


class YearFilter(django_filters.Filter):
    field_class = YearField
    notice = _("“%(value)s” is not a year; showing all years.")
    notice_value_length = 20


class DayFilter(django_filters.DateFilter):
    """An ISO date (YYYY-MM-DD) or dd/mm/yyyy, as readers type and share them."""

    notice = _("“%(value)s” is not a date (use YYYY-MM-DD); that filter was ignored.")
    notice_value_length = 20

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%d", "%d/%m/%Y"])
        kwargs.setdefault("validators", [MinValueValidator(date(1900, 1, 1)),
                                         MaxValueValidator(date(2999, 12, 31))])
        super().__init__(*args, **kwargs)


class ListFilterSet(django_filters.FilterSet):
    """The filters of a public list, from plain GET parameters (shareable URLs).

    A value that does not validate is left out with a notice naming the parameter, and the
    other filters still apply: django-filter filters by the form's valid fields only.
    Choice filters name themselves in notices by their `label` (lower case, mid-sentence).
    """

    choice_notice = _("“%(value)s” is not a known %(filter)s; that filter was ignored.")
    # Earlier names, so links shared before a rename keep working: {old parameter: new} and
    # {parameter: {old value: new}}. The new name wins when a link carries both.
    renamed_parameters = {}
    renamed_values = {}

    def __init__(self, data=None, queryset=None, **kwargs):
        # Always bound: no parameters is the unfiltered list, still ordered and annotated.
        data = QueryDict() if data is None else data
        super().__init__(self.with_current_names(data), queryset, **kwargs)

    @classmethod
    def with_current_names(cls, data):
        """`data` (a QueryDict or a dict) with renamed parameters and values brought up to date."""
        data = data.copy()
        for old, new in cls.renamed_parameters.items():
            if old in data:
                if new not in data:
                    data[new] = data[old]  # a QueryDict keeps the last value, as a filter reads it
                del data[old]
        for name, values in cls.renamed_values.items():
            if data.get(name) in values:
                data[name] = values[data[name]]
        return data

    @property
    def values(self):
        """Each filter's valid value, or None: what the page shows as chosen."""
        self.form.is_valid()  # validated once; choices set in a subclass __init__ count
        cleaned = self.form.cleaned_data
        return {name: cleaned.get(name) or None for name in self.filters}

    @property
    def notices(self):
        notices = []
        for name in self.errors:
            f = self.filters[name]
            raw = self.data.get(name, "")
            notice = getattr(f, "notice", None)
            if notice:
                notices.append(notice % {"value": raw[:f.notice_value_length]})
            else:
                notices.append(self.choice_notice % {"value": raw[:40], "filter": f.label})
        return notices

    def choices(self, name):
        """The (value, label) pairs a filter accepts, for the hand-written form."""
        return list(self.filters[name].extra["choices"])


class FilteredListMixin:
    """A list view whose rows are `filterset_class` applied to `get_base_queryset()` (None:
    the FilterSet's own default). The template gets `filterset`, the chosen `filters` and the
    `notices` about values that were ignored. Renamed parameters redirect to their new names."""

    filterset_class = None

    def get(self, request, *args, **kwargs):
        current = self.filterset_class.with_current_names(request.GET)
        if current != request.GET:
            # A link shared before a parameter was renamed: one permanent hop to today's URL.
            return HttpResponsePermanentRedirect(f"{request.path}?{current.urlencode()}")
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self):
        return None

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.request.GET, queryset=self.get_base_queryset(), request=self.request)
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            filterset=self.filterset, filters=self.filterset.values,
            notices=self.filterset.notices, **kwargs)
