"""Demo library: kinds, the 2020 newsletters and Q III report, forum proceedings for partners,
and one secretariat-only document. The PDFs are generated, small and readable."""

import io
from datetime import date

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from .models import Access, Document, DocumentFile, DocumentKind

KINDS = [
    ("proceedings", "Kỷ yếu", "Proceedings"),
    ("newsletter", "Bản tin", "Newsletter"),
    ("quarterly-report", "Báo cáo quý", "Quarterly report"),
    ("annual-report", "Báo cáo năm", "Annual report"),
    ("agreement-text", "Văn bản điều ước, thỏa thuận", "Agreement text"),
    ("presentation", "Bài trình bày", "Presentation"),
    ("study", "Nghiên cứu chuyên đề", "Study"),
    ("handbook", "Sổ tay", "Handbook"),
    ("other", "Tài liệu khác", "Other"),
]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def pdf_bytes(*lines):
    """A one-page PDF drawn with Pillow (ASCII text: Pillow's built-in font)."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1240, 180), fill="#8a1c1c")
    font = ImageFont.load_default(size=44)
    small = ImageFont.load_default(size=32)
    draw.text((80, 60), "Legal Partnership Group", fill="white", font=font)
    for index, line in enumerate(lines):
        draw.text((80, 260 + index * 70), line, fill="#1d232b", font=font if index == 0 else small)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


def _document(slug_en, files, **fields):
    if Document.objects.filter(slug_en=slug_en).exists():
        return None
    document = Document.objects.create(slug_en=slug_en, status=Document.Status.PUBLISHED,
                                       **fields)
    for language, name, lines in files:
        DocumentFile.objects.create(
            document=document, language=language, file=ContentFile(pdf_bytes(*lines), name=name)
        )
    return document


def load():
    kinds = {}
    for order, (code, vi, en) in enumerate(KINDS):
        kinds[code], _ = DocumentKind.objects.get_or_create(
            code=code, defaults={"name_vi": vi, "name_en": en, "order": order}
        )
    created = []
    for quarter in (1, 2, 3, 4):
        q = ROMAN[quarter]
        created.append(_document(
            f"newsletter-q{quarter}-2020",
            [("vi", f"Bản tin quý {q}-2020.pdf", [f"Ban tin quy {q}/2020", "Newsletter"]),
             ("en", f"Newsletter Q{quarter}-2020.pdf", [f"Newsletter Q {q}/2020"])],
            title_vi=f"Bản tin Nhóm quan hệ đối tác pháp luật quý {q}/2020",
            title_en=f"Legal Partnership Group newsletter, Q {q}/2020",
            description_vi=f"Bản tin quý {q} năm 2020: các hoạt động của Nhóm, kết quả hợp tác "
                           "và lịch sự kiện sắp tới.",
            description_en=f"The Group's newsletter for quarter {q} of 2020: activities, "
                           "cooperation results and upcoming events.",
            kind=kinds["newsletter"], issued_on=date(2020, quarter * 3, 28),
            year=2020, quarter=quarter, access=Access.PUBLIC,
        ))
    created.append(_document(
        "quarterly-report-q3-2020",
        [("vi", "Báo cáo quý III-2020 Nhóm đối tác pháp luật.pdf",
          ["Bao cao quy III/2020", "Nhom quan he doi tac phap luat"]),
         ("en", "Quarterly report Q3-2020.pdf", ["Quarterly report Q III/2020",
                                                 "Forum held, column maintained, Q IV plan"])],
        title_vi="Báo cáo quý III/2020 của Nhóm quan hệ đối tác pháp luật",
        title_en="Quarterly report of the Legal Partnership Group, Q III/2020",
        description_vi="Báo cáo gửi Lãnh đạo Bộ về kết quả hoạt động quý III/2020 (diễn đàn về "
                       "hòa giải ở cơ sở, các hội thảo với UNDP, UNICEF, JICA) và kế hoạch quý IV.",
        description_en="Report to the Ministry's leadership on the third quarter of 2020 (the "
                       "grassroots conciliation forum, workshops with UNDP, UNICEF and JICA) and "
                       "the plan for the fourth quarter.",
        kind=kinds["quarterly-report"], issued_on=date(2020, 10, 12), year=2020, quarter=3,
        access=Access.PUBLIC,
    ))
    created.append(_document(
        "proceedings-grassroots-conciliation-forum-2020",
        [("vi", "Kỷ yếu Diễn đàn hòa giải ở cơ sở 2020.pdf",
          ["Ky yeu Dien dan phap luat 2020", "Hoa giai o co so"])],
        title_vi="Kỷ yếu Diễn đàn pháp luật “Nâng cao hiệu quả công tác hòa giải ở cơ sở”",
        title_en="Proceedings of the legal forum on the effectiveness of grassroots conciliation",
        description_vi="Tham luận và kết luận của diễn đàn năm 2020 do Thứ trưởng Nguyễn Thanh "
                       "Tịnh chủ trì, với hơn 170 đại biểu; chia sẻ với các đối tác.",
        description_en="Papers and conclusions of the 2020 forum chaired by Deputy Minister "
                       "Nguyễn Thanh Tịnh with more than 170 delegates; shared with partners.",
        kind=kinds["proceedings"], issued_on=date(2020, 10, 30), year=2020,
        access=Access.PARTNERS,
    ))
    created.append(_document(
        "internal-plan-legal-partnership-forum-2021",
        [("vi", "Dự thảo kế hoạch Diễn đàn 2021 (nội bộ).pdf",
          ["Du thao ke hoach Dien dan 2021", "Noi bo - To thu ky"])],
        title_vi="Dự thảo kế hoạch tổ chức Diễn đàn đối tác pháp luật năm 2021 (nội bộ)",
        title_en="Draft plan for the 2021 Legal Partnership Forum (internal)",
        description_vi="Tài liệu làm việc của Tổ thư ký.",
        description_en="Working paper of the Secretariat.",
        kind=kinds["other"], issued_on=date(2020, 11, 20), year=2020,
        access=Access.SECRETARIAT,
    ))
    made = len([d for d in created if d])
    return f"{made} documents created, {Document.objects.count()} in all"
