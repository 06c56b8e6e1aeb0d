"""Forgiving pagination and filters for public lists: bad input never gives a 500."""

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext as _


class ForgivingPaginationMixin:
    """`?page=abc` shows page 1 and `?page=99999` the last page, instead of an error.
    `page_size_setting` names the setting that holds the page size (read per request, so
    tests and deployments can change it)."""

    page_size_setting = None

    def get_paginate_by(self, queryset):
        if self.page_size_setting:
            return getattr(settings, self.page_size_setting)
        return super().get_paginate_by(queryset)

    def paginate_queryset(self, queryset, page_size):
        paginator = Paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()


def parse_year(raw, notices):
    """A four-digit year from the query string, or None with a notice for the reader."""
    if raw in (None, ""):
        return None
    if raw.isascii() and raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2999:
        return int(raw)
    notices.append(_("“%(value)s” is not a year; showing all years.") % {"value": raw[:20]})
    return None


def parse_choice(raw, allowed, label, notices):
    """A filter value from the query string if it is one of `allowed`, else None + notice."""
    if raw in (None, ""):
        return None
    if raw in allowed:
        return raw
    notices.append(
        _("“%(value)s” is not a known %(filter)s; that filter was ignored.")
        % {"value": raw[:40], "filter": label}
    )
    return None


def parse_date(raw, notices):
    """An ISO date (YYYY-MM-DD) or dd/mm/yyyy from the query string, else None + notice."""
    from datetime import date, datetime

    if raw in (None, ""):
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            value = datetime.strptime(raw.strip(), pattern).date()
        except ValueError:
            continue
        if date(1900, 1, 1) <= value <= date(2999, 12, 31):
            return value
    notices.append(_("“%(value)s” is not a date (use YYYY-MM-DD); that filter was ignored.")
                   % {"value": raw[:20]})
    return None
