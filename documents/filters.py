"""The library's filters: kind, year, file language and access level."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from partnership_portal import access
from partnership_portal.listing import ListFilterSet, YearFilter, named_choices
from partnership_portal.pagecache import until_content_changes

from .models import Access, Document, DocumentFile, DocumentKind


class DocumentFilter(ListFilterSet):
    """Over the documents the reader may see (the view passes them as `queryset`)."""

    kind = django_filters.ChoiceFilter(field_name="kind__code", label=_("kind"))
    year = YearFilter()
    language = django_filters.ChoiceFilter(field_name="files__language", distinct=True,
                                           choices=DocumentFile.Language.choices,
                                           label=_("language"))
    access = django_filters.ChoiceFilter(label=_("access level"))
    # Documents of a partner's agreements and projects (the partner page's "See all" link). A
    # choice, so the form shows the partner chosen and an unknown one gets a notice.
    partner = django_filters.ChoiceFilter(method="filter_partner", label=_("partner"))

    def __init__(self, data, queryset, *, request=None, **kwargs):
        super().__init__(data, queryset, request=request, **kwargs)
        self.filters["kind"].extra["choices"] = until_content_changes(
            "document-kinds", lambda: [(k.code, k.name) for k in DocumentKind.objects.all()])
        # Only the levels this reader sees listed; others are unknown values (a notice).
        levels = access.listed_levels(request.user) if request is not None else {Access.PUBLIC}
        self.filters["access"].extra["choices"] = [c for c in Access.choices if c[0] in levels]
        self.filters["partner"].extra["choices"] = until_content_changes(
            "document-partners", _partner_choices)

    def filter_partner(self, queryset, name, value):
        return queryset.filter(Q(agreements__parties__slug_vi=value)
                               | Q(projects__partners__slug_vi=value)).distinct()


def _partner_choices():
    """(Vietnamese slug, name shown) of the published partners, by name shown. The partner
    model is reached through the relations the filter follows: documents does not import
    cooperation (it is the other way round)."""
    agreement = Document._meta.get_field("agreements").related_model
    partner = agreement._meta.get_field("parties").related_model
    return named_choices(partner.objects.published())
