from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from news.models import Post
from tests.factories import CategoryFactory, PostFactory

pytestmark = pytest.mark.django_db


def url(name, lang="vi", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def test_news_urls_use_translated_path_words():
    assert url("news:list", "vi") == "/vi/tin-tuc/"
    assert url("news:list", "en") == "/en/news/"


def test_list_shows_published_posts_newest_first(client, category):
    old = PostFactory(
        category=category, title_vi="Tin cũ", publish_at=timezone.now() - timedelta(days=9)
    )
    new = PostFactory(
        category=category, title_vi="Tin mới", publish_at=timezone.now() - timedelta(days=1)
    )
    PostFactory(category=category, title_vi="Bản nháp bí mật", status=Post.Status.DRAFT)
    PostFactory(
        category=category, title_vi="Tin hẹn giờ", publish_at=timezone.now() + timedelta(days=1)
    )
    response = client.get(url("news:list"))
    assert list(response.context["posts"]) == [new, old]
    html = response.content.decode()
    assert html.index("Tin mới") < html.index("Tin cũ")
    assert "Bản nháp bí mật" not in html and "Tin hẹn giờ" not in html


def test_list_is_paginated(client, category, settings):
    settings.PAGE_SIZE = 3
    PostFactory.create_batch(7, category=category)
    response = client.get(url("news:list"), {"page": 3})
    assert response.status_code == 200
    assert len(response.context["posts"]) == 1


@pytest.mark.parametrize(("page", "nearest"), [
    ("abc", ""), ("0", "?page=3"), ("-1", "?page=3"), ("99999", "?page=3"), ("1.5", ""),
    ("%00", ""), ("01", ""),
])
def test_bad_page_numbers_redirect_to_the_nearest_valid_page(client, category, settings, page,
                                                             nearest):
    # The address, the canonical URL and "page 3 of 3" must agree (issue 12, defect 8).
    settings.PAGE_SIZE = 2
    PostFactory.create_batch(5, category=category)
    response = client.get(url("news:list"), {"page": page})
    assert response.status_code == 302
    assert response["Location"] == url("news:list") + nearest
    assert client.get(response["Location"]).status_code == 200


def test_filter_by_category_and_year(client, category):
    other = CategoryFactory()
    when = timezone.now().replace(year=2020, month=10, day=28)
    match = PostFactory(category=category, publish_at=when)
    PostFactory(category=category, publish_at=when.replace(year=2023))
    PostFactory(category=other, publish_at=when)
    response = client.get(url("news:category", slug=category.slug_vi), {"year": "2020"})
    assert list(response.context["posts"]) == [match]
    assert response.context["years"] == [2023, 2020]


def test_category_page_in_english_uses_english_slug(client, category):
    response = client.get(url("news:category", "en", slug="group-activities"))
    assert response.status_code == 200
    assert client.get("/en/news/category/hoat-dong-cua-nhom/").status_code == 404


@pytest.mark.parametrize("year", ["20x0", "abcd", "99999", "<script>"])
def test_malformed_year_is_ignored_with_a_notice(client, category, year):
    PostFactory(category=category)
    response = client.get(url("news:list", "en"), {"year": year})
    assert response.status_code == 200
    assert response.context["year"] is None
    assert "is not a year" in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_unknown_category_and_slug_give_404(client):
    assert client.get("/vi/tin-tuc/chuyen-muc/khong-co/").status_code == 404
    assert client.get("/en/news/no-such-post/").status_code == 404


def test_detail_shows_post_with_prev_next_and_related(client, category):
    older = PostFactory(category=category, publish_at=timezone.now() - timedelta(days=5))
    post = PostFactory(category=category, publish_at=timezone.now() - timedelta(days=3))
    newer = PostFactory(category=category, publish_at=timezone.now() - timedelta(days=1))
    with translation.override("en"):
        response = client.get(post.get_absolute_url())
    assert response.status_code == 200
    assert response.context["previous_post"] == older
    assert response.context["next_post"] == newer
    assert set(response.context["related_posts"]) == {older, newer}
    assert post.title_en in response.content.decode()


def test_draft_is_hidden_from_public_but_previewable_by_staff(client, category, staff):
    draft = PostFactory(category=category, status=Post.Status.DRAFT, title_vi="Bản nháp")
    path = url("news:detail", slug=draft.slug_vi)
    assert client.get(path).status_code == 404
    client.force_login(staff)
    response = client.get(path)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert response.context["preview"] is True
    assert 'class="notice notice-preview"' in response.content.decode()


def test_scheduled_post_is_hidden_until_its_time(client, category):
    post = PostFactory(category=category, publish_at=timezone.now() + timedelta(hours=2))
    assert client.get(url("news:detail", slug=post.slug_vi)).status_code == 404


def test_old_slug_of_published_post_redirects_permanently(client, post):
    old = url("news:detail", "en", slug=post.slug_en)
    post.slug_en = "azerbaijan-programme"
    post.save()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == "/en/news/azerbaijan-programme/"


def test_english_page_of_untranslated_post_shows_vietnamese_marked_up(client, category):
    post = PostFactory(
        category=category, title_vi="Ký bản ghi nhớ với IFC", title_en="", summary_en="", body_en=""
    )
    response = client.get(url("news:detail", "en", slug=post.slug_en))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 lang="vi">Ký bản ghi nhớ với IFC</h1>' in html
    assert "English version of this page is not available yet" in html


def test_dates_are_written_in_each_languages_form(client, category):
    post = PostFactory(
        category=category, publish_at=timezone.now().replace(year=2020, month=10, day=28, hour=10)
    )
    vi = client.get(url("news:detail", "vi", slug=post.slug_vi)).content.decode()
    en = client.get(url("news:detail", "en", slug=post.slug_en)).content.decode()
    assert "28/10/2020" in vi
    assert "28 October 2020" in en


def _list_queries(client, path):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_list_query_count_does_not_grow_with_posts(client, settings):
    settings.PAGE_SIZE = 50
    categories = CategoryFactory.create_batch(4)
    for i in range(5):
        PostFactory(category=categories[i % 4])
    with_5 = _list_queries(client, "/vi/tin-tuc/")
    for i in range(45):
        PostFactory(category=categories[i % 4])
    with_50 = _list_queries(client, "/vi/tin-tuc/")
    assert with_5 == with_50, (with_5, with_50)


def test_home_shows_featured_and_latest_news(client, category):
    featured = PostFactory(category=category, featured=True, title_vi="Tin nổi bật")
    latest = PostFactory(category=category, title_vi="Tin mới nhất")
    response = client.get("/vi/")
    html = response.content.decode()
    assert "Tin nổi bật" in html and "Tin mới nhất" in html
    section = response.context["sections"][0]
    assert featured in section["featured"] and latest in section["latest"]


def test_post_page_does_not_open_the_cover_file(client, category, settings):
    import io as _io

    from django.core.files.base import ContentFile
    from PIL import Image

    buffer = _io.BytesIO()
    Image.new("RGB", (40, 20)).save(buffer, format="PNG")
    post = PostFactory(category=category, cover_alt_vi="Ảnh", cover_alt_en="Picture")
    post.cover.save("my-cover-upload.png", ContentFile(buffer.getvalue()))
    assert (post.cover_width, post.cover_height) == (40, 20)
    assert "my-cover-upload" not in post.cover.name  # stored under a random name
    post.cover.storage.delete(post.cover.name)  # file gone from disk
    response = client.get(url("news:detail", slug=post.slug_vi))
    assert response.status_code == 200 and 'width="40" height="20"' in response.content.decode()
