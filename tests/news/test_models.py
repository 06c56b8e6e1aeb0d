from datetime import timedelta

import pytest
from django.contrib.redirects.models import Redirect
from django.utils import timezone, translation

from news.models import Post
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def test_slugs_are_ascii_from_each_languages_title(category):
    post = PostFactory(
        category=category,
        title_vi="Đoàn công tác làm việc tại Lào",
        title_en="Working delegation to Laos",
    )
    assert post.slug_vi == "doan-cong-tac-lam-viec-tai-lao"
    assert post.slug_en == "working-delegation-to-laos"


def test_english_slug_comes_from_vietnamese_title_when_no_english_title(category):
    post = PostFactory(category=category, title_vi="Hợp tác với Cu-ba", title_en="")
    assert post.slug_en == "hop-tac-voi-cu-ba"


def test_same_title_gets_a_distinct_slug(category):
    first = PostFactory(category=category, title_vi="Hội thảo", title_en="Workshop")
    second = PostFactory(category=category, title_vi="Hội thảo", title_en="Workshop")
    assert first.slug_vi == "hoi-thao" and second.slug_vi == "hoi-thao-2"
    assert first.slug_en == "workshop" and second.slug_en == "workshop-2"


def test_slug_stays_when_title_is_edited(post):
    slug = post.slug_vi
    post.title_vi = "Tiêu đề mới hoàn toàn"
    post.save()
    post.refresh_from_db()
    assert post.slug_vi == slug


def test_saving_under_english_keeps_both_slugs_unique(category):
    # The untranslated column follows the active language; it must not clash across languages.
    with translation.override("en"):
        PostFactory(category=category, title_vi="Một", title_en="shared")
    PostFactory(category=category, title_vi="shared", title_en="Two")
    assert Post.objects.count() == 2


def test_published_excludes_drafts_and_future_posts(category):
    live = PostFactory(category=category)
    PostFactory(category=category, status=Post.Status.DRAFT)
    scheduled = PostFactory(category=category, publish_at=timezone.now() + timedelta(hours=1))
    assert list(Post.objects.published()) == [live]
    assert scheduled.is_scheduled and not scheduled.is_public


def test_scheduled_post_appears_by_itself_when_its_time_comes(category):
    scheduled = PostFactory(category=category, publish_at=timezone.now() + timedelta(minutes=5))
    assert scheduled not in Post.objects.published()
    scheduled.publish_at = timezone.now() - timedelta(seconds=1)  # time passing, no other edit
    Post.objects.filter(pk=scheduled.pk).update(publish_at=scheduled.publish_at)
    assert scheduled in Post.objects.published()


def test_changing_a_published_slug_records_a_redirect_per_language(post):
    with translation.override("vi"):
        old_vi = post.get_absolute_url()
    post.slug_vi = "azerbaijan-moi"
    post.save()
    with translation.override("vi"):
        new_vi = post.get_absolute_url()
    assert Redirect.objects.get(old_path=old_vi).new_path == new_vi
    assert not Redirect.objects.filter(old_path__startswith="/en/").exists()


def test_slug_changed_twice_redirects_the_first_url_to_the_latest(post):
    with translation.override("en"):
        first = post.get_absolute_url()
        post.slug_en = "second"
        post.save()
        post.slug_en = "third"
        post.save()
        latest = post.get_absolute_url()
    assert Redirect.objects.get(old_path=first).new_path == latest


def test_draft_slug_change_needs_no_redirect(category):
    draft = PostFactory(category=category, status=Post.Status.DRAFT)
    draft.slug_vi = "ban-nhap-moi"
    draft.save()
    assert Redirect.objects.count() == 0


def test_prev_next_and_related_follow_publish_dates(category):
    older, middle, newer = (
        PostFactory(category=category, publish_at=timezone.now() - timedelta(days=d))
        for d in (30, 20, 10)
    )
    PostFactory(
        category=category, status=Post.Status.DRAFT, publish_at=timezone.now() - timedelta(days=15)
    )
    assert middle.previous_post() == older
    assert middle.next_post() == newer
    assert set(middle.related_posts()) == {older, newer}
