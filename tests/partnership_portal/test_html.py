"""The project's format_html gives exactly what Django's gives, escaping included."""

import datetime
from decimal import Decimal

import pytest
from django.utils import html as django_html
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

from partnership_portal.html import escape_value, format_html


class HasHtml:
    """Not a string, but says how it renders (as markupsafe's Markup does)."""

    def __html__(self):
        return "<b>own</b>"


VALUES = [
    "plain", "", "<script>alert('x')</script>", 'say "hi" & <bye>', "Đà Nẵng — « »",
    "&amp; already &lt;escaped&gt; \"quoted\" 'once'",
    mark_safe("<em>kept</em>"), SafeString("a &amp; b"), gettext_lazy("Agreements register"),
    gettext_lazy("Table: %(caption)s"), 0, 42, -1.5, Decimal("3.10"), None, True,
    datetime.date(2020, 12, 1), HasHtml(), ["<li>"], {"k": "<v>"},
]


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_each_value_is_escaped_as_django_escapes_it(value, language):
    with translation.override(language):
        ours = format_html('<a title="{}">{}</a>', value, value)
        theirs = django_html.format_html('<a title="{}">{}</a>', value, value)
        assert ours == theirs
        assert type(ours) is type(theirs) is SafeString
        assert escape_value(value) == django_html.conditional_escape(value)


def test_markup_in_text_is_escaped_and_safe_markup_is_not():
    link = format_html('<a href="{}">{}</a>', "/vi/?a=1&b=2", "<Hà Nội>")
    assert link == '<a href="/vi/?a=1&amp;b=2">&lt;Hà Nội&gt;</a>'
    # A fragment built by format_html goes into another one as it is, not escaped twice.
    assert format_html("<td>{}</td>", link) == f"<td>{link}</td>"
