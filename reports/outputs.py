"""The report written out: HTML (the admin's print-ready preview, and the PDF's source), DOCX
(python-docx) and PDF (WeasyPrint), each in the language asked for.

The heading follows the Ministry's layout for administrative documents (Decree
30/2020/NĐ-CP): agency and number on the left, national motto, place and date on the right.
"""

import io

from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import outline

FONT_FILE = "fonts/be-vietnam-pro-vietnamese-400-normal.woff2"
SCREEN_FONT = '"Be Vietnam Pro","DejaVu Sans",sans-serif'
PDF_FONT = '"DejaVu Serif",serif'  # see templates/reports/report.html


def heading(report):
    """The heading's texts in the active language."""
    language = translation.get_language()
    place = report.place or _("Hanoi")
    if report.date and language == "vi":
        # The Vietnamese administrative form ("Hà Nội, ngày 05 tháng 10 năm 2020").
        dated = f"{place}, ngày {report.date:%d} tháng {report.date:%m} năm {report.date.year}"
    elif report.date:
        dated = f"{place}, {date_format(report.date, 'DATE_FORMAT')}"
    elif language == "vi":
        dated = f"{place}, ngày … tháng … năm {report.year}"
    else:
        dated = f"{place}, … {report.year}"
    return {
        "agency": [line for line in (report.agency or "").splitlines() if line.strip()],
        "number": _("No.: %(number)s") % {"number": report.number or "……"},
        "motto_country": _("SOCIALIST REPUBLIC OF VIET NAM"),
        "motto": _("Independence - Freedom - Happiness"),
        "dated": dated,
        "kind": _("REPORT"),
        "title": _("Activities of the Legal Partnership Group and of its column on the "
                   "International Legal Cooperation website, %(period)s")
        % {"period": report.period.label()},
        "addressee": _("To: %(addressee)s") % {"addressee": report.addressee}
        if report.addressee else "",
        "signatory_title": report.signatory_title,
        "signatory": report.signatory,
    }


def context(report, language, *, for_pdf=False):
    with translation.override(language):
        return {
            "report": report, "language": language, "head": heading(report),
            "blocks": outline.build(report), "for_pdf": for_pdf,
            "font_base": static(FONT_FILE).rsplit("/", 1)[0] + "/",
            "font_family": PDF_FONT if for_pdf else SCREEN_FONT,
        }


def render_html(report, language, *, for_pdf=False, extra=None):
    with translation.override(language):
        return render_to_string("reports/report.html",
                                {**context(report, language, for_pdf=for_pdf), **(extra or {})})


def render_pdf(report, language) -> bytes:
    from weasyprint import HTML  # heavy (Pango): loaded only when a PDF is asked for

    return HTML(string=render_html(report, language, for_pdf=True)).write_pdf()


def render_docx(report, language) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    with translation.override(language):
        head = heading(report)
        blocks = outline.build(report)

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)  # A4
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(13)

    def line(cell_or_doc, text, *, bold=False, italic=False, center=True, size=None):
        paragraph = cell_or_doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        return paragraph

    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.width, right.width = Cm(6.5), Cm(9.5)
    left.paragraphs[0].text = ""
    right.paragraphs[0].text = ""
    for number, text in enumerate(head["agency"]):
        line(left, text, bold=number > 0, size=12)
    line(left, head["number"], size=13)
    line(right, head["motto_country"], bold=True, size=12)
    line(right, head["motto"], bold=True, size=13)
    line(right, head["dated"], italic=True, size=13)

    doc.add_paragraph()
    line(doc, head["kind"], bold=True, size=14)
    line(doc, head["title"], bold=True)
    if head["addressee"]:
        doc.add_paragraph()
        line(doc, head["addressee"])
    doc.add_paragraph()

    for block in blocks:
        if block["type"] == "heading":
            paragraph = doc.add_paragraph()
            paragraph.add_run(block["text"]).bold = True
            if block["level"] == 3:
                paragraph.runs[0].italic = True
        elif block["type"] == "para":
            paragraph = doc.add_paragraph()
            paragraph.add_run(block["text"]).bold = bool(block.get("strong"))
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            for item in block["items"]:
                doc.add_paragraph(item, style="List Bullet")

    if head["signatory_title"] or head["signatory"]:
        doc.add_paragraph()
        sign = doc.add_table(rows=1, cols=2).rows[0].cells[1]
        sign.paragraphs[0].text = ""
        line(sign, head["signatory_title"].upper(), bold=True)
        for _blank in range(3):
            line(sign, "")
        line(sign, head["signatory"], bold=True)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
