"""Short lists on a page that links to the full, filtered list (the partner page)."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Window


@dataclass
class CappedList:
    """The first `settings.PARTNER_PAGE_LIST_LIMIT` rows, how many there are in all, and the
    address of the full list. One query whatever the number of rows: the total comes with
    the rows (`COUNT(*) OVER ()`, counted before the limit), not from a second query, which
    cost the partner page's five lists about a tenth of its time to build."""

    rows: list
    total: int
    url: str

    @classmethod
    def of(cls, queryset, url, limit=None):
        if queryset.query.distinct:
            # The window would count the rows before DISTINCT removes the repeated ones.
            raise ValueError("A capped list counts its rows with a window function: select "
                             "each item once with subqueries (pk__in=...), not distinct().")
        limit = settings.PARTNER_PAGE_LIST_LIMIT if limit is None else limit
        rows = list(queryset.annotate(capped_list_total=Window(Count("*")))[:limit])
        return cls(rows=rows, total=rows[0].capped_list_total if rows else 0, url=url)

    @property
    def more(self):
        """True when the page shows only part of the list (the "See all" link is needed)."""
        return self.total > len(self.rows)

    def __bool__(self):
        return bool(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)
