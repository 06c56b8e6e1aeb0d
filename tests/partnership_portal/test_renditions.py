"""Reader-facing images are served as resized AVIF/WebP renditions with srcset and a fixed box."""

import io
import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from PIL import Image

from partnership_portal.renditions import FORMATS, rendition_name, rendition_widths
from tests.factories import EventFactory, EventPhotoFactory, PartnerOrganisationFactory, PostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # count the queries of a page really built


def photo_bytes(width, height, fmt="JPEG"):
    """A gradient with grain, so the encoded sizes resemble a real photograph's."""
    gradient = Image.linear_gradient("L").resize((width, height))
    grain = Image.effect_noise((width, height), 20)
    image = Image.merge("RGB", (gradient, grain, Image.blend(gradient, grain, 0.5)))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, quality=90)
    return buffer.getvalue()


def post_with_cover(width=1200, height=600):
    post = PostFactory(cover_alt_vi="Toàn cảnh hội nghị", cover_alt_en="The conference hall")
    post.cover.save("hall.jpg", ContentFile(photo_bytes(width, height)), save=True)
    return post


def detail_html(client, obj):
    with translation.override("en"):
        url = obj.get_absolute_url()
    return client.get(url).content.decode()


def test_cover_renders_as_picture_with_srcset_widths_and_box(client):
    post = post_with_cover()

    html = detail_html(client, post)

    figure = re.search(r'<figure class="cover">(.*?)</figure>', html, re.S).group(1)
    assert '<source type="image/webp"' in figure
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="([^"]+)"', figure)
    widths = [int(w) for w in re.findall(r" (\d+)w", webp.group(1))]
    assert widths == [400, 700, 1000, 1200]
    assert "44rem" in webp.group(2)
    img = re.search(r"<img [^>]+>", figure).group(0)
    assert 'width="1200"' in img and 'height="600"' in img
    assert 'decoding="async"' in img
    assert 'alt="The conference hall"' in img
    # The cover is near the top of the page: fetched at once, not lazily.
    assert 'loading="lazy"' not in img


def test_rendition_files_exist_smaller_than_the_original_and_are_webp(settings):
    post = post_with_cover()
    media = Path(settings.MEDIA_ROOT)
    original = (media / post.cover.name).stat().st_size

    for fmt in FORMATS:
        for width in rendition_widths("cover", 1200):
            path = media / rendition_name(post.cover.name, width, fmt)
            assert path.exists(), path
            assert path.stat().st_size < original
            with Image.open(path) as image:
                assert image.format == fmt.upper()
                assert image.size == (width, width // 2)
    assert "webp" in FORMATS


def test_renditions_are_served_as_webp(client, settings):
    post = post_with_cover(800, 600)
    name = rendition_name(post.cover.name, 400, "webp")
    # MEDIA is served by nginx in production and by the dev server in DEBUG; here, read the
    # file the URL points at.
    assert name.endswith(".webp")
    data = (Path(settings.MEDIA_ROOT) / name).read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def test_a_small_image_is_never_upscaled():
    assert rendition_widths("cover", 300) == [300]
    assert rendition_widths("cover", 800) == [400, 700, 800]
    assert rendition_widths("logo", 5000) == [120, 240, 360]


def test_event_photos_are_lazy_with_srcset_and_box(client):
    event = EventFactory()
    photo = EventPhotoFactory(event=event)

    html = detail_html(client, event)

    assert photo.image_width == 30 and photo.image_height == 20
    img = re.search(r'<img [^>]*width="30" height="20"[^>]*>', html).group(0)
    assert 'alt="Delegates in the hall"' in img
    assert 'loading="lazy"' in img and 'decoding="async"' in img
    assert re.search(r'<source type="image/webp" srcset="[^"]+\.webp 30w"', html)


def test_partner_logo_box_is_its_display_size(client):
    partner = PartnerOrganisationFactory()
    partner.logo.save("flag.png", ContentFile(photo_bytes(600, 400, "PNG")), save=True)

    html = detail_html(client, partner)

    img = re.search(r'<img [^>]*class="logo"[^>]*>', html).group(0)
    assert 'width="120" height="80"' in img
    assert re.search(r'srcset="[^"]+ 120w, [^"]+ 240w, [^"]+ 360w" sizes="120px"', html)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_images_add_no_query_per_image(client):
    """Rendition names are computed, never looked up: more photos cost no more queries."""
    event = EventFactory()
    EventPhotoFactory(event=event)
    with translation.override("en"):
        url = event.get_absolute_url()
    client.get(url)  # warm per-process caches (site, content types)
    one = count_queries(client, url)
    EventPhotoFactory.create_batch(5, event=event)
    assert count_queries(client, url) == one


def test_post_with_cover_costs_no_more_queries_than_without(client):
    plain = PostFactory()
    covered = post_with_cover(600, 300)
    urls = []
    with translation.override("en"):
        urls = [plain.get_absolute_url(), covered.get_absolute_url()]
    client.get(urls[0])
    assert count_queries(client, urls[1]) == count_queries(client, urls[0])


def test_make_renditions_fills_in_older_uploads(settings):
    from django.core.management import call_command

    post = post_with_cover(900, 450)
    media = Path(settings.MEDIA_ROOT)
    for fmt in FORMATS:
        (media / rendition_name(post.cover.name, 400, fmt)).unlink()

    call_command("make_renditions", verbosity=0)

    for fmt in FORMATS:
        assert (media / rendition_name(post.cover.name, 400, fmt)).exists()


