"""The one place that defines the rich-text editor and its server-side sanitiser.

Every rich-text value is cleaned with an allowlist (nh3) before it is stored
(`RichTextField.pre_save`) and again when rendered (`|rich` filter), so neither an old
CKEditor 4 flaw nor a crafted POST can put script into a page. To swap editors, change
`RichTextField`'s base class here.
"""

import functools
import html
import re
from urllib.parse import urlsplit

import nh3
from ckeditor_uploader.fields import RichTextUploadingField, RichTextUploadingFormField
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.html import escape, linebreaks, strip_tags
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    # Every heading level is read, then renumbered into HEADING_LEVELS (see _nest_headings).
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
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


# Elements whose content the HTML parser reads as raw text: dropped whole, or their content
# would come out as markup once plain text is unescaped.
RAW_TEXT_TAGS = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    "noscript", "plaintext", "template",
}
# Rich text sits under the page's <h1>: its headings are h2-h4, with no level skipped.
HEADING_LEVELS = (2, 3, 4)
_HEADING_TAG = re.compile(r"<(/?)h([1-6])>")
# nh3 output always double-quotes attribute values and escapes ">" in them.
_IMG_TAG = re.compile(r"<img\b[^>]*>")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
# What plain_text's round through the HTML parser may change.
_MAY_CHANGE = re.compile(r"[<\r\x00]")


def is_own_image(url) -> bool:
    """True for the site's own media (MEDIA_URL, relative or absolute) and the hosts in
    RICHTEXT_IMAGE_HOSTS: readers' browsers should not fetch pictures (trackers) elsewhere."""
    url = (url or "").strip()
    media = settings.MEDIA_URL
    if url.startswith(media) and not url.startswith("//"):
        return True
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and (parts.hostname or "") in {
        host.lower() for host in settings.RICHTEXT_IMAGE_HOSTS
    }


def _attribute_filter(tag, attribute, value):
    if tag == "img" and attribute == "src" and not is_own_image(value):
        return None
    return value


def _drop_sourceless_images(match):
    return match.group(0) if ' src="' in match.group(0) else ""


def sanitize_html(value) -> str:
    """Allowlist-clean HTML; links get rel=noopener noreferrer; pictures from elsewhere than
    the site's media are dropped. None becomes ''."""
    if not value:
        return ""
    cleaned = nh3.clean(
        str(value),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return _nest_headings(_IMG_TAG.sub(_drop_sourceless_images, cleaned))


def _nest_headings(cleaned: str) -> str:
    """Renumber headings so they nest under the page's title: the levels used, in order,
    become h2, h3, h4 (a body of h3/h5 becomes h2/h3; a pasted h1 becomes h2), so screen
    reader users and the outline never meet a skipped level. nh3 output has bare heading tags
    (no attributes are allowed on them)."""
    used = sorted({int(level) for level in re.findall(r"<h([1-6])>", cleaned)})
    if not used or used == list(HEADING_LEVELS[:len(used)]):
        return cleaned
    mapping = {level: HEADING_LEVELS[min(i, len(HEADING_LEVELS) - 1)]
               for i, level in enumerate(used)}
    # A closing tag whose opening level was never used (stray </h5>) maps to the nearest.
    def renumber(match):
        level = int(match.group(2))
        new = mapping.get(level) or mapping[min(used, key=lambda u: abs(u - level))]
        return f"<{match.group(1)}h{new}>"

    return _HEADING_TAG.sub(renumber, cleaned)


def plain_text(value) -> str:
    """Text without any markup, for outputs that are not HTML (.ics, CSV, JSON, feed titles).

    Entities typed into a plain-text field stay as typed ("&lt;" is not turned into "<"), so
    no markup can be smuggled in encoded; a stray "<" or "&" in prose is kept."""
    text = str(value or "")
    if not _MAY_CHANGE.search(text):
        # No tag can start, and the HTML parser changes nothing else that is here (it turns
        # CR LF into LF and drops NUL): the text is its own plain text. A feed of 60 events
        # asked nh3 120 times for it.
        return text
    for _round in range(5):  # each round peels one layer of nesting; real text takes one
        stripped = html.unescape(
            nh3.clean(text.replace("&", "&amp;"), tags=set(), clean_content_tags=RAW_TEXT_TAGS)
        )
        if stripped == text:
            break
        text = stripped
    return _TAG_START.sub("", text)


# Tags that end a line of reading: their text must not run into the next block's.
_BLOCK_TAG = re.compile(
    r"<(?:br|hr|/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|figure|figcaption|table"
    r"|caption|thead|tbody|tfoot|tr|th|td|section|article|header|footer|aside))\b[^>]*>",
    re.IGNORECASE,
)


def search_text(value) -> str:
    """The words of rich text for the search index: blocks, cells and line breaks separated by
    a space ("<p>Bộ Tư pháp</p><p>Bộ Tư pháp</p>" gives two phrases, not "phápBộ"), entities
    decoded. Not for display (`plain_text` keeps the other outputs' exact text)."""
    spaced = _BLOCK_TAG.sub(lambda match: f" {match.group(0)} ", str(value or ""))
    return " ".join(html.unescape(strip_tags(spaced)).split())


def plain_text_html(value) -> str:
    """A plain-text field as HTML for feeds: escaped as on the pages, paragraphs kept."""
    return linebreaks(escape(value)) if value else ""


def render_rich_text(value):
    return mark_safe(_sanitized(str(value or "")))  # noqa: S308 - sanitised just above


@functools.lru_cache(maxsize=256)
def _sanitized(text):
    # Pages clean the same stored bodies on every view (they were cleaned on save too): once
    # per text is enough, the result depending only on it and the settings below.
    return sanitize_html(text)


@receiver(setting_changed)
def _settings_changed(setting, **kwargs):
    if setting in ("MEDIA_URL", "RICHTEXT_IMAGE_HOSTS"):
        _sanitized.cache_clear()


_AROUND_BLOCK_TAG = re.compile(r"\s*(" + _BLOCK_TAG.pattern + r")\s*", re.IGNORECASE)


def canonical_html(value) -> str:
    """Rich text as it is stored (sanitised), without the whitespace an editor adds or drops
    around blocks ("<p>a</p>\n\n<p>b</p>" and "<p>a</p><p>b</p>") and with other runs of
    whitespace as one space: two texts that read and render the same are equal."""
    text = _AROUND_BLOCK_TAG.sub(r"\1", sanitize_html(str(value or "")))
    return " ".join(text.split())


def same_rich_text(old, new) -> bool:
    return canonical_html(old) == canonical_html(new)


class RichTextFormField(RichTextUploadingFormField):
    """CKEditor re-formats the HTML it is given: an untouched body came back "changed", so
    every save's history named it and stamped its language as edited."""

    def has_changed(self, initial, data):
        return not self.disabled and not same_rich_text(initial, data)


class RichTextField(RichTextUploadingField):
    """Rich-text model field: CKEditor in the admin, sanitised on every save."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        # The untranslated field (`body`) reads the active language with the Vietnamese
        # fallback: written back, it would copy the Vietnamese text into an empty English
        # field on any save made in English. `body_vi` and `body_en` sanitise themselves.
        if not self._is_translated_original(model_instance):
            setattr(model_instance, self.attname, value)
        return value

    def _is_translated_original(self, model_instance):
        names = {f.attname for f in model_instance._meta.concrete_fields}
        return f"{self.attname}_{settings.LANGUAGE_CODE}" in names
