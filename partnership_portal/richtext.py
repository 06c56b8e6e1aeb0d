"""The one place that defines the rich-text editor and its server-side sanitiser.

Every rich-text value is cleaned with an allowlist (nh3) before it is stored
(`RichTextField.pre_save`) and again when rendered (`|rich` filter), so neither an old
CKEditor 4 flaw nor a crafted POST can put script into a page. To swap editors, change
`RichTextField`'s base class here.
"""

import nh3
from ckeditor_uploader.fields import RichTextUploadingField
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "hr",
    "abbr",
    "span",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang", "lang"},
    "img": {"src", "alt", "width", "height"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "abbr": {"title"},
    "span": {"lang"},
    "p": {"lang"},
    "blockquote": {"lang"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(value) -> str:
    """Allowlist-clean HTML; links get rel=noopener noreferrer. None becomes ''."""
    if not value:
        return ""
    return nh3.clean(
        str(value),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_rich_text(value):
    return mark_safe(sanitize_html(value))  # noqa: S308 - sanitised just above


class RichTextField(RichTextUploadingField):
    """Rich-text model field: CKEditor in the admin, sanitised on every save."""

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
