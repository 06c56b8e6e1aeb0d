"""Who sees what, through the real URLs: every kind of reader against public, partner-only,
secretariat-only, draft and scheduled items, on every surface that shows them (lists, pages,
files, search, feed, sitemap, register exports). The policy is partnership_portal/access.py."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone, translation

from documents.models import Access, DocumentFile
from partnership_portal import search
from tests.factories import (
    AgreementFactory,
    DocumentFactory,
    DocumentFileFactory,
    PartnerUserFactory,
    PostFactory,
    StaffUserFactory,
    SuperuserFactory,
)
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db

CONTENT_APPS = ["news", "documents", "cooperation", "forums"]

READERS = ["anonymous", "partner", "staff_viewer", "news_editor", "editor", "superuser"]
ALL = set(READERS)
# Staff allowed to change every content model: they preview drafts and scheduled items.
EDITORS = {"editor", "superuser"}
# Staff allowed to read the document library (view or change): secretariat-only documents.
SECRETARIAT = {"staff_viewer", "editor", "superuser"}
NOBODY = set()


def _staff_with(codename_prefix, apps):
    return StaffUserFactory(
        username=f"{codename_prefix}{'-'.join(apps)}",
        permissions=Permission.objects.filter(
            codename__startswith=codename_prefix, content_type__app_label__in=apps),
    )


def make_reader(reader):
    """anonymous; partner account; staff with view permissions only (no change); staff who
    may change news only; staff who may change every content model; superuser."""
    return {
        "anonymous": lambda: None,
        "partner": lambda: PartnerUserFactory(username="partner"),
        "staff_viewer": lambda: _staff_with("view_", CONTENT_APPS),
        "news_editor": lambda: _staff_with("change_", ["news"]),
        "editor": lambda: _staff_with("change_", CONTENT_APPS),
        "superuser": lambda: SuperuserFactory(username="superuser"),
    }[reader]()


def client_for(reader):
    client = Client()
    user = make_reader(reader)
    if user is not None:
        client.force_login(user)
    return client


ITEMS = {
    # name: (factory, state)
    "post-public": ("post", {}),
    "post-draft": ("post", {"status": "draft"}),
    "post-scheduled": ("post", {"publish_at": "future"}),
    "doc-public": ("document", {"access": Access.PUBLIC}),
    "doc-partners": ("document", {"access": Access.PARTNERS}),
    "doc-secretariat": ("document", {"access": Access.SECRETARIAT}),
    "doc-draft": ("document", {"status": "draft"}),
    "doc-scheduled": ("document", {"publish_at": "future"}),
    "agreement-public": ("agreement", {}),
    "agreement-draft": ("agreement", {"status": "draft"}),
    "agreement-scheduled": ("agreement", {"publish_at": "future"}),
}

# Who gets 200 on the item's own page (everyone else: 404).
OPENS = {
    "post-public": ALL, "post-draft": {"news_editor"} | EDITORS,
    "post-scheduled": {"news_editor"} | EDITORS,
    "doc-public": ALL, "doc-partners": ALL,  # listed with a lock; the file is what is guarded
    "doc-secretariat": SECRETARIAT, "doc-draft": EDITORS, "doc-scheduled": EDITORS,
    "agreement-public": ALL, "agreement-draft": EDITORS, "agreement-scheduled": EDITORS,
}
# Who finds the item in its list page (news, library, register).
LISTED = {
    "post-public": ALL, "post-draft": NOBODY, "post-scheduled": NOBODY,
    "doc-public": ALL, "doc-partners": ALL, "doc-secretariat": SECRETARIAT,
    "doc-draft": EDITORS, "doc-scheduled": EDITORS,  # the library lists previews to editors
    "agreement-public": ALL, "agreement-draft": NOBODY, "agreement-scheduled": NOBODY,
}
# Who finds it in site search: published items whose documents they may open.
SEARCHED = {
    **{name: NOBODY for name in ITEMS},
    "post-public": ALL, "doc-public": ALL, "doc-partners": {"partner"} | SECRETARIAT,
    "doc-secretariat": SECRETARIAT, "agreement-public": ALL,
}
# Public surfaces are the same for everyone: only fully public items.
IN_FEED = {**{name: NOBODY for name in ITEMS}, "post-public": ALL}
IN_SITEMAP = {**{name: NOBODY for name in ITEMS},
              "post-public": ALL, "doc-public": ALL, "agreement-public": ALL}
IN_EXPORT = {**{name: NOBODY for name in ITEMS}, "agreement-public": ALL}
# File download: 200, 302 (to sign-in), 403 or 404 (the document itself is not visible).
FILE = {
    "doc-public": dict.fromkeys(READERS, 200),
    "doc-partners": {"anonymous": 302, "partner": 200, "staff_viewer": 200,
                     "news_editor": 403, "editor": 200, "superuser": 200},
    # Not found for those whose document page is not found either: a sign-in prompt or a
    # refusal would confirm that the secretariat's file exists.
    "doc-secretariat": {"anonymous": 404, "partner": 404, "staff_viewer": 200,
                        "news_editor": 404, "editor": 200, "superuser": 200},
    "doc-draft": {reader: 200 if reader in EDITORS else 404 for reader in READERS},
    "doc-scheduled": {reader: 200 if reader in EDITORS else 404 for reader in READERS},
}


def marker(name):
    """A word in the item's title that nothing else contains (search highlights only `quokka`)."""
    return "zz" + name.replace("-", "") + "zz"


