"""Writes on an issue that span other apps' models."""

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Max

from cooperation.models import Agreement
from documents.models import Document
from forums.models import Event
from news.models import Post
from partnership_portal import access
from reports.periods import Period

from .models import IssueItem

# What every reader may open, from the access policy (partnership_portal/access.py).
EVERYONE = access.levels(AnonymousUser())


def quarter_items(issue):
    """The quarter's public items, per kind, in date order: what an issue is made from."""
    period = Period(issue.year, issue.quarter)
    start, end = period.bounds()
    return {
        "post": Post.objects.published().filter(publish_at__gte=start, publish_at__lt=end)
        .order_by("publish_at", "pk"),
        "event": Event.objects.published().filter(start__gte=start, start__lt=end)
        .order_by("start", "pk"),
        "agreement": Agreement.objects.published().filter(publish_at__gte=start,
                                                          publish_at__lt=end)
        .order_by("publish_at", "pk"),
        "document": Document.objects.published().filter(
            access__in=EVERYONE, issued_on__gte=period.first_day,
            issued_on__lte=period.last_day).order_by("issued_on", "pk"),
    }


@transaction.atomic
def issue_fill_from_quarter(issue) -> int:
    """Append the quarter's public items not yet in the issue; returns how many were added."""
    existing = {(item.kind, item.target.pk) for item in issue.items.with_targets()}
    order = (issue.items.aggregate(m=Max("order"))["m"] or 0)
    rows = []
    for kind, queryset in quarter_items(issue).items():
        for obj in queryset:
            if (kind, obj.pk) in existing:
                continue
            order += 10  # gaps, so the editor can slot an item in between
            rows.append(IssueItem(issue=issue, order=order, **{kind: obj}))
    IssueItem.objects.bulk_create(rows)
    return len(rows)
