"""What the library demo data (content.yaml) cannot hold: the PDFs, generated small and
readable."""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont


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


def pdf(name, lines):
    return ContentFile(pdf_bytes(*lines), name=name)


# `file: {generate: pdf, name: ..., lines: [...]}` in content.yaml
# (partnership_portal/demo_loader.py).
GENERATORS = {"pdf": pdf}
