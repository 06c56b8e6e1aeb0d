"""What the news demo data (content.yaml) cannot hold: generated cover pictures."""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

PALETTE = ["#8a1c1c", "#1f4e8c", "#2d6a4f", "#7a4e00"]


def cover_image(seed: int) -> ContentFile:
    """A plain generated picture, so demo posts show a cover without shipping photos."""
    image = Image.new("RGB", (1200, 630), PALETTE[seed % len(PALETTE)])
    draw = ImageDraw.Draw(image)
    for i in range(6):
        offset = 120 * i + 40 * (seed % 3)
        draw.ellipse((offset, 330 - i * 30, offset + 420, 750 - i * 30), outline="#ffffff", width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    return ContentFile(buffer.getvalue(), name=f"demo-cover-{seed}.jpg")


# `cover: {generate: cover, seed: 3}` in content.yaml (partnership_portal/demo_loader.py).
GENERATORS = {"cover": cover_image}
