"""No markup an editor (or a stolen editor account) types into any reader-visible field can run
in any output: HTML pages, Atom, RSS, .ics, CSV, JSON, the sitemap and search results.

Every classic payload is saved into every text field of a post, an event, an agreement, a
partner, a need, a project and a document; each output is then parsed (HTML as HTML, XML as
XML, .ics with icalendar) and checked: no script, no event handler, no javascript:/data: URL,
no frames or objects in HTML; no markup at all where the format is plain text.
"""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from icalendar import Calendar
from PIL import Image

from cooperation.models import (
    Agreement,
    Area,
    CooperationNeed,
    Partner,
    Project,
    ProjectRole,
    Signature,
)
from documents.models import Document
from forums.models import AgendaItem, Event, EventPerson, EventPhoto
from news.models import Category, Post
from partnership_portal.richtext import (
    plain_text,
    plain_text_html,
    render_rich_text,
    sanitize_html,
)
from tests.factories import (
    AgreementFactory,
    CategoryFactory,
    DocumentFactory,
    DocumentFileFactory,
    EventFactory,
    PartnerOrganisationFactory,
    PostFactory,
    sign,
)

pytestmark = pytest.mark.django_db

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x OnErRoR=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" jav&#x09;ascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<div style="width:expression(alert(1))">x</div>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<style>@import 'javascript:alert(1)';</style>",
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img """><script>alert(1)</script>">',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "]]><script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
]


def _groups(payloads, limit=235):
    """Payloads packed into texts that fit a title (250 characters), so a handful of items
    carry the whole corpus; each payload is also checked alone against the sanitisers."""
    groups, current = [], []
    for payload in payloads:
        if current and len("\n".join([*current, payload])) > limit:
            groups.append(current)
            current = []
        current.append(payload)
    return [*groups, current]


XSS_IDS = [f"xss{number:02d}" for number in range(len(XSS_PAYLOADS))]
PAYLOAD_GROUPS = ["\n".join(group) for group in _groups(XSS_PAYLOADS)]
GROUP_IDS = [f"group{number}" for number in range(len(PAYLOAD_GROUPS))]
MARKER = "zebracorn"  # before the payload, so a broken tag cannot swallow it

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster",
                  "background", "srcdoc", "codebase", "dynsrc", "lowsrc"}
# The site's own forms, inputs and buttons are fine; these never come from its templates.
FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "math",
                  "style"}
TAG_START = re.compile(r"<[A-Za-z/!?]")
SITE_URL = re.compile(r"https?://[\w.-]+(:\d+)?/[^\s<>\"']*\Z")


class _ExecutableMarkupFinder(HTMLParser):
    """Collects what a browser could run: scripts other than the site's own static files,
    event handlers, script-ish URLs, CSS expressions, frames and refresh redirects."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            src = attributes.get("src") or ""
            if not src.startswith("/static/") and attributes.get("type") != "application/json":
                self.problems.append(("script", attrs))
            self._in_script = True
        if tag in FORBIDDEN_TAGS:
            self.problems.append((tag, attrs))
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.problems.append((tag, attrs))
        for name, value in attrs:
            value = value or ""
            squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
            if name.startswith("on"):
                self.problems.append((tag, name, value))
            if name in URL_ATTRIBUTES and squeezed.startswith(
                ("javascript:", "vbscript:", "data:")
            ):
                self.problems.append((tag, name, value))
            if name == "style" and ("expression(" in squeezed or "url(" in squeezed):
                self.problems.append((tag, name, value))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append(("inline script", data[:80]))


def executable_markup(html):
    finder = _ExecutableMarkupFinder()
    finder.feed(html)
    finder.close()
    return finder.problems


def assert_plain(value, where):
    assert not TAG_START.search(value), f"markup in {where}: {value!r}"


def both(**fields):
    """The same value in both languages of translated fields."""
    return {f"{name}_{code}": value for name, value in fields.items() for code in ("vi", "en")}


def png_file():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "white").save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="photo.png")


def fitted(model, **values):
    """Texts cut to their column's length (PostgreSQL refuses longer ones); a cut payload is
    one more broken-tag variant."""
    fields = {field.name: field for field in model._meta.get_fields()}
    return {
        name: value[: fields[name].max_length]
        if isinstance(value, str) and getattr(fields.get(name), "max_length", None) else value
        for name, value in values.items()
    }