@pytest.fixture
def items():
    made = {}
    for name, (kind, state) in ITEMS.items():
        state = dict(state)
        if state.get("publish_at") == "future":
            state["publish_at"] = timezone.now() + timedelta(days=3)
        titles = {"title_vi": f"Quokka {marker(name)}", "title_en": f"Quokka {marker(name)}"}
        if kind == "post":
            made[name] = PostFactory(**titles, **state)
        elif kind == "document":
            made[name] = DocumentFileFactory(document=DocumentFactory(**titles, **state))
        else:
            made[name] = AgreementFactory(**titles, **state)
    search.rebuild()
    return made


def page_of(item):
    """The page of an item (a document's page for one of its files)."""
    return item.document if isinstance(item, DocumentFile) else item


def assert_shown(body, expected, reader, surface):
    for name in ITEMS:
        assert (marker(name) in body) is (reader in expected[name]), (surface, name, reader)


@pytest.mark.parametrize("reader", READERS)
def test_detail_pages(items, reader):
    client = client_for(reader)
    for name, item in items.items():
        with translation.override("en"):
            url = page_of(item).get_absolute_url()
        expected = 200 if reader in OPENS[name] else 404
        assert client.get(url).status_code == expected, (name, reader)


@pytest.mark.parametrize("reader", READERS)
def test_list_pages(items, reader):
    client = client_for(reader)
    body = "".join(client.get(url).content.decode()
                   for url in ("/en/news/", "/en/documents/", "/en/cooperation/agreements/"))
    assert_shown(body, LISTED, reader, "list")


@pytest.mark.parametrize("reader", READERS)
def test_file_downloads(items, reader):
    client = client_for(reader)
    for name, codes in FILE.items():
        with translation.override("en"):
            url = items[name].get_absolute_url()
        response = client.get(url)
        assert response.status_code == codes[reader], (name, reader)
        if response.status_code == 302:
            assert response["Location"].startswith(f"/en/account/sign-in/?next={url}")


@pytest.mark.parametrize("reader", READERS)
def test_search(items, reader):
    body = client_for(reader).get("/en/search/", {"q": "quokka"}).content.decode()
    assert_shown(body, SEARCHED, reader, "search")


@pytest.mark.parametrize("reader", READERS)
def test_feed(items, reader):
    body = client_for(reader).get("/en/news/feed/").content.decode()
    assert_shown(body, IN_FEED, reader, "feed")


@pytest.mark.parametrize("reader", READERS)
def test_sitemap(items, reader):
    body = whole_sitemap(client_for(reader))
    for name, item in items.items():
        with translation.override("vi"):
            url = page_of(item).get_absolute_url()
        assert (f"{url}</loc>" in body) is (reader in IN_SITEMAP[name]), (name, reader)


@pytest.mark.parametrize("export", ["export.csv", "export.json"])
@pytest.mark.parametrize("reader", READERS)
def test_register_exports(items, reader, export):
    response = client_for(reader).get(f"/en/cooperation/agreements/{export}")
    body = b"".join(response.streaming_content).decode() if response.streaming \
        else response.content.decode()
    assert_shown(body, IN_EXPORT, reader, export)
