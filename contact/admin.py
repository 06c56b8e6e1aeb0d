from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import ContactMessage


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    """Read-only record of what readers sent; the secretariat only ticks "handled"."""

    list_display = ("created_at", "name", "email", "organisation", "emailed_at", "handled")
    list_filter = ("handled", "language", ("emailed_at", admin.EmptyFieldListFilter))
    search_fields = ("name", "email", "organisation", "message")
    date_hierarchy = "created_at"
    readonly_fields = ("name", "email", "organisation", "message", "language", "created_at",
                       "emailed_at")
    fields = readonly_fields + ("handled",)
    actions = ["mark_handled"]

    def has_add_permission(self, request):
        return False  # messages come from readers only

    @admin.action(description=_("Mark the selected messages as handled"), permissions=["change"])
    def mark_handled(self, request, queryset):
        queryset.update(handled=True)
