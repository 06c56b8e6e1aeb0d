"""Admin base classes shared by every app: vi/en tabs, attribution, previews."""

from django.contrib import admin, messages
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modeltranslation.admin import TabbedDjangoJqueryTranslationAdmin

from .admin_revisions import RevisionAdminMixin
from .models import Page, Publishable
from .translation_status import TranslationStatusAdminMixin


class TranslatedAdmin(RevisionAdminMixin, TranslationStatusAdminMixin,
                      TabbedDjangoJqueryTranslationAdmin):
    """vi/en tabs for translated fields (jQuery UI served locally, see settings), who
    created or last changed each item, its revisions (admin_revisions.py) and the
    translation filter (translation_status.py)."""

    save_on_top = True
    # Websites typed without a scheme get https:// (Django 6's default, chosen now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    class Media:
        # Slugs typed in the admin as the server makes them; wide title inputs (README).
        # urlify.js named first so the merged Media puts ours after it (ours replaces URLify).
        js = ("admin/js/urlify.js", "admin/portal/slugs.js")
        css = {"all": ("admin/portal/admin.css",)}

    def save_model(self, request, obj, form, change):
        if hasattr(obj, "updated_by_id"):
            if not change:
                obj.created_by = request.user
            obj.updated_by = request.user
        super().save_model(request, obj, form, change)


class PublishableAdmin(TranslatedAdmin):
    """Status with the publish date, a preview link for every item, publish/unpublish actions."""

    date_hierarchy = "publish_at"
    actions = ["make_published", "make_draft"]
    readonly_fields = ("created_at", "updated_at", "created_by", "updated_by")

    @admin.display(description=_("publication"), ordering="status")
    def publication(self, obj):
        if obj.status == Publishable.Status.DRAFT:
            return _("Draft")
        if obj.is_scheduled:
            return _("Scheduled")
        return _("Published")

    @admin.display(description=_("view"))
    def preview_link(self, obj):
        label = _("View") if obj.is_public else _("Preview")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', obj.get_absolute_url(), label
        )

    @admin.action(description=_("Publish the selected items"))
    def make_published(self, request, queryset):
        self._change_each(request, queryset, "publish",
                          ngettext_lazy("%d item published.", "%d items published."))

    @admin.action(description=_("Return the selected items to draft"))
    def make_draft(self, request, queryset):
        self._change_each(request, queryset, "unpublish",
                          ngettext_lazy("%d item returned to draft.",
                                        "%d items returned to draft."))

    def _change_each(self, request, queryset, verb, message):
        """Calls `obj.publish(user)` or `obj.unpublish(user)` one item at a time, so slugs,
        redirects and the index follow, and reports how many items changed."""
        count = sum(getattr(obj, verb)(request.user) for obj in queryset)
        self.message_user(request, message % count, messages.SUCCESS)


@admin.register(Page)
class PageAdmin(TranslatedAdmin):
    list_display = ("title", "key", "updated_at", "updated_by")
    readonly_fields = ("created_at", "updated_at", "created_by", "updated_by")

    def has_delete_permission(self, request, obj=None):
        return False  # the site's fixed pages are linked from every page; edit, don't delete
