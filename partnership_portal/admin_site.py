"""The secretariat's admin site: a dashboard as the index, apps in the order the secretariat
works, technical screens for administrators (superusers) only, and the translation status page.

Installed as the default site through `PortalAdminConfig` (the documented way), so every
`admin.site.register` / `@admin.register` lands here.
"""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from . import access, dashboard
from .translation_status import (
    LANGUAGES,
    counts,
    items_needing_work,
    mark_up_to_date,
    tracked_models,
)

# Content first, then accounts, then whatever other apps add; TECHNICAL_APPS last.
APP_ORDER = ["news", "forums", "cooperation", "documents", "partnership_portal", "reports",
             "accounts", "auth"]
# Within an app, the screens used most first; others follow alphabetically.
MODEL_ORDER = {
    "news": ["post", "category"],
    "forums": ["event"],
    "cooperation": ["agreement", "partner", "project", "cooperationneed", "interest", "area"],
    "documents": ["document", "documentkind"],
    "auth": ["user", "group"],
}
# Sites, redirects and sign-in attempts: administrators only, listed last.
TECHNICAL_APPS = ["sites", "redirects", "axes"]
STATUS_ITEMS_PER_TYPE = 50


def _position(order, key):
    return order.index(key) if key in order else len(order)


def working_order(model):
    """Sort key: a model's app and place in the app as the secretariat works."""
    opts = model._meta
    return (_position(APP_ORDER, opts.app_label),
            _position(MODEL_ORDER.get(opts.app_label, []), opts.model_name), opts.model_name)


class AdministratorOnlyAdminMixin:
    """A technical screen: however permissions are granted, only administrators (superusers
    and the Administrator group, `access.is_administrator`) use it."""

    def has_module_permission(self, request):
        return access.is_administrator(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request, *args, **kwargs):
        return (access.is_administrator(request.user)
                and super().has_view_permission(request, *args, **kwargs))

    def has_add_permission(self, request, *args, **kwargs):
        return (access.is_administrator(request.user)
                and super().has_add_permission(request, *args, **kwargs))

    def has_change_permission(self, request, *args, **kwargs):
        return (access.is_administrator(request.user)
                and super().has_change_permission(request, *args, **kwargs))

    def has_delete_permission(self, request, *args, **kwargs):
        return (access.is_administrator(request.user)
                and super().has_delete_permission(request, *args, **kwargs))


class PortalAdminSite(admin.AdminSite):
    index_template = "admin/dashboard.html"

    def register(self, model_or_iterable, admin_class=None, **options):
        models = [model_or_iterable] if isinstance(model_or_iterable, type) else model_or_iterable
        for model in models:
            model_admin = admin_class or admin.ModelAdmin
            if model._meta.app_label in TECHNICAL_APPS:
                model_admin = type(model_admin.__name__, (AdministratorOnlyAdminMixin, model_admin),
                                   {"__module__": model_admin.__module__})
            super().register(model, model_admin, **options)

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        last = len(APP_ORDER) + len(TECHNICAL_APPS)
        apps.sort(key=lambda app: (
            _position(APP_ORDER, app["app_label"]) if app["app_label"] not in TECHNICAL_APPS
            else last + TECHNICAL_APPS.index(app["app_label"]),
            str(app["name"]),
        ))
        for app in apps:
            order = MODEL_ORDER.get(app["app_label"], [])
            app["models"].sort(key=lambda m: (_position(order, m["object_name"].lower()),
                                              str(m["name"])))
        return apps

    def get_urls(self):
        return [
            path("translations/", self.admin_view(self.translation_status_view),
                 name="translation_status"),
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        extra_context = {"panels": dashboard.panels_for(request), **(extra_context or {})}
        return super().index(request, extra_context)

    def translation_status_view(self, request):
        """Per type: counts, then the items missing a language (per field) or outdated, with
        links to edit them and to read both language versions. Two queries per type."""
        if request.method == "POST":
            return self._mark_up_to_date(request)
        sections = []
        names = dict(settings.LANGUAGES)
        for model in dashboard.viewable_models(request, tracked_models()):
            labels = {f.name: f.verbose_name for f in model._meta.fields}
            items = items_needing_work(model, STATUS_ITEMS_PER_TYPE)
            for item in items:
                item.edit_url = dashboard.change_url(item)
                item.language_rows = [
                    {"code": code, "name": names[code],
                     "missing": [labels[f] for f in item.missing[code]],
                     "outdated": code in item.outdated, "url": _url_in(item, code)}
                    for code in LANGUAGES
                ]
            sections.append({
                "model": model,
                "anchor": dashboard.anchor(model),
                "content_type_id": ContentType.objects.get_for_model(model).pk,
                "name": model._meta.verbose_name_plural,
                "counts": counts(model),
                "items": items,
                "changelist_url": dashboard.changelist_url(model),
            })
        context = {
            **self.each_context(request),
            "title": _("Translation status"),
            "sections": sections,
            "limit": STATUS_ITEMS_PER_TYPE,
        }
        return TemplateResponse(request, "admin/translation_status.html", context)

    def _mark_up_to_date(self, request):
        """A language checked against the other and still right: stamp it now, so it is no
        longer reported as outdated (only for those who may change the item)."""
        try:
            content_type = ContentType.objects.get_for_id(int(request.POST.get("content_type")))
            model = content_type.model_class()
            obj = model._default_manager.get(pk=int(request.POST.get("object_id")))
        except (TypeError, ValueError, ContentType.DoesNotExist, ObjectDoesNotExist):
            raise Http404 from None
        language = request.POST.get("language")
        model_admin = self._registry.get(model)
        if model not in tracked_models() or language not in LANGUAGES or model_admin is None:
            raise Http404
        if not model_admin.has_change_permission(request, obj):
            raise PermissionDenied
        mark_up_to_date(obj, language)
        messages.success(request, _("%(language)s text of “%(item)s” marked as up to date.")
                         % {"language": dict(settings.LANGUAGES)[language], "item": obj})
        url = reverse("admin:translation_status")
        return HttpResponseRedirect(f"{url}#{dashboard.anchor(model)}")


def _url_in(obj, language):
    """The item's public (or preview) address in `language`, or None for items without one."""
    if not hasattr(obj, "get_absolute_url"):
        return None
    with translation.override(language):
        return obj.get_absolute_url()
