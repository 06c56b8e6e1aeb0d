"""Scheduled unpublishing: an item with an end date leaves every reader-facing place at that
time, by itself, with no write (pages, lists, feed, sitemap, search, the page cache)."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from news.models import Post
from partnership_portal import search
from partnership_portal.pagecache import next_scheduled_publish
from tests.factories import EventFactory, PostFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

NEWS = "/en/news/"


@pytest.fixture
def ended(category):
    return PostFactory(category=category, title_en="Call for comments (closed)",
                       unpublish_at=timezone.now() - timedelta(hours=1))


def test_an_item_past_its_end_date_is_404_to_readers(client, ended):
    assert not ended.is_public and ended.has_ended()
    assert client.get(ended.get_absolute_url()).status_code == 404
    assert "Call for comments (closed)" not in client.get(NEWS).content.decode()
    assert ended not in Post.objects.published()


def test_staff_still_preview_an_ended_item(client, ended):
    client.force_login(SuperuserFactory())
    response = client.get(ended.get_absolute_url())
    assert response.status_code == 200 and response["X-Robots-Tag"] == "noindex"


def test_ended_items_leave_the_feed_the_sitemap_and_search(client, category, ended):
    live = PostFactory(category=category, title_en="Cooperation with Laos continues")
    search.rebuild()
    feed = client.get("/en/news/feed/").content.decode()
    assert live.title_en in feed and ended.title_en not in feed
    sitemap = client.get("/sitemap-news.xml").content.decode()
    assert live.slug_en in sitemap and ended.slug_en not in sitemap
    hits = client.get("/en/search/", {"q": "comments closed"}).context["hits"]
    assert hits == [] or all("closed" not in str(hit["title"]) for hit in hits)
    assert client.get("/en/search/", {"q": "Laos continues"}).context["hits"]


def test_an_item_ending_later_disappears_at_its_time_without_any_write(client, category):
    end = timezone.now() + timedelta(hours=2)
    post = PostFactory(category=category, title_en="Open for two hours", unpublish_at=end)
    search.rebuild()
    assert "Open for two hours" in client.get(NEWS).content.decode()
    assert client.get(NEWS)["X-Page-Cache"] == "hit"
    with mock.patch("django.utils.timezone.now", return_value=end + timedelta(minutes=1)):
        assert "Open for two hours" not in client.get(NEWS).content.decode()
        assert client.get(post.get_absolute_url()).status_code == 404
        assert not client.get("/en/search/", {"q": "Open for two hours"}).context["hits"]


def test_the_page_cache_watches_the_next_end_date(category):
    now = timezone.now()
    PostFactory(category=category, publish_at=now + timedelta(days=3))
    EventFactory(unpublish_at=now + timedelta(days=1))
    PostFactory(category=category, status=Post.Status.DRAFT,
                unpublish_at=now + timedelta(hours=1))  # a draft's end date changes nothing
    assert next_scheduled_publish(now) == now + timedelta(days=1)


def test_the_end_date_must_follow_the_publish_date(category):
    now = timezone.now()
    post = PostFactory.build(category=category, publish_at=now,
                             unpublish_at=now - timedelta(days=30))
    with pytest.raises(ValidationError) as error:
        post.full_clean(exclude=["category"])
    assert "unpublish_at" in error.value.message_dict


def test_publishing_an_ended_item_again_clears_its_end_date(ended, staff):
    assert ended.publish(staff) is True
    ended.refresh_from_db()
    assert ended.unpublish_at is None and ended.is_public


def test_admin_list_shows_ended_items_as_ended(client, staff, ended):
    client.force_login(staff)
    html = client.get("/admin/news/post/").content.decode()
    assert "Đã hết hạn" in html


def test_a_report_still_names_what_was_published_then_ended(category):
    from datetime import datetime

    from reports.periods import Period
    from reports.snapshot import take_snapshot

    hanoi = timezone.get_default_timezone()
    PostFactory(category=category, title_en="Call for comments, closed since",
                publish_at=datetime(2020, 8, 1, tzinfo=hanoi),
                unpublish_at=datetime(2020, 9, 1, tzinfo=hanoi))
    news = take_snapshot(Period(2020, 3))["en"]["news"]
    assert [p["title"] for g in news for p in g["posts"]] == ["Call for comments, closed since"]
