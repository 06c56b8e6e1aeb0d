"""The admin index for the secretariat: a dashboard of panels above the list of apps.

A panel is a function `panel(request)` returning a dict, or None to show nothing (nothing to
say, or nothing this user may see: each panel asks the permissions itself). The dict:

    {"title": ..., "items": [{"label": ..., "url": ..., "meta": ...}, ...],
     "empty": "shown when there are no items", "more_url": ..., "more_label": ...}

or {"title": ..., "template": "admin/dashboard/<yours>.html", ...} for a panel of its own shape.
Apps register theirs in AppConfig.ready() with `register_panel(func, order=...)`, so the core
imports no app (forums adds upcoming events and the rhythm warnings, cooperation the newest
interest in needs). Each panel runs a bounded number of queries, never one per item.

The first panel, "awaiting review", lists what editors submitted that this user may publish
(partnership_portal.review.awaiting_review).
"""

from django.contrib import admin
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import Publishable
from .translation_status import counts, tracked_models

PANEL_ITEMS = 10
_registry = []  # (order, func)


def register_panel(func, order=50):
    if all(f is not func for _order, f in _registry):
        _registry.append((order, func))
        _registry.sort(key=lambda item: item[0])


def panels_for(request):
    panels = []
    for _order, func in _registry:
        panel = func(request)
        if panel:
            panels.append(panel)
    return panels


def change_url(obj):
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return None


def changelist_url(model, query=""):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    return f"{url}?{query}" if query else url


def anchor(model):
    """The id of a type's section on the translation status page."""
    return f"{model._meta.app_label}-{model._meta.model_name}"


def viewable_models(request, models):
    """The models among `models` this user may see in the admin, in working order."""
    from .admin_site import working_order

    registry = admin.site._registry
    return sorted(
        (model for model in models
         if model in registry and registry[model].has_view_or_change_permission(request)),
        key=working_order,
    )


def publishable_models():
    return [model for model in tracked_models() if issubclass(model, Publishable)]


def when(value):
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def item(obj, meta=""):
    return {"label": str(obj), "url": change_url(obj), "meta": meta,
            "type": obj._meta.verbose_name}


def newest(querysets, key, reverse=True, limit=PANEL_ITEMS):
    """The first `limit` objects of several querysets, merged by `key` (one query each)."""
    objects = [obj for queryset in querysets for obj in queryset[:limit]]
    return sorted(objects, key=key, reverse=reverse)[:limit]


def awaiting_review(request):
    """Items editors submitted for review that this user may publish, oldest first; no panel
    for users who publish nothing (an editor has no queue)."""
    from .models import ReviewRequest
    from .review import awaiting_review as queue
    from .review import reviewable_types

    if not reviewable_types(request.user):
        return None
    items = [
        item(review.item, _("submitted by %(who)s on %(when)s") % {
            "who": review.submitted_by or "—", "when": when(review.submitted_at)})
        for review in queue(request.user)[:PANEL_ITEMS] if review.item is not None
    ]
    return {
        "title": _("Awaiting review"),
        "items": items,
        "empty": _("Nothing is waiting for review."),
        "more_url": changelist_url(ReviewRequest),
        "more_label": _("All review requests"),
    }


def scheduled(request):
    """Published items whose publish date is still to come."""
    now = timezone.now()
    objects = newest(
        [model._default_manager.filter(status=Publishable.Status.PUBLISHED, publish_at__gt=now)
         .order_by("publish_at") for model in viewable_models(request, publishable_models())],
        key=lambda obj: obj.publish_at, reverse=False,
    )
    return {
        "title": _("Scheduled"),
        "items": [item(obj, _("appears on %(when)s") % {"when": when(obj.publish_at)})
                  for obj in objects],
        "empty": _("Nothing is scheduled."),
    }


def my_drafts(request):
    """Drafts this user created or last changed."""
    user = request.user
    objects = newest(
        [model._default_manager.filter(Q(created_by=user) | Q(updated_by=user),
                                       status=Publishable.Status.DRAFT).order_by("-updated_at")
         for model in viewable_models(request, publishable_models())],
        key=lambda obj: obj.updated_at,
    )
    return {
        "title": _("My drafts"),
        "items": [item(obj, _("changed %(when)s") % {"when": when(obj.updated_at)})
                  for obj in objects],
        "empty": _("You have no drafts."),
    }


def recently_changed(request):
    """The last items changed, all content types together."""
    models = [model for model in tracked_models()
              if any(f.name == "updated_at" for f in model._meta.get_fields())]
    objects = newest(
        [model._default_manager.select_related("updated_by").order_by("-updated_at")
         for model in viewable_models(request, models)],
        key=lambda obj: obj.updated_at,
    )

    def meta(obj):
        text = when(obj.updated_at)
        if obj.updated_by:
            text = _("%(when)s by %(user)s") % {"when": text, "user": obj.updated_by}
        return text

    return {
        "title": _("Recently changed"),
        "items": [item(obj, meta(obj)) for obj in objects],
        "empty": _("Nothing has been changed yet."),
    }


def translations(request):
    """Items missing a language or probably outdated, counted per type."""
    rows = []
    for model in viewable_models(request, tracked_models()):
        found = counts(model)
        if any(n for name, n in found.items() if name != "total"):
            rows.append({"model": model._meta.verbose_name_plural, **found,
                         "url": changelist_url(model), "anchor": anchor(model)})
    return {
        "title": _("Missing or outdated translations"),
        "template": "admin/dashboard/translations_panel.html",
        "rows": rows,
        "empty": _("Every item is translated."),
        "more_url": reverse("admin:translation_status"),
        "more_label": _("Translation status"),
    }


def register_core_panels():
    register_panel(awaiting_review, order=5)
    register_panel(scheduled, order=10)
    register_panel(my_drafts, order=20)
    register_panel(recently_changed, order=30)
    register_panel(translations, order=40)
