"""plain_text(): what .ics, CSV, JSON and feed titles carry."""

import pytest

from partnership_portal.richtext import plain_text, plain_text_html


@pytest.mark.parametrize(("value", "expected"), [
    ("Hội thảo <b>pháp luật</b>", "Hội thảo pháp luật"),
    ("a < b & c > d", "a < b & c > d"),
    ("Tom &amp; Jerry", "Tom &amp; Jerry"),  # typed entities stay as typed
    ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("x<script>alert(1)</script>y", "xy"),
    ("<textarea><b>x</b></textarea>", ""),
    ("<title><img src=x onerror=alert(1)></title>t", "t"),
    ("Dòng 1\nDòng 2", "Dòng 1\nDòng 2"),
    (None, ""),
])
def test_plain_text_keeps_prose_and_drops_markup(value, expected):
    assert plain_text(value) == expected


def test_plain_text_html_escapes_like_the_pages():
    assert plain_text_html("a <b> & c\n\nd") == "<p>a &lt;b&gt; &amp; c</p>\n\n<p>d</p>"


def test_text_without_a_tag_start_comes_back_as_the_parser_gives_it():
    """plain_text returns such text without asking nh3: the same as nh3's round trip."""
    import html

    import nh3

    from partnership_portal.richtext import RAW_TEXT_TAGS

    controls = "".join(chr(c) for c in range(1, 32) if chr(c) != "\r")
    for text in ["Hội thảo > tọa đàm & \"trích\" 'dẫn'", "Tom &amp; Jerry &lt;b&gt; &#60;i&#62;",
                 "a\u00a0b\u200bc 🔒 €", controls, "&", ">", "x" * 500, "Dòng 1\nDòng 2\t!"]:
        slow = html.unescape(nh3.clean(text.replace("&", "&amp;"), tags=set(),
                                       clean_content_tags=RAW_TEXT_TAGS))
        assert plain_text(text) == slow == text, repr(text)
    # CR, NUL and tags take the parser's way.
    assert plain_text("a\r\nb") == "a\nb"
    assert plain_text("a\x00b") == html.unescape(nh3.clean("a\x00b", tags=set()))
