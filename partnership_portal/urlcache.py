"""Object URLs without a full `reverse()` per object: a list page links each of its rows
(20 rows, 80+ links), and each `reverse()` walks the resolver and re-quotes the result. The URL
of a view with one slug or pk argument is the same text around that value, so it is reversed
once per view, language, script prefix and URL conf, then filled in by concatenation."""

import re

from django.core.signals import setting_changed
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation

# Stand-ins that match the slug and str converters, or the int converter.
_MARKERS = ("0urlcachemarker0", "918273645546372819")
# Values that reverse() would put into the URL unchanged (no quoting, no converter concerns).
_PLAIN = re.compile(r"[-a-zA-Z0-9_]+\Z")
_templates = {}


def object_url(viewname, argument, value):
    """`reverse(viewname, kwargs={argument: value})`, for a slug or pk."""
    return object_url_in(viewname, argument, value, url_context())


def url_context():
    """What reverse() depends on besides its arguments: the active language, script prefix
    and URL conf (each a context-local lookup of about ten Python calls, so a list of links
    reads them once and passes them to `object_url_in`)."""
    return (translation.get_language(), get_script_prefix(), get_urlconf())


def object_url_in(viewname, argument, value, context):
    """`object_url()` in `context`, the active `url_context()`."""
    value = str(value)
    if not _PLAIN.match(value):
        return reverse(viewname, kwargs={argument: value})
    key = (viewname, argument, *context)
    parts = _templates.get(key)
    if parts is None:
        parts = _templates[key] = _parts(viewname, argument)
    if not parts:
        return reverse(viewname, kwargs={argument: value})
    return parts[0] + value + parts[1]


def _parts(viewname, argument):
    """The URL's text before and after the value, or () if it cannot be split so."""
    for marker in _MARKERS:
        try:
            parts = reverse(viewname, kwargs={argument: marker}).split(marker)
        except NoReverseMatch:
            continue
        # A pattern that repeats or rewrites the value gets no shortcut.
        return tuple(parts) if len(parts) == 2 else ()
    return ()


def _clear(**kwargs):
    # Tests override ROOT_URLCONF, LANGUAGES...: any setting may change what reverse() gives.
    _templates.clear()


setting_changed.connect(_clear)
