import xml.etree.ElementTree as ET

import pytest

from news.models import Post
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_sitemap_lists_both_languages_with_alternates(client, category):
    post = PostFactory(category=category, title_vi="Tin hợp tác", title_en="Cooperation news")
    PostFactory(category=category, status=Post.Status.DRAFT, title_vi="Nháp", title_en="Draft")
    root = ET.fromstring(client.get("/sitemap-news.xml").content)
    locs = [u.findtext(f"{SM}loc") for u in root.iter(f"{SM}url")]
    assert f"http://example.com/vi/tin-tuc/{post.slug_vi}/" in locs
    assert f"http://example.com/en/news/{post.slug_en}/" in locs
    assert not any("nhap" in loc or "draft" in loc for loc in locs)
    entry = next(
        u for u in root.iter(f"{SM}url") if u.findtext(f"{SM}loc").endswith(post.slug_en + "/")
    )
    langs = {link.get("hreflang"): link.get("href") for link in entry.iter(f"{XHTML}link")}
    assert langs["vi"].endswith(f"/vi/tin-tuc/{post.slug_vi}/")
    # Django's sitemap x-default would be the unprefixed path, which this site doesn't serve.
    assert set(langs) == {"vi", "en"}
