"""The issue's "done when", on the demo data: the Q III/2020 draft and its DOCX and PDF."""

import io
import shutil
import subprocess
import unicodedata

import pytest
from docx import Document as Docx
from pypdf import PdfReader

from reports.outputs import render_docx, render_html, render_pdf

pytestmark = pytest.mark.django_db


def docx_text(content):
    doc = Docx(io.BytesIO(content))
    cells = [p.text for table in doc.tables for cell in table._cells for p in cell.paragraphs]
    return "\n".join(cells + [p.text for p in doc.paragraphs])


def test_q3_2020_draft_names_the_conciliation_forum_and_lists_the_quarters_news(demo_q3_2020):
    english = render_html(demo_q3_2020, "en")
    assert "Improving the effectiveness of grassroots conciliation" in english
    assert "Chaired by: Nguyễn Thanh Tịnh (Deputy Minister of Justice)" in english
    assert "Delegates: 170" in english
    assert ("Co-organised with: Delegation of the European Union to Viet Nam; United Nations "
            "Development Programme") in english
    assert "Strengthening Law and Justice in Viet Nam (EU JULE)" in english
    # Section II: the quarter's news, by category, with dates; nothing from other quarters.
    assert "11 September 2020: Legal forum looks for ways to make grassroots conciliation" in english
    assert "25 September 2020: Database on recognising and enforcing foreign judgments" in english
    assert "2021" not in english.split("II. News published")[1].split("III. Plan")[0]
    # Non-project aid with decision and donor (seed 004's footnote 2).
    assert "Decision 1855/QĐ-BTP of 3 September 2020" in english
    # III: the next quarter's planned discussion session on violence against children.
    assert "violence against children" in english.split("III. Plan for Q IV/2020")[1]

    vietnamese = render_html(demo_q3_2020, "vi")
    assert "Nâng cao hiệu quả hoạt động hòa giải ở cơ sở" in vietnamese
    assert "Thứ trưởng Bộ Tư pháp" in vietnamese
    assert "Quý III/2020" in vietnamese


def test_docx_opens_and_carries_the_ministry_heading(demo_q3_2020):
    text = docx_text(render_docx(demo_q3_2020, "vi"))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "Số: 45/BC-HTQT" in text
    assert "Kính gửi: Thứ trưởng Nguyễn Khánh Ngọc" in text
    assert "Nâng cao hiệu quả hoạt động hòa giải ở cơ sở" in text

    english = docx_text(render_docx(demo_q3_2020, "en"))
    assert "SOCIALIST REPUBLIC OF VIET NAM" in english
    assert "Improving the effectiveness of grassroots conciliation" in english


def test_pdf_text_keeps_vietnamese_diacritics(demo_q3_2020):
    reader = PdfReader(io.BytesIO(render_pdf(demo_q3_2020, "vi")))
    text = unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))
    text = " ".join(text.split())  # line breaks and justified spacing are layout, not text
    assert "Nhóm quan hệ đối tác pháp luật" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    fonts = {str(page["/Resources"]["/Font"][name].get_object()["/BaseFont"])
             for page in reader.pages for name in page["/Resources"]["/Font"]}
    assert any("DejaVu-Serif" in font for font in fonts)  # the font is embedded

    english = PdfReader(io.BytesIO(render_pdf(demo_q3_2020, "en")))
    assert "Legal Partnership Group" in english.pages[0].extract_text()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_docx_converts_to_pdf_with_libreoffice(demo_q3_2020, tmp_path):
    source = tmp_path / "report.docx"
    source.write_bytes(render_docx(demo_q3_2020, "vi"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(source)], check=True, timeout=120, capture_output=True)
    assert (tmp_path / "report.pdf").stat().st_size > 0