@pytest.fixture
def hostile(request):
    """Every reader-visible text field of one of each kind of item holds the payload."""
    payload = request.param
    text = f"{MARKER} {payload}"
    category = CategoryFactory(**fitted(Category, **both(name=text)))
    post = PostFactory(**fitted(
        Post, category=category, cover=png_file(),
        **both(title=text, summary=text, body=text, author_unit=text, cover_alt=text,
               slug="post-x"),
    ))
    partner = PartnerOrganisationFactory(**fitted(
        Partner, **both(name=text, description=text, slug="partner-x"), short_name=text,
        kind=Partner.Kind.VN_AGENCY, website="https://moj.gov.vn/",
    ))
    agreement = AgreementFactory(
        **fitted(Agreement, **both(title=text, summary=text, body=text, slug="agreement-x")),
        parties=[partner],
    )
    sign(agreement, partner, date(2020, 1, 15),
         **fitted(Signature, **both(place=text, signatory_title=text), signatory=text))
    area = Area.objects.create(**fitted(Area, **both(name=text), slug="area-x"))
    CooperationNeed.objects.create(**fitted(
        CooperationNeed, **both(title=text, description=text, slug="need-x"), agency=partner,
        area=area, start_year=2021, end_year=2025, status=CooperationNeed.Status.PUBLISHED,
        publish_at=timezone.now() - timedelta(days=1),
    ))
    project = Project.objects.create(**fitted(
        Project, **both(title=text, summary=text, body=text, slug="project-x"), kind="project",
        status=Project.Status.PUBLISHED, publish_at=timezone.now() - timedelta(days=1),
    ))
    ProjectRole.objects.create(project=project, partner=partner, role="funder")
    document = DocumentFactory(
        **fitted(Document, **both(title=text, description=text, slug="document-x"))
    )
    DocumentFileFactory(document=document)
    event = EventFactory(**fitted(
        Event, **both(title=text, theme=text, summary=text, body=text, outcomes=text,
                      venue_name=text, city=text, stage_note=text, slug="event-x"),
        address=text,
    ))
    EventPerson.objects.create(
        **fitted(EventPerson, event=event, role="chair", name=text, **both(title=text))
    )
    AgendaItem.objects.create(**fitted(AgendaItem, event=event, **both(title=text),
                                       speakers=text))
    EventPhoto.objects.create(**fitted(EventPhoto, event=event, image=png_file(),
                                       **both(caption=text, alt=text)))
    # Rich text that bypassed the model's sanitiser (older rows, raw SQL) is cleaned on render.
    for model, pk, names in [
        (Post, post.pk, ["body"]), (Agreement, agreement.pk, ["body"]),
        (Project, project.pk, ["body"]), (Event, event.pk, ["body", "outcomes"]),
    ]:
        model.objects.filter(pk=pk).update(**both(**{name: text for name in names}))
    return payload


def html_pages(language):
    pages = [
        ("home", {}), ("news:list", {}), ("news:detail", {"slug": "post-x"}),
        ("forums:list", {}), ("forums:detail", {"slug": "event-x"}),
        ("cooperation:agreements", {}), ("cooperation:agreement", {"slug": "agreement-x"}),
        ("cooperation:partners", {}), ("cooperation:partner", {"slug": "partner-x"}),
        ("cooperation:projects", {}), ("cooperation:project", {"slug": "project-x"}),
        ("cooperation:needs", {}), ("cooperation:need", {"slug": "need-x"}),
        ("documents:list", {}), ("documents:detail", {"slug": "document-x"}),
    ]
    with translation.override(language):
        urls = [reverse(name, kwargs=kwargs) for name, kwargs in pages]
        return [*urls, reverse("search") + f"?q={MARKER}"]


def urls_in_both_languages(*names):
    urls = []
    for language in ("vi", "en"):
        with translation.override(language):
            urls += [reverse(name, kwargs=kwargs) for name, kwargs in names]
    return urls


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.getvalue().decode()  # the register exports stream


@pytest.mark.parametrize("hostile", PAYLOAD_GROUPS, indirect=True, ids=GROUP_IDS)
def test_no_executable_markup_in_html_pages(client, hostile):
    # One language per group keeps the run short; both are covered across the groups.
    language = ("vi", "en")[PAYLOAD_GROUPS.index(hostile) % 2]
    for url in html_pages(language):
        page = _get(client, url)
        assert MARKER in page, url  # the hostile item is really on the page
        assert executable_markup(page) == [], url


def _feed_texts(xml):
    root = ET.fromstring(xml)
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        yield tag, element.get("type"), element.text or ""
        for name, value in element.attrib.items():
            yield f"{tag}@{name}", None, value


