import pytest

from partnership_portal.richtext import sanitize_html
from partnership_portal.templatetags.portal import rich
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def test_script_and_event_handlers_are_removed():
    dirty = '<p onclick="steal()">Xin chào<script>alert(1)</script></p><img src=x onerror=alert(1)>'
    clean = sanitize_html(dirty)
    assert "script" not in clean and "onclick" not in clean and "onerror" not in clean
    assert "<p>Xin chào</p>" in clean


def test_javascript_links_are_dropped_and_links_get_rel():
    clean = sanitize_html('<a href="javascript:alert(1)">x</a><a href="https://moj.gov.vn">y</a>')
    assert "javascript" not in clean
    assert 'href="https://moj.gov.vn"' in clean and 'rel="noopener noreferrer"' in clean


def test_editorial_markup_survives():
    html = "<h2>Mục</h2><ul><li><strong>Một</strong></li></ul><blockquote>Trích</blockquote>"
    assert sanitize_html(html) == html


def test_body_is_sanitised_before_it_is_stored(category):
    post = PostFactory(
        category=category,
        body_vi='<p>Nội dung</p><script>alert("x")</script>',
        body_en='<p style="color:red" onmouseover="x()">Body</p>',
    )
    post.refresh_from_db()
    assert post.body_vi == "<p>Nội dung</p>"
    assert post.body_en == "<p>Body</p>"


def test_rendering_sanitises_again_values_that_bypassed_the_model():
    assert str(rich('<p>ok</p><iframe src="https://evil.example"></iframe>')) == "<p>ok</p>"
