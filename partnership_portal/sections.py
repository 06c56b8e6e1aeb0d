"""Page sections contributed by apps, so that a page never imports the apps that add to it
(the core imports no app; cooperation does not import forums).

An app calls `register_section("home", func, order=...)` in its AppConfig.ready();
`func(request, **context)` returns a dict with a "template" key, or None to show nothing.
Slots in use: "home", "partner" (context: partner), "project" (context: project),
"agreement" (context: agreement).
"""

from collections import defaultdict

_registry = defaultdict(list)


def register_section(slot, func, order=50):
    if all(f is not func for _order, f in _registry[slot]):
        _registry[slot].append((order, func))
        _registry[slot].sort(key=lambda item: item[0])


def sections_for(slot, request, **context):
    sections = []
    for _order, func in _registry[slot]:
        section = func(request, **context)
        if section:
            sections.append(section)
    return sections