@pytest.mark.parametrize("hostile", PAYLOAD_GROUPS, indirect=True, ids=GROUP_IDS)
def test_feeds_carry_only_escaped_text_or_clean_html(client, hostile):
    for url in urls_in_both_languages(("news:feed", {}), ("forums:feed", {})):
        xml = _get(client, url)
        assert MARKER in xml, url
        for tag, kind, text in _feed_texts(xml):
            if tag in ("description", "summary", "content") or kind == "html":
                # Readers render these as HTML.
                assert executable_markup(text) == [], (url, tag)
            else:
                assert_plain(text, f"{url} {tag}")
                assert not text.strip().lower().startswith("javascript:"), (url, tag)


@pytest.mark.parametrize("hostile", PAYLOAD_GROUPS, indirect=True, ids=GROUP_IDS)
def test_calendars_carry_plain_text(client, hostile):
    for url in urls_in_both_languages(("forums:ics", {"slug": "event-x"}),
                                      ("forums:calendar", {})):
        calendar = Calendar.from_ical(_get(client, url))
        assert MARKER in str(calendar.get("x-wr-calname", "")) + str(calendar.to_ical()), url
        assert_plain(str(calendar.get("x-wr-calname", "")), url)
        for component in calendar.walk("VEVENT"):
            for name in ("summary", "description", "location"):
                assert_plain(str(component.get(name, "")), f"{url} {name}")


@pytest.mark.parametrize("hostile", PAYLOAD_GROUPS, indirect=True, ids=GROUP_IDS)
def test_register_exports_carry_plain_text(client, hostile):
    body = _get(client, "/en/cooperation/agreements/export.csv")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert MARKER in rows[1][0]
    for row in rows:
        for cell in row:
            assert_plain(cell, "CSV")
    data = json.loads(_get(client, "/en/cooperation/agreements/export.json"))
    assert MARKER in data["agreements"][0]["title"]

    def strings(value):
        if isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)
        elif isinstance(value, str):
            yield value

    for value in strings(data):
        assert_plain(value, "JSON")


@pytest.mark.parametrize("hostile", PAYLOAD_GROUPS[:2], indirect=True, ids=GROUP_IDS[:2])
def test_sitemap_lists_only_plain_site_addresses(client, hostile):
    files = [_get(client, path) for path in ("/sitemap.xml", "/sitemap-news.xml",
                                              "/sitemap-events.xml")]
    assert "post-x" in files[1] and "event-x" in files[2]
    for xml in files:
        for tag, _kind, text in _feed_texts(xml):
            assert_plain(text, f"sitemap {tag}")
            if tag in ("loc", "link@href"):
                assert SITE_URL.match(text), text


@pytest.mark.parametrize("payload", XSS_PAYLOADS, ids=XSS_IDS)
def test_each_payload_alone_is_neutralised_by_the_sanitisers(payload):
    assert executable_markup(sanitize_html(payload)) == []
    assert executable_markup(str(render_rich_text(f"<p>{payload}</p>"))) == []
    assert executable_markup(plain_text_html(payload)) == []
    assert executable_markup(str(escape(payload))) == []
    assert_plain(plain_text(payload), "plain_text")


def test_checker_notices_executable_markup():
    """The checker itself: it would have caught the raw payloads."""
    caught = [p for p in XSS_PAYLOADS if executable_markup(p) or TAG_START.search(p)]
    assert len(XSS_PAYLOADS) >= 25
    assert len(caught) >= len(XSS_PAYLOADS) - 2  # the two entity-encoded ones are inert text
    assert executable_markup("<p>Hội thảo <strong>pháp luật</strong></p>") == []


def test_event_feed_description_escapes_markup(client):
    """The original defect: the events RSS feed copied the summary out as HTML."""
    EventFactory(**both(summary="<img src=x onerror=alert(1)>", slug="event-y"))
    xml = _get(client, "/en/forums/feed/")
    descriptions = [text for tag, _kind, text in _feed_texts(xml) if tag == "description"]
    assert any("&lt;img src=x onerror=alert(1)&gt;" in text for text in descriptions)
    assert all(executable_markup(text) == [] for text in descriptions)


def test_news_feed_summary_is_text_and_body_stays_rich(client, category):
    PostFactory(category=category, **both(summary="Tom & Jerry <b>bold</b>", slug="p1"))
    PostFactory(category=category, **both(summary="", body="<p><strong>Rich</strong></p>",
                                          slug="p2"))
    xml = _get(client, "/en/news/feed/")
    summaries = [text for tag, _kind, text in _feed_texts(xml) if tag == "summary"]
    assert any("Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;" in text for text in summaries)
    assert "<p><strong>Rich</strong></p>" in summaries
