"""Publishable.publish()/unpublish() and the admin actions that go through them."""

from datetime import timedelta

import pytest
from django.contrib import admin
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from news.models import Post
from partnership_portal.admin import PublishableAdmin
from partnership_portal.models import Publishable, SearchEntry
from tests.factories import (
    AgreementFactory,
    DocumentFactory,
    EventFactory,
    PartnerOrganisationFactory,
    PostFactory,
)

pytestmark = pytest.mark.django_db


def test_publish_makes_a_draft_public_and_records_who(category, staff):
    post = PostFactory(category=category, status=Post.Status.DRAFT)
    assert post.publish(staff) is True
    post.refresh_from_db()
    assert post.is_public and post.updated_by == staff


def test_publish_at_a_future_date_schedules_the_item(category, staff):
    post = PostFactory(category=category, status=Post.Status.DRAFT)
    later = timezone.now() + timedelta(days=3)
    post.publish(staff, at=later)
    post.refresh_from_db()
    assert post.is_scheduled and post.publish_at == later


def test_publishing_a_published_item_changes_nothing(category, staff):
    post = PostFactory(category=category)
    assert post.publish(staff) is False
    post.refresh_from_db()
    assert post.updated_by is None


def test_publish_saves_through_save_so_blank_slugs_are_filled(category, staff):
    post = PostFactory(category=category, status=Post.Status.DRAFT)
    Post.objects.filter(pk=post.pk).update(slug_en="", slug_vi="")
    post.refresh_from_db()
    post.publish(staff)
    post.refresh_from_db()
    assert post.slug_en.startswith("legal-cooperation-with-laos") and post.slug_vi


def test_unpublish_returns_to_draft_and_drops_the_item_from_search(
        category, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post = PostFactory(category=category)
    listed = SearchEntry.objects.filter(source="news", object_id=post.pk,
                                        public_from__isnull=False)
    assert listed.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert post.unpublish(staff) is True
    post.refresh_from_db()
    assert post.status == Post.Status.DRAFT and post.updated_by == staff
    assert not listed.exists()
    assert post.unpublish(staff) is False


def test_every_publishable_admin_has_the_shared_publish_actions():
    publishable = [(model, model_admin) for model, model_admin in admin.site._registry.items()
                   if issubclass(model, Publishable)]
    assert len(publishable) >= 7
    for model, model_admin in publishable:
        assert isinstance(model_admin, PublishableAdmin), model
        assert {"make_published", "make_draft"} <= set(model_admin.get_actions(_request())), model


def _request():
    from django.test import RequestFactory

    from tests.factories import SuperuserFactory

    request = RequestFactory().get("/")
    request.user = SuperuserFactory(is_superuser=True)
    return request


@pytest.mark.parametrize("factory", [PostFactory, EventFactory, AgreementFactory,
                                     DocumentFactory, PartnerOrganisationFactory])
def test_publish_action_goes_through_publish_and_says_how_many(
        admin_client, admin_user, monkeypatch, factory):
    drafts = [factory(status="draft"), factory(status="draft")]
    published = factory()
    model = type(published)
    calls = []
    original = Publishable.publish

    def spy(self, user, at=None):
        calls.append((self.pk, user))
        return original(self, user, at)

    monkeypatch.setattr(Publishable, "publish", spy)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = admin_client.post(url, {"action": "make_published", "_selected_action": [
        obj.pk for obj in [*drafts, published]]}, HTTP_ACCEPT_LANGUAGE="en")
    assert sorted(calls) == sorted((obj.pk, admin_user) for obj in [*drafts, published])
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["2 items published."]
    assert all(obj.is_public for obj in model.objects.filter(pk__in=[d.pk for d in drafts]))


def test_draft_action_goes_through_unpublish_and_says_how_many(
        admin_client, admin_user, category, monkeypatch):
    posts = [PostFactory(category=category), PostFactory(category=category, status="draft")]
    calls = []
    original = Publishable.unpublish

    def spy(self, user):
        calls.append(self.pk)
        return original(self, user)

    monkeypatch.setattr(Publishable, "unpublish", spy)
    response = admin_client.post(reverse("admin:news_post_changelist"), {
        "action": "make_draft", "_selected_action": [p.pk for p in posts]}, HTTP_ACCEPT_LANGUAGE="en")
    assert sorted(calls) == sorted(p.pk for p in posts)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "1 item returned to draft."]
    assert Post.objects.get(pk=posts[0].pk).updated_by == admin_user
