import xml.etree.ElementTree as ET

import pytest

from news.models import Post
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_per_language_lists_published_posts(client, category):
    PostFactory(category=category, title_vi="Tin tiếng Việt", title_en="English news")
    PostFactory(category=category, title_vi="Bản nháp", status=Post.Status.DRAFT)
    for path, title in (("/vi/tin-tuc/rss/", "Tin tiếng Việt"), ("/en/news/feed/", "English news")):
        response = client.get(path)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/atom+xml")
        root = ET.fromstring(response.content)
        titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
        assert titles == [title]
        link = root.find(f"{ATOM}entry/{ATOM}link").get("href")
        # Absolute links use the Site record's domain (set in the admin for production).
        assert link.startswith("http://example.com/" + path[1:3] + "/")
