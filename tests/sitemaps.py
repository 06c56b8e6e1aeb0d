"""Reading the sitemap in tests: /sitemap.xml is an index of per-section sitemap files."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def section_paths(client):
    """The path (with its ?p= page) of every sitemap file the index lists."""
    root = ET.fromstring(client.get("/sitemap.xml").content)
    paths = []
    for loc in root.iter(f"{SM}loc"):
        parts = urlsplit(loc.text)
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths


def sitemap_files(client):
    """The text of every sitemap file the index lists, in order."""
    return [client.get(path).content.decode() for path in section_paths(client)]


def whole_sitemap(client):
    """Every sitemap file's text run together, for "is this address listed" checks."""
    return "\n".join(sitemap_files(client))
