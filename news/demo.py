"""Demo news: the categories and bilingual posts written from the seed documents."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from documents.models import Document
from partnership_portal.slugs import slug_from_title

from .demo_data import CATEGORIES, POSTS
from .models import Category, Post

PALETTE = ["#8a1c1c", "#1f4e8c", "#2d6a4f", "#7a4e00"]
# Demo posts that carry library documents (documents/demo.py runs first).
ATTACHMENTS = {
    "quarterly-report-q3-2020": ["quarterly-report-q3-2020", "newsletter-q3-2020"],
    "legal-forum-grassroots-conciliation-2020": ["proceedings-grassroots-conciliation-forum-2020"],
}


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


def load():
    categories = {}
    for order, data in enumerate(CATEGORIES):
        fields = {k: v for k, v in data.items() if k != "key"}
        categories[data["key"]], _ = Category.objects.get_or_create(
            slug_en=data["key"],
            defaults={**fields, "slug_vi": slug_from_title(data["name_vi"]), "order": order},
        )
    tz = ZoneInfo(settings.TIME_ZONE)
    created = 0
    for index, data in enumerate(POSTS):
        if Post.objects.filter(slug_vi=slug_from_title(data["title_vi"])).exists():
            continue
        fields = {k: v for k, v in data.items() if k not in {"key", "category", "publish_at"}}
        post = Post(
            **fields,
            category=categories[data["category"]],
            status=Post.Status.PUBLISHED,
            publish_at=datetime.fromisoformat(data["publish_at"]).replace(tzinfo=tz),
        )
        if data.get("cover_alt_vi"):
            post.cover.save(f"demo-cover-{index}.jpg", cover_image(index), save=False)
        post.save()
        post.documents.set(Document.objects.filter(slug_en__in=ATTACHMENTS.get(data["key"], [])))
        created += 1
    return f"{created} news posts created, {Post.objects.count()} in all"
