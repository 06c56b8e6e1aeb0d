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
