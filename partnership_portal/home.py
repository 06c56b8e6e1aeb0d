"""Home page sections contributed by apps, so the core needs to import none of them.

An app calls `register_section(func, order=...)` in its AppConfig.ready(); `func(request)`
returns a context dict with a "template" key, or None to show nothing.
"""

_sections = []


def register_section(func, order=50):
    if all(f is not func for _o, f in _sections):
        _sections.append((order, func))
        _sections.sort(key=lambda item: item[0])


def home_sections(request):
    sections = []
    for _order, func in _sections:
        section = func(request)
        if section:
            sections.append(section)
    return sections
