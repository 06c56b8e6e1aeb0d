"""The reader page cache: fast for anonymous readers, never stale, never shared with accounts."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import (
    DocumentFactory,
    PartnerUserFactory,
    PostFactory,
    SuperuserFactory,
)

pytestmark = pytest.mark.django_db

NEWS = "/en/news/"


def test_second_anonymous_request_is_served_from_the_cache_without_queries(client, post):
    first = client.get(NEWS)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as ctx:
        second = client.get(NEWS)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert len(ctx.captured_queries) == 0


def test_each_language_is_cached_on_its_own(client, post):
    assert client.get("/vi/tin-tuc/")["X-Page-Cache"] == "miss"
    english = client.get(NEWS)
    assert english["X-Page-Cache"] == "miss"
    assert 'lang="en"' in english.content.decode()


def test_an_edit_is_visible_on_the_next_request(client, post):
    client.get(NEWS)
    post.title_en = "Renamed after the first visit"
    post.save()
    response = client.get(NEWS)
    assert "Renamed after the first visit" in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


def test_publishing_and_deleting_show_at_once(client, post):
    draft = PostFactory(title_en="Held back for now", status="draft")
    assert "Held back for now" not in client.get(NEWS).content.decode()
    draft.status = "published"
    draft.save()
    assert "Held back for now" in client.get(NEWS).content.decode()
    draft.delete()
    assert "Held back for now" not in client.get(NEWS).content.decode()


def test_a_link_change_alone_invalidates(client, post, category):
    other = PostFactory(title_en="Linked later")
    client.get(NEWS)
    document = DocumentFactory(title_en="Attached afterwards")
    client.get(other.get_absolute_url())
    other.documents.add(document)
    assert "Attached afterwards" in client.get(other.get_absolute_url()).content.decode()


def test_a_scheduled_post_appears_at_its_time_without_any_write(client, post):
    soon = timezone.now() + timedelta(hours=1)
    PostFactory(title_en="Scheduled for later", publish_at=soon)
    assert "Scheduled for later" not in client.get(NEWS).content.decode()
    assert client.get(NEWS)["X-Page-Cache"] == "hit"
    later = soon + timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        response = client.get(NEWS)
    assert "Scheduled for later" in response.content.decode()


def test_a_signed_in_partner_is_never_served_nor_stores_a_cached_page(client, post):
    partner = PartnerUserFactory(username="undp.reader")
    client.get(NEWS)  # cached for anonymous readers
    client.force_login(partner)
    response = client.get(NEWS)
    assert "X-Page-Cache" not in response
    assert "My account" in response.content.decode()
    client.logout()
    anonymous = client.get(NEWS)
    assert anonymous["X-Page-Cache"] == "hit"
    assert "My account" not in anonymous.content.decode()


def test_staff_previews_are_never_cached(client):
    draft = PostFactory(title_en="Preview only", status="draft")
    client.force_login(SuperuserFactory())
    assert client.get(draft.get_absolute_url()).status_code == 200
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_pages_with_a_form_token_are_not_cached(client):
    first = client.get("/en/account/sign-in/")
    assert first.status_code == 200
    assert "X-Page-Cache" not in first


def test_sitemap_shows_a_new_item_at_once(client, post):
    assert client.get("/sitemap-news.xml").status_code == 200
    fresh = PostFactory(title_en="Fresh for the sitemap")
    assert fresh.slug_en in client.get("/sitemap-news.xml").content.decode()


def test_cache_can_be_turned_off(client, settings, post):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(NEWS)
    assert "X-Page-Cache" not in client.get(NEWS)
