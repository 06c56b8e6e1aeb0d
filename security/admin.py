import csv

from django.contrib import admin
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partnership_portal import access

from .models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: administrators read and export the log; nobody adds, edits or deletes rows
    here (old rows go with `manage.py purge_audit_log`)."""

    list_display = ("at", "action", "username", "address", "object_type", "object_repr",
                    "detail")
    list_filter = ("action", "at", "object_type")
    search_fields = ("username", "object_repr", "object_id", "address", "detail")
    date_hierarchy = "at"
    list_per_page = 100
    show_full_result_count = False  # no COUNT(*) over a long log on every page
    actions = ["export_csv"]

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
