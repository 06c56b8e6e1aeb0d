"""Demo news: the categories and bilingual posts written from the seed documents."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from cooperation.models import Agreement, Partner
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
# Demo posts linked to cooperation partners and agreements (cooperation/demo.py runs first).
PARTNER_LINKS = {
    "azerbaijan-programme-2020": ["az-moj"],
    "lao-mission-april-2025": ["la-moj"],
    "partner-profile-lao-pdr": ["la-moj", "xaynhabuli-doj"],
    "year-review-2023": ["la-moj", "cu-moj", "ar-mjhr", "sa-moj", "oecd", "world-bank"],
    "oecd-mou-programme-2022-2026": ["oecd"],
    "ifc-secured-transactions-mou-2021": ["ifc"],
    "jica-jcc-7th-meeting-2020": ["jica"],
    "legal-forum-grassroots-conciliation-2020": ["eu", "undp"],
    "foreign-judgments-database-launch-2020": ["undp", "uk-embassy"],
}
AGREEMENT_LINKS = {
    "azerbaijan-programme-2020": ["az-programme-2020-2022", "az-mou-2016"],
    "lao-mission-april-2025": ["la-programme-2025", "la-agreement-2021-2025"],
    "partner-profile-lao-pdr": ["la-agreement-2021-2025", "la-mla-civil-treaty-2023"],
    "year-review-2023": ["la-mla-civil-treaty-2023", "ar-mou-2023", "sa-mou-2023",
                         "cu-programme-2024-2025"],
    "oecd-mou-programme-2022-2026": ["oecd-mou-2022-2026"],
    "ifc-secured-transactions-mou-2021": ["ifc-mou-2021"],
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
        post.partners.set(Partner.objects.filter(slug_en__in=PARTNER_LINKS.get(data["key"], [])))
        post.agreements.set(
            Agreement.objects.filter(slug_en__in=AGREEMENT_LINKS.get(data["key"], []))
        )
        created += 1
    return f"{created} news posts created, {Post.objects.count()} in all"
