"""Templates ask models for meaning instead of comparing stored codes."""

import re
from pathlib import Path

from django.conf import settings

# `x == "code"` / `x != 'code'` inside a template tag; language codes are not enum values.
LITERAL_COMPARISON = re.compile(r"""\{%[^%]*?([\w.]+)\s*[!=]=\s*["'][^"']*["'][^%]*%\}""")
LANGUAGE_TESTS = {"LANGUAGE_CODE", "alt.code"}


def test_templates_do_not_compare_enum_values():
    offenders = []
    for path in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in LITERAL_COMPARISON.finditer(line):
                if match.group(1) not in LANGUAGE_TESTS:
                    offenders.append(f"{path.name}:{line_number}: {match.group(0)}")
    assert offenders == []
