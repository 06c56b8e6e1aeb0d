from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from documents.models import Document
from partnership_portal import access
from partnership_portal.admin import TranslatedAdmin

from .models import QuarterlyReport
from .outputs import render_docx, render_html, render_pdf
from .services import file_name, report_file_into_library, report_regenerate

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@admin.register(QuarterlyReport)
class QuarterlyReportAdmin(TranslatedAdmin):
    change_form_template = "admin/reports/quarterlyreport/change_form.html"
    list_display = ("__str__", "year", "quarter", "number", "snapshot_taken_at", "document")
    list_filter = ("year",)
    actions = ["regenerate_data", "file_into_library"]
    readonly_fields = ("outputs", "snapshot_taken_at", "document", "created_at", "updated_at",
                       "created_by", "updated_by")
    fieldsets = (
        (_("Period"), {"fields": ("year", "quarter"),
                       "description": _("A quarter, or leave the quarter empty for the annual "
                                        "report.")}),
        (_("Heading"), {"fields": ("agency", "number", "place", "date", "addressee",
                                   "signatory", "signatory_title")}),
        (_("Narrative"), {"fields": ("introduction", "results_summary", "limitations",
                                     "proposals", "plan_text"),
                          "description": _("Pre-filled from the data where it allows. "
                                           "Regenerating the data never changes these.")}),
        (_("Outputs"), {"fields": ("outputs", "snapshot_taken_at", "library_access",
                                   "document")}),
        (_("History"), {"fields": ("created_at", "created_by", "updated_at", "updated_by"),
                        "classes": ("collapse",)}),
    )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/preview/<str:language>/", view(self.preview_view),
                 name="reports_quarterlyreport_preview"),
            path("<int:pk>/docx/<str:language>/", view(self.docx_view),
                 name="reports_quarterlyreport_docx"),
            path("<int:pk>/pdf/<str:language>/", view(self.pdf_view),
                 name="reports_quarterlyreport_pdf"),
            *super().get_urls(),
        ]

    @admin.display(description=_("outputs"))
    def outputs(self, obj):
        if not obj or not obj.pk:
            return _("Save the report first: its data is then gathered.")
        return output_links(obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not obj.snapshot or "_regenerate" in request.POST:
            report_regenerate(obj, user=request.user)
            if change:
                messages.success(request, _("The data part was regenerated; the narrative "
                                            "was kept."))
        if "_file" in request.POST:
            self._file(request, obj)

    @admin.action(description=_("Regenerate the data of the selected reports"))
    def regenerate_data(self, request, queryset):
        for report in queryset:
            report_regenerate(report, user=request.user)
        count = len(queryset)
        self.message_user(request, ngettext(
            "Data regenerated for %d report; the narrative was kept.",
            "Data regenerated for %d reports; the narrative was kept.", count) % count,
            messages.SUCCESS)

    @admin.action(description=_("File the selected reports into the document library"),
                  permissions=["change"])
    def file_into_library(self, request, queryset):
        for report in queryset:
            self._file(request, report)

    @staticmethod
    def may_file(request):
        # A filed report is published in the library at once (to readers, if its access is
        # public): publishers of the library only, as publishing a document.
        return (request.user.has_perm("documents.add_document")
                and access.may_publish(request.user, Document))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "may_file": self.may_file(request)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _file(self, request, report):
        if not self.may_file(request):
            messages.error(request, _("Only a publisher may file a report into the document "
                                      "library: it is published there at once."))
            return
        document = report_file_into_library(report, user=request.user)
        messages.success(request, format_html(
            _("“{report}” was filed into the document library: <a href=\"{url}\">{title}</a> "
              "({access})."), report=report, title=document.title,
            url=reverse("admin:documents_document_change", args=[document.pk]),
            access=document.get_access_display()))

    def _report(self, request, pk, language):
        if language not in LANGUAGE_CODES:
            raise Http404
        report = get_object_or_404(QuarterlyReport, pk=pk)
        if not self.has_view_permission(request, report):
            raise PermissionDenied
        return report

    def preview_view(self, request, pk, language):
        report = self._report(request, pk, language)
        return HttpResponse(render_html(report, language, extra={"toolbar": output_links(
            report, back=reverse("admin:reports_quarterlyreport_change", args=[pk]))}))

    def docx_view(self, request, pk, language):
        report = self._report(request, pk, language)
        return attachment(render_docx(report, language), DOCX_TYPE,
                          file_name(report, language, "docx"))

    def pdf_view(self, request, pk, language):
        report = self._report(request, pk, language)
        return attachment(render_pdf(report, language), "application/pdf",
                          file_name(report, language, "pdf"))


def attachment(content, content_type, name):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def output_links(report, back=None):
    links = []
    if back:
        links.append((back, _("Back to the report")))
    for code, name in settings.LANGUAGES:
        for kind, label in (("preview", _("Preview")), ("docx", "DOCX"), ("pdf", "PDF")):
            url = reverse(f"admin:reports_quarterlyreport_{kind}", args=[report.pk, code])
            links.append((url, f"{label} ({name})"))
    return format_html_join(" · ", '<a href="{}">{}</a>', links)
