"""The news list's filter (the category is part of the path, not a filter)."""

from partnership_portal.listing import ListFilterSet, YearFilter


class PostFilter(ListFilterSet):
    year = YearFilter(field_name="publish_at", lookup_expr="year")
