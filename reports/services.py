"""Writes on reports: regenerate the data part, pre-fill the narrative, file into the library."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from documents.models import Document, DocumentFile, DocumentKind

from .models import QuarterlyReport
from .snapshot import take_snapshot

LIBRARY_KIND_CODE = "quarterly-report"


def _drafts(data):
    """Narrative suggestions from the data, in the active language."""
    period = data["period"]
    held = len(data["events"])
    summary = " ".join([
        ngettext("In %(period)s the Group held %(count)s event",
                 "In %(period)s the Group held %(count)s events", held)
        % {"period": period, "count": held},
        ngettext("and %(count)s delegation;", "and %(count)s delegations;",
                 len(data["delegations"])) % {"count": len(data["delegations"])},
        ngettext("%(count)s action on international agreements was recorded,",
                 "%(count)s actions on international agreements were recorded,",
                 len(data["agreements"])) % {"count": len(data["agreements"])},
        ngettext("%(count)s project or non-project aid was approved",
                 "%(count)s projects or non-project aid were approved",
                 len(data["projects"])) % {"count": len(data["projects"])},
        ngettext("and %(count)s news item was published in the column.",
                 "and %(count)s news items were published in the column.",
                 sum(len(g["posts"]) for g in data["news"]))
        % {"count": sum(len(g["posts"]) for g in data["news"])},
    ])
    rhythm = data["rhythm"]
    limitations = []
    if rhythm["empty_quarters"]:
        limitations.append(_("No thematic conference or seminar was held in quarter(s) "
                             "%(quarters)s.") % {"quarters": ", ".join(rhythm["empty_quarters"])})
    if rhythm["surveys"] > rhythm["survey_limit"]:
        limitations.append(_("%(count)s survey delegations exceed the limit of %(limit)s a "
                             "year.") % {"count": rhythm["surveys"],
                                         "limit": rhythm["survey_limit"]})
    return {
        "agency": _("MINISTRY OF JUSTICE\nINTERNATIONAL COOPERATION DEPARTMENT"),
        "place": _("Hanoi"),
        "introduction": _("The Legal Partnership Group respectfully reports on its activities "
                          "and on the Group's column of the International Legal Cooperation "
                          "website in %(period)s as follows:") % {"period": period},
        "results_summary": summary,
        "limitations": "\n".join(limitations),
        "plan_text": _("In %(period)s the Group will continue to keep the column up to date, "
                       "issue the quarterly newsletter and report on its activities.")
        % {"period": data["next_period"]},
    }


def report_regenerate(report: QuarterlyReport, *, user=None) -> QuarterlyReport:
    """Take a fresh snapshot of the period; fill only narrative fields still empty, so
    nothing the secretariat wrote is ever overwritten."""
    report.snapshot = take_snapshot(report.period)
    report.snapshot_taken_at = timezone.now()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for field, text in _drafts(report.snapshot[code]).items():
                name = f"{field}_{code}"
                if not getattr(report, name, None):
                    setattr(report, name, text)
    if user is not None:
        report.updated_by = user
    report.save()
    return report


@transaction.atomic
def report_file_into_library(report: QuarterlyReport, *, user) -> Document:
    """File the report's PDF (one file per language) into the document library, as a
    "Quarterly report" with the report's chosen access level. Filing again replaces the
    files, so the library keeps the earlier ones as versions."""
    from .outputs import render_pdf

    kind, _created = DocumentKind.objects.get_or_create(
        code=LIBRARY_KIND_CODE,
        defaults={"name_vi": "Báo cáo quý", "name_en": "Quarterly report", "order": 50},
    )
    document = report.document or Document(kind=kind, created_by=user)
    document.kind = kind
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            setattr(document, f"title_{code}", str(report.title()))
    document.issued_on = report.date or timezone.localdate()
    document.year, document.quarter = report.year, report.quarter
    document.access = report.library_access
    document.updated_by = user
    document.save()
    document.publish(user)
    for code, _name in settings.LANGUAGES:
        pdf = ContentFile(render_pdf(report, code), name=pdf_name(report, code))
        existing = document.files.filter(language=code).first()
        if existing:
            existing.file = pdf  # DocumentFile keeps the earlier file as a version
            existing.save()
        else:
            DocumentFile.objects.create(document=document, language=code, file=pdf)
    if report.document_id != document.pk:
        report.document = document
        report.save(update_fields=["document"])
    return document


def file_name(report, language, extension):
    period = f"q{report.quarter}-{report.year}" if report.quarter else str(report.year)
    return f"{_file_stem(language)}-{period}-{language}.{extension}"


def _file_stem(language):
    return "bao-cao" if language == "vi" else "report"


def pdf_name(report, language):
    return file_name(report, language, "pdf")
