from django.contrib import admin
from django.db.models import Count
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from reversion import register as register_revisions

from partnership_portal.admin import PublishableAdmin, TranslatedAdmin

from .models import Document, DocumentFile, DocumentKind, FileVersion

# A document's revision holds its files' rows and their earlier versions (names, sizes,
# hashes), so a recovered document gets every file row back (files from the quarantine).
register_revisions(FileVersion)
register_revisions(DocumentFile, follow=("versions",))


@admin.register(DocumentKind)
class DocumentKindAdmin(TranslatedAdmin):
    list_display = ("name", "code", "order")
    list_editable = ("order",)
    search_fields = ("name_vi", "name_en", "code")

    def get_readonly_fields(self, request, obj=None):
        # The site finds the newsletter and quarterly-report series by code.
        return ("code",) if obj else ()


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    extra = 1
    fields = ("language", "file", "original_name", "file_size", "download_count", "history")
    readonly_fields = ("original_name", "file_size", "download_count", "history")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("versions")

    @admin.display(description=_("size"))
    def file_size(self, obj):
        return filesizeformat(obj.size) if obj.pk else "—"

    @admin.display(description=_("earlier versions"))
    def history(self, obj):
        if not obj.pk:
            return "—"
        versions = obj.versions.all()
        if not versions:
            return "—"
        return format_html_join(
            format_html("<br>"),
            '<a href="{}">{}</a> ({})',
            (
                (v.get_absolute_url(), v.original_name, v.replaced_at.strftime("%d/%m/%Y %H:%M"))
                for v in versions
            ),
        )


@admin.register(Document)
class DocumentAdmin(PublishableAdmin):
    inlines = [DocumentFileInline]
    list_display = (
        "title",
        "kind",
        "period",
        "access",
        "publication",
        "file_count",
        "preview_link",
    )
    list_filter = ("access", "kind", "year", "status")
    list_select_related = ("kind",)
    search_fields = ("title_vi", "title_en", "description_vi", "description_en")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "description")}),
        (_("Classification"), {"fields": ("kind", "issued_on", "year", "quarter", "access")}),
        (_("Publishing"), {"fields": ("status", "publish_at")}),
        (
            _("History"),
            {
                "classes": ("collapse",),
                "fields": ("created_at", "created_by", "updated_at", "updated_by"),
            },
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(files_total=Count("files"))

    @admin.display(description=_("period"), ordering="year")
    def period(self, obj):
        return obj.period_label

    @admin.display(description=_("files"), ordering="files_total")
    def file_count(self, obj):
        return obj.files_total
