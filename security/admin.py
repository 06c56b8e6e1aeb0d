import csv

from django.apps import apps
from django.contrib import admin
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from partnership_portal import access

from .models import AuditEvent


class ObjectTypeFilter(admin.SimpleListFilter):
    """The audited object's type by its name in the admin's language (rows store the model
    label, e.g. "auth.user", so the log stays readable whichever language wrote it)."""

    title = _("object type")
    parameter_name = "object_type"

    def lookups(self, request, model_admin):
        labels = AuditEvent.objects.exclude(object_type="").values_list(
            "object_type", flat=True).distinct().order_by("object_type")
        return [(label, _model_name(label)) for label in labels]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(object_type=self.value())
        return queryset


def _model_name(label):
    try:
        return capfirst(apps.get_model(label)._meta.verbose_name)
    except (LookupError, ValueError):
        return label


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: administrators read and export the log; nobody adds, edits or deletes rows
    here (old rows go with `manage.py purge_audit_log`)."""

    list_display = ("at", "action", "username", "address", "object_kind", "object_repr",
                    "detail")
    list_filter = ("action", "at", ObjectTypeFilter)
    # The type by its name in the admin's language, not the stored label ("auth.user").
    exclude = ("object_type",)
    readonly_fields = ("object_kind",)
    search_fields = ("username", "object_repr", "object_id", "address", "detail")
    date_hierarchy = "at"
    list_per_page = 100
    show_full_result_count = False  # no COUNT(*) over a long log on every page
    actions = ["export_csv"]

    @admin.display(description=_("object type"), ordering="object_type")
    def object_kind(self, event):
        return _model_name(event.object_type) if event.object_type else ""

    def has_module_permission(self, request):
        return access.may_read_audit_log(request.user)

    def has_view_permission(self, request, obj=None):
        return access.may_read_audit_log(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Export the selected entries (CSV)"))
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="audit-log-{stamp}.csv"'
        response.write("\ufeff")  # BOM: Excel then reads the Vietnamese text as UTF-8
        writer = csv.writer(response)
        writer.writerow(["time", "action", "user", "address", "object type", "object id",
                         "object", "detail"])
        for event in queryset.order_by("at", "pk").iterator():
            writer.writerow([timezone.localtime(event.at).isoformat(), event.action,
                             _csv_safe(event.username), event.address or "", event.object_type,
                             event.object_id, _csv_safe(event.object_repr),
                             _csv_safe(event.detail)])
        return response


def _csv_safe(text):
    """No formula injection when the file is opened in a spreadsheet."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


# django-otp's own device admins label their fields in English only (no gettext) and show
# secrets; administrators need just to see who has which device and remove a lost one.
class TwoStepDeviceAdmin(admin.ModelAdmin):
    list_display = ("owner", "device_name", "is_confirmed", "created", "last_used")
    list_select_related = ("user",)
    search_fields = ("user__username", "user__email", "name")
    fields = ("owner", "device_name", "is_confirmed", "created", "last_used")
    readonly_fields = fields

    def has_module_permission(self, request):
        return access.is_administrator(request.user)

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_delete_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False  # a device is set up by its owner, on the two-step set-up page

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("user"), ordering="user__username")
    def owner(self, device):
        return device.user

    @admin.display(description=_("device name"), ordering="name")
    def device_name(self, device):
        return device.name

    @admin.display(description=_("confirmed"), boolean=True, ordering="confirmed")
    def is_confirmed(self, device):
        return device.confirmed

    @admin.display(description=_("created"), ordering="created_at")
    def created(self, device):
        return device.created_at or self.get_empty_value_display()

    @admin.display(description=_("last used"), ordering="last_used_at")
    def last_used(self, device):
        return device.last_used_at or self.get_empty_value_display()


for _device_model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_device_model):
        admin.site.unregister(_device_model)
    admin.site.register(_device_model, TwoStepDeviceAdmin)
