"""The issue as a PDF (WeasyPrint), as the reports app writes its PDFs: DejaVu Serif from
Debian (fonts-dejavu-core), one file per weight with every Vietnamese letter, so the PDF's
text extracts correctly; absolute links, since a PDF has no page address."""

from django.template.loader import render_to_string
from django.utils import translation

from .mailing import absolute


def render_pdf(issue, language) -> bytes:
    from weasyprint import HTML  # heavy (Pango): loaded only when a PDF is asked for

    with translation.override(language):
        items = [(item, absolute(item.target.get_absolute_url()))
                 for item in issue.public_items()]
        html = render_to_string("newsletter/issue_pdf.html", {
            "issue": issue, "items": items, "language": language,
            "issue_url": absolute(issue.get_absolute_url())})
    return HTML(string=html).write_pdf()
