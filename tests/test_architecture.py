"""The apps' import graph: the core imports no app, and no two apps depend on each other.

Every `import` in an app's Python counts, lazy ones inside functions too (they hide a cycle,
they don't remove it). Migrations are generated and tests may import anything.
"""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CORE = "partnership_portal"
APPS = sorted(
    name for name in settings.INSTALLED_APPS if "." not in name and (ROOT / name).is_dir()
)

# The dependency direction (STYLE.md): forums → cooperation → documents → core;
# news → cooperation, documents → core; accounts → cooperation; reports → forums,
# cooperation, documents, news (it reads them all, nothing imports it); newsletter → the same
# and reports (its periods). Every app may use the core.
ALLOWED = {
    ("forums", "cooperation"),
    ("forums", "documents"),
    ("cooperation", "documents"),
    ("news", "cooperation"),
    ("news", "documents"),
    ("accounts", "cooperation"),
    ("reports", "cooperation"),
    ("reports", "documents"),
    ("reports", "forums"),
    ("reports", "news"),
    ("newsletter", "cooperation"),
    ("newsletter", "documents"),
    ("newsletter", "forums"),
    ("newsletter", "news"),
    ("newsletter", "reports"),
} | {(app, CORE) for app in APPS if app != CORE}

def python_files(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        parts = path.relative_to(ROOT / app).parts
        if "migrations" in parts or "tests" in parts or path.name.startswith("test_"):
            continue
        yield path


def imported_apps(path, app):
    """Other local apps a module imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found |= {name.split(".")[0] for name in names} & set(APPS)
    return found - {app}


def import_edges():
    """{(importer, imported): [files that make the edge]}"""
    edges = {}
    for app in APPS:
        for path in python_files(app):
            for other in imported_apps(path, app):
                edges.setdefault((app, other), []).append(str(path.relative_to(ROOT)))
    return edges


def find_cycle(edges):
    graph = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)
    visiting, done = [], set()

    def visit(node):
        if node in visiting:
            return visiting[visiting.index(node):] + [node]
        if node in done:
            return None
        visiting.append(node)
        for nxt in sorted(graph.get(node, ())):
            cycle = visit(nxt)
            if cycle:
                return cycle
        visiting.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        cycle = visit(node)
        if cycle:
            return cycle
    return None


def test_the_local_apps_are_found():
    assert {CORE, "news", "cooperation", "documents", "forums", "accounts"} <= set(APPS)


def test_core_imports_no_app():
    offending = {edge: files for edge, files in import_edges().items() if edge[0] == CORE}
    assert offending == {}, "the core must not import apps; let them register instead"


def test_apps_import_only_in_the_allowed_direction():
    unexpected = {edge: files for edge, files in import_edges().items()
                  if edge not in ALLOWED}
    assert unexpected == {}


def test_allowed_dependencies_have_no_cycle():
    assert find_cycle(ALLOWED) is None


def test_app_import_graph_has_no_cycle():
    edges = set(import_edges())
    assert find_cycle(edges) is None
