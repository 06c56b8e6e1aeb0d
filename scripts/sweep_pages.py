"""Sweep every page a reader can reach: each URL of the sitemap (both languages) plus search,
sign-in and error pages, on the demo content. Each page goes through the Nu Html Checker
(vnu-jar, one run for all) and axe-core in Debian's Chromium (WCAG 2.1 A/AA and best
practices). Prints the counts and every problem; exits 1 when there is any.

Run by scripts/sweep-pages (which sets up a scratch database with the demo content)."""

import json
import re
import subprocess
import sys
import tempfile
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

import django

django.setup()

from django.contrib.staticfiles.handlers import StaticFilesHandler  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.test import Client  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
EXTRA = ["/vi/tim-kiem/?q=lao", "/en/search/?q=laos", "/vi/tim-kiem/?q=azerbajan",
         "/vi/tai-khoan/dang-nhap/", "/en/account/sign-in/", "/vi/khong-co-trang-nay/",
         "/en/no-such-page/", "/vi/so-do-trang/", "/en/sitemap/"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def local(url):
    return re.sub(r"^https?://[^/]+", "", url)


def sitemap_paths(client):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    paths = []
    for section in index.iter(f"{SITEMAP}loc"):
        urls = ET.fromstring(client.get(local(section.text)).content)
        paths += [local(loc.text) for loc in urls.iter(f"{SITEMAP}loc")]
    return paths


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def main():
    client = Client(HTTP_HOST="127.0.0.1")
    paths = sorted(set(sitemap_paths(client) + EXTRA))
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for number, path in enumerate(paths):
            response = client.get(path)
            if response.status_code not in (200, 404):
                problems.append(f"{path}: HTTP {response.status_code}")
                continue
            name = Path(tmp) / f"page{number}.html"
            name.write_bytes(response.content)
            files[str(name)] = path
        checked = subprocess.run(
            ["java", "-jar", str(ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"),
             "--format", "json", "--also-check-css", *files],
            capture_output=True, text=True)
        messages = json.loads(checked.stderr or checked.stdout)["messages"]
        nu_errors = [m for m in messages if m.get("type") == "error"]
        for message in nu_errors:
            page = files.get(message.get("url", "").removeprefix("file:"), message.get("url"))
            problems.append(f"{page}: Nu: {message['message']}")

    server = make_server("127.0.0.1", 0, StaticFilesHandler(get_wsgi_application()),
                         handler_class=QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    axe = (ROOT / "node_modules/axe-core/axe.min.js").read_text()
    violations = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_context(bypass_csp=True).new_page()  # axe is injected
        for path in files.values():
            page.goto(base + path)
            page.add_script_tag(content=axe)
            found = page.evaluate(
                "async (tags) => (await axe.run(document, {runOnly: tags})).violations"
                ".map(v => v.id + ' (' + v.nodes.length + ')')", AXE_TAGS)
            violations += len(found)
            problems += [f"{path}: axe: {rule}" for rule in found]
        browser.close()
    server.shutdown()
    print(f"pages: {len(files)} (sitemap URLs in both languages plus {len(EXTRA)} others)")
    print(f"Nu Html Checker errors: {len(nu_errors)}; axe-core violations: {violations}")
    for problem in problems:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
