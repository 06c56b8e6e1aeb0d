"""Short lists on a page that links to the full, filtered list (the partner page)."""

from dataclasses import dataclass

from django.conf import settings


@dataclass
class CappedList:
    """The first `settings.PARTNER_PAGE_LIST_LIMIT` rows, how many there are in all, and the
    address of the full list. Two queries whatever the number of rows."""

    rows: list
    total: int
    url: str

    @classmethod
    def of(cls, queryset, url, limit=None):
        limit = settings.PARTNER_PAGE_LIST_LIMIT if limit is None else limit
        return cls(rows=list(queryset[:limit]), total=queryset.count(), url=url)

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
