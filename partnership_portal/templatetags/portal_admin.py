"""Admin template helpers: the object's public page in each language, history entries."""

import json
import re

from django import template
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def site_links(obj):
    """[{code, name, url}] for each language: the object's own URL evaluated under that
    language, so per-language slugs and translated path words come out right."""
    if obj is None or not hasattr(obj, "get_absolute_url"):
        return []
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = obj.get_absolute_url()
        # The language named in the admin's language: "Tiếng Anh" in a Vietnamese admin.
        links.append({"code": code, "url": url, "name": gettext(name)})
    return links


_LANGUAGE_SUFFIX = re.compile(r"^(?P<label>.+) \[(?P<code>[a-z-]+)\]$")


def _field_label(name):
    """A field name as the admin stored it in a history entry, in the current language.

    The admin stores form labels untranslated ("Publish at", modeltranslation's
    "Body [vi]") and translates them on display with gettext, which finds neither: the
    catalogue holds the verbose name ("publish at", "body"). Try both spellings, and keep
    the language suffix."""
    match = _LANGUAGE_SUFFIX.match(name)
    label, suffix = (match["label"], f" [{match['code']}]") if match else (name, "")
    for candidate in (label, label[:1].lower() + label[1:]):
        translated = gettext(candidate)
        if translated != candidate:
            return capfirst(translated) + suffix
    return name


@register.filter
def change_message(entry):
    """`LogEntry.get_change_message()` with the changed fields' names translated; also a
    reversion `Revision`, whose comment is the same message."""
    raw = entry.change_message if isinstance(entry, LogEntry) else entry.comment
    try:
        parts = json.loads(raw) if raw[:1] == "[" else None
    except json.JSONDecodeError:
        parts = None
    if not parts:
        return LogEntry(change_message=raw).get_change_message()
    for part in parts:
        changed = part.get("changed") if isinstance(part, dict) else None
        if isinstance(changed, dict) and isinstance(changed.get("fields"), list):
            changed["fields"] = [_field_label(str(name)) for name in changed["fields"]]
    return LogEntry(change_message=json.dumps(parts)).get_change_message()
