"""Pictures in rich text come only from the site's own media (or RICHTEXT_IMAGE_HOSTS):
a third-party <img> would let another server watch who reads what."""

import pytest

from partnership_portal.richtext import sanitize_html
from partnership_portal.templatetags.portal import rich
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("src", [
    "https://tracker.example/pixel.gif",
    "http://tracker.example/media/editor/a.png",
    "//tracker.example/media/editor/a.png",
    "media/editor/a.png",
    "/static/img/logo.svg",
    "data:image/png;base64,iVBORw0KGgo=",
])
def test_images_from_elsewhere_are_dropped(src):
    assert sanitize_html(f'<p>Ảnh<img src="{src}" alt="x"></p>') == "<p>Ảnh</p>"


def test_images_from_the_sites_media_are_kept():
    html = '<p><img src="/media/editor/2020/10/anh.png" alt="Hội thảo" width="600"></p>'
    assert sanitize_html(html) == html


def test_hosts_allowed_in_settings_are_kept(settings):
    settings.RICHTEXT_IMAGE_HOSTS = ["images.moj.gov.vn"]
    kept = '<img src="https://images.moj.gov.vn/a.png" alt="a">'
    assert sanitize_html(kept) == kept
    assert sanitize_html('<img src="https://images.moj.gov.vn.evil.example/a.png">') == ""


def test_absolute_media_url_is_the_sites_own(settings):
    settings.MEDIA_URL = "https://cdn.moj.gov.vn/media/"
    kept = '<img src="https://cdn.moj.gov.vn/media/editor/a.png">'
    assert sanitize_html(kept) == kept


def test_third_party_images_are_dropped_on_save(category):
    post = PostFactory(category=category,
                       body_vi='<p>Nội dung</p><img src="https://tracker.example/p.gif">')
    post.refresh_from_db()
    assert post.body_vi == "<p>Nội dung</p>"


def test_third_party_images_are_dropped_on_render():
    stored = '<p>ok</p><img src="https://tracker.example/p.gif"><img src="/media/a.png">'
    assert str(rich(stored)) == '<p>ok</p><img src="/media/a.png">'


def test_an_image_without_a_source_is_dropped_but_text_around_it_stays():
    assert sanitize_html('<p>a<img alt="b>c">d</p>') == "<p>ad</p>"
