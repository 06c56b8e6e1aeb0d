from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from reversion import register as register_revisions

from partnership_portal import dates
from partnership_portal.admin import PublishableAdmin, TranslatedAdmin
from partnership_portal.audit import AuditedReadsAdminMixin, AuditedReadsInlineMixin
from partnership_portal.spreadsheets import SpreadsheetAdminMixin

from .models import (
    Agreement,
    AgreementDocument,
    AgreementLink,
    Area,
    CooperationNeed,
    Interest,
    Partner,
    Project,
    ProjectRole,
    Signature,
)
from .spreadsheets import AgreementResource, PartnerResource


@admin.register(Area)
class AreaAdmin(TranslatedAdmin):
    list_display = ("name", "slug")
    search_fields = ("name_vi", "name_en")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Partner)
class PartnerAdmin(SpreadsheetAdminMixin, PublishableAdmin):
    resource_classes = [PartnerResource]
    list_display = ("name", "short_name", "kind", "country", "publication", "preview_link")
    list_filter = ("kind", "status", "country")
    search_fields = ("name_vi", "name_en", "short_name_vi", "short_name_en")
    prepopulated_fields = {"slug": ("name",)}
    date_hierarchy = None
    fieldsets = (
        (None, {"fields": ("name", "short_name", "slug", "kind", "country", "description",
                           "logo", "website")}),
        (_("Publishing"), {"fields": ("status", "publish_at", "unpublish_at")}),
    )


class SignatureFormSet(forms.BaseInlineFormSet):
    """Signatures must be by parties of the agreement, and it cannot enter into force before
    its last signature."""

    def clean(self):
        super().clean()
        parties = {str(pk) for pk in self.data.getlist("parties")}
        dates = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            party = data.get("party")
            if party and parties and str(party.pk) not in parties:
                form.add_error("party", _("%(party)s is not one of the parties chosen above.")
                               % {"party": party})
            if data.get("date"):
                dates.append(data["date"])
        entry = self.instance.entry_into_force
        if entry and dates and entry < max(dates):
            raise ValidationError(
                _("Entry into force (%(entry)s) cannot come before the last signature "
                  "(%(signed)s).") % {"entry": entry.strftime("%d/%m/%Y"),
                                      "signed": max(dates).strftime("%d/%m/%Y")}
            )


class SignatureInline(admin.StackedInline):
    model = Signature
    formset = SignatureFormSet
    extra = 0
    autocomplete_fields = ("party",)
    fields = (("party", "method"), ("date", "date_precision"), "place", "signatory",
              "signatory_title")


class AgreementLinkInline(admin.TabularInline):
    model = AgreementLink
    fk_name = "source"
    extra = 0
    autocomplete_fields = ("target",)


class AgreementDocumentInline(admin.TabularInline):
    model = AgreementDocument
    extra = 0
    autocomplete_fields = ("document",)


@admin.register(Agreement)
class AgreementAdmin(SpreadsheetAdminMixin, PublishableAdmin):
    resource_classes = [AgreementResource]
    inlines = [SignatureInline, AgreementLinkInline, AgreementDocumentInline]
    list_display = ("title", "kind", "party_names", "concluded", "reader_state", "publication",
                    "preview_link")
    list_filter = ("kind", "nature", "level", "status", "parties__country")
    search_fields = ("title_vi", "title_en", "parties__name_vi", "parties__name_en",
                     "parties__short_name_vi", "parties__short_name_en")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("parties", "areas")
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "nature", "level", "parties", "areas",
                           "summary", "body")}),
        (_("Dates"), {
            "fields": ("entry_into_force", "effective_on_signature",
                       ("valid_from", "valid_until"), "terminated_on", "concluded_undated"),
            "description": _("The status readers see is worked out from the signatures, "
                             "these dates and the links to other agreements."),
        }),
        (_("Publishing"), {"fields": ("status", "publish_at", "unpublish_at")}),
    )

    def get_queryset(self, request):
        # A column: the list sorts by the readers' status.
        return super().get_queryset(request).with_state_column().prefetch_related("parties")

    @admin.display(description=_("parties"))
    def party_names(self, obj):
        return ", ".join(p.short_name or p.name for p in obj.parties.all())

    @admin.display(description=_("concluded"), ordering="concluded_on")
    def concluded(self, obj):
        if not obj.concluded_on:
            return "—"
        return dates.display(obj.concluded_on, obj.last_signature_precision, short=True)

    @admin.display(description=_("status for readers"), ordering="state")
    def reader_state(self, obj):
        return obj.state_label()


class ProjectRoleInline(admin.TabularInline):
    model = ProjectRole
    extra = 1
    autocomplete_fields = ("partner",)


@admin.register(Project)
class ProjectAdmin(PublishableAdmin):
    inlines = [ProjectRoleInline]
    list_display = ("title", "kind", "stage", "start", "end", "decision_number", "publication",
                    "preview_link")
    list_filter = ("kind", "stage", "status")
    search_fields = ("title_vi", "title_en", "decision_number")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("agreements", "documents")
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "stage", "summary", "body")}),
        (_("Money and time"), {"fields": (("budget", "currency"), ("start", "end"),
                                          ("decision_number", "decision_date"))}),
        (_("Links"), {"fields": ("agreements", "documents")}),
        (_("Publishing"), {"fields": ("status", "publish_at", "unpublish_at")}),
    )


class InterestInline(AuditedReadsInlineMixin, admin.TabularInline):
    model = Interest
    extra = 0
    can_delete = False
    fields = ("partner", "user", "message", "created_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


# Registered before its admin (which would follow its inlines): partners' interest messages
# are not part of the need, and restoring an earlier version must never delete them.
register_revisions(CooperationNeed)


@admin.register(CooperationNeed)
class CooperationNeedAdmin(PublishableAdmin):
    inlines = [InterestInline]
    list_display = ("title", "agency", "area", "priority", "stage", "interest_count", "publication",
                    "preview_link")
    list_filter = ("stage", "priority", "area", "status")
    search_fields = ("title_vi", "title_en", "description_vi", "description_en")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("agency",)
    list_select_related = ("agency", "area")
    fieldsets = (
        (None, {"fields": ("title", "slug", "agency", "area", "priority",
                           ("start_year", "end_year"), "stage", "description")}),
        (_("Publishing"), {"fields": ("status", "publish_at", "unpublish_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(interest_total=Count("interests"))

    @admin.display(description=_("interest"), ordering="interest_total")
    def interest_count(self, obj):
        return obj.interest_total


@admin.register(Interest)
class InterestAdmin(AuditedReadsAdminMixin, admin.ModelAdmin):
    list_display = ("need", "partner", "user", "created_at")
    list_filter = ("partner",)
    list_select_related = ("need", "partner", "user")
    readonly_fields = ("need", "partner", "user", "message", "created_at")

    def has_add_permission(self, request):
        return False
