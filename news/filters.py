"""The news list's filter (the category is part of the path, not a filter)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from partnership_portal.listing import ListFilterSet, YearFilter


class PostFilter(ListFilterSet):
    year = YearFilter(field_name="publish_at", lookup_expr="year")
    # Keyed by the partner's Vietnamese slug, like the register; the partner page links here.
    partner = django_filters.CharFilter(field_name="partners__slug_vi", distinct=True,
                                        label=_("partner"))
