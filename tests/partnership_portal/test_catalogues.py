"""The Vietnamese catalogue is complete: no UI string shows up in English on a vi page."""

import re
from pathlib import Path

import polib

PO = Path(__file__).resolve().parents[2] / "locale" / "vi" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{\s*\w+\s*\}\}|<\w+:\w+>")
ENTRIES = [e for e in polib.pofile(str(PO)) if not e.obsolete]


def test_every_entry_is_translated_and_reviewed():
    missing = [e.msgid for e in ENTRIES if not e.translated()]
    fuzzy = [e.msgid for e in ENTRIES if "fuzzy" in e.flags]
    assert missing == [] and fuzzy == []


def test_placeholders_and_url_words_survive_translation():
    broken = []
    for entry in ENTRIES:
        translated = entry.msgstr or entry.msgstr_plural.get(0, "")
        if sorted(PLACEHOLDER.findall(entry.msgid)) != sorted(PLACEHOLDER.findall(translated)):
            broken.append((entry.msgid, translated))
        is_path = entry.msgid.endswith("/") and " " not in entry.msgid
        if is_path and not re.fullmatch(r"[a-z0-9\-/]*(<\w+:?\w*>/?)*[a-z0-9\-/]*", translated):
            broken.append((entry.msgid, translated))
    assert broken == []


def test_no_admin_action_says_cac_twice():
    """Django's Vietnamese "Xóa các %(verbose_name_plural)s đã chọn" brings its own "các": a
    model's plural name must not start with it too ("Xóa các các số bản tin đã chọn")."""
    from django.contrib import admin
    from django.utils import translation
    from django.utils.translation import gettext

    doubled = []
    with translation.override("vi"):
        for model in admin.site._registry:
            label = gettext("Delete selected %(verbose_name_plural)s") % {
                "verbose_name_plural": model._meta.verbose_name_plural}
            if "các các" in label.lower():
                doubled.append(label)
    assert doubled == []
