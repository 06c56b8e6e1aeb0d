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


def test_rendered_text_follows_a_change_of_the_allowed_image_hosts(settings):
    # Rendering cleans each text once; a change of what it depends on cleans it again.
    body = '<p>x</p><img src="https://images.example/a.png" alt="a">'
    assert str(rich(body)) == "<p>x</p>"
    settings.RICHTEXT_IMAGE_HOSTS = ["images.example"]
    assert 'src="https://images.example/a.png"' in str(rich(body))
    settings.RICHTEXT_IMAGE_HOSTS = []
    assert str(rich(body)) == "<p>x</p>"


@pytest.mark.parametrize(("dirty", "clean"), [
    # A body that starts at h3 (the editor's second heading) would jump from the page's h1.
    ("<h3>Bối cảnh</h3><p>x</p><h4>Chi tiết</h4>", "<h2>Bối cảnh</h2><p>x</p><h3>Chi tiết</h3>"),
    # A pasted h1 would be a second page title; skipped levels close up.
    ("<h1>Tiêu đề</h1><h3>Mục</h3><h6>Tiểu mục</h6>", "<h2>Tiêu đề</h2><h3>Mục</h3><h4>Tiểu mục</h4>"),
    ("<h2>Một</h2><h4>Hai</h4>", "<h2>Một</h2><h3>Hai</h3>"),
    # Deeper than h4 stays h4: the editor offers three levels.
    ("<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5>", "<h2>a</h2><h3>b</h3><h4>c</h4><h4>d</h4>"),
])
def test_headings_nest_under_the_page_title(dirty, clean):
    assert sanitize_html(dirty) == clean


def test_news_page_headings_never_skip_a_level(client, category):
    import re

    from django.utils import translation

    post = PostFactory(category=category, body_vi="<p>Mở đầu</p><h3>Kết quả</h3><p>x</p>")
    with translation.override("vi"):
        html = client.get(post.get_absolute_url()).content.decode()
    main = html[html.index("<main"):html.index("</main>")]
    levels = [int(level) for level in re.findall(r"<h([1-6])\b", main)]
    assert levels[0] == 1 and "Kết quả</h2>" in main
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels
