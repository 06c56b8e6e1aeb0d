"""The admin in Vietnamese shows no English interface words, on every page it has.

Walks the index, each app's page, and for every registered model its list, add form, an
item's change form, its history and its delete confirmation, plus every other page the model
admins and the site add (found from their URL patterns, so pages other apps add later are
walked too). The visible text (and the title, aria-label, placeholder and alt attributes, and
the labels of buttons) is matched against English interface words.
"""

import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.urls import NoReverseMatch, URLPattern, reverse
from django.utils import translation
from factory.django import DjangoModelFactory

from tests import factories

pytestmark = pytest.mark.django_db

# Words of Django's, django-axes' and our own English interface, matched as whole words,
# case-insensitively.
ENGLISH_UI_WORDS = """
    Add Change Delete Remove Save Cancel Close Filter Filters Search Select Show Hide Clear
    Please error errors correct below History View Model Action Actions Go Yes No All Any
    Today Now Yesterday Date Time Name Title Attempt Attempts User Users Redirect Redirects
    Site Sites Group Groups Permission Permissions Password Log Logout Welcome Documentation
    Home Recent Summary Objects Object selected Edit Navigation items item Choose Available
    Chosen Clock Calendar Previous Next Page Results result Total Status Draft Published
    Scheduled English Vietnamese Access Agent Address Path Failures Expand Collapse Sort
    Sorting Ascending Descending Remove Toggle Submit Unknown None Empty Required Optional
    Note Help Link Links Counts count another Are you sure the and of to for with this
    these following Staff Superuser Active Last login Joined First Preview Upload Browse
""".split()

# Proper nouns and technical terms the secretariat uses as they are. Keep it short: each
# entry hides a word on every page.
ALLOWED = {"CKEditor", "URL", "PDF", "DOCX", "Email", "HTML", "UNDP", "LDAP", "SSO", "IP"}
# Data, not interface: the paths axes records for sign-ins (none for a test client login).
ALLOWED_FRAGMENTS = ("<unknown>", "/admin/login/")

WORD = re.compile(r"\b[A-Za-z][A-Za-z']*\b")
UI_WORDS = {w.lower() for w in ENGLISH_UI_WORDS}
ALLOWED_LOWER = {w.lower() for w in ALLOWED}


class VisibleText(HTMLParser):
    """Text a reader sees or hears: text nodes outside script/style/template/textarea, and the
    attributes browsers show or read out."""

    HIDDEN = {"script", "style", "template", "textarea", "noscript"}
    SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._hidden, self.hidden_inputs = [], 0, {}

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.hidden_inputs[attrs["name"]] = attrs.get("value") or ""
        self.parts += [attrs[name] for name in self.SHOWN_ATTRIBUTES if attrs.get(name)]
        if tag in ("input", "button") and attrs.get("type") in ("submit", "button", "reset"):
            self.parts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def english_words(html):
    return english_words_in(parse(html))


def parse(html):
    parser = VisibleText()
    parser.feed(html)
    return parser


def english_words_in(parser):
    text = " ".join(parser.parts)
    for fragment in ALLOWED_FRAGMENTS:
        text = text.replace(fragment, " ")
    words = WORD.findall(text)
    return sorted({w for w in words if w.lower() in UI_WORDS and w.lower() not in ALLOWED_LOWER})


def build_objects():
    """One item of every registered model: from its factory in tests/factories.py, else
    created here."""
    builders = {
        Site: lambda: Site.objects.get_or_create(pk=1, defaults={"domain": "localhost",
                                                                 "name": "Cổng thông tin"})[0],
        Redirect: lambda: Redirect.objects.create(site_id=1, old_path="/vi/cu/",
                                                  new_path="/vi/moi/"),
        Group: lambda: Group.objects.create(name="Biên tập viên"),
    }
    from reports.models import QuarterlyReport
    from reports.services import report_regenerate

    builders[QuarterlyReport] = lambda: report_regenerate(
        QuarterlyReport.objects.create(year=2020, quarter=3))
    try:
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        common = {"user_agent": "Mozilla/5.0", "ip_address": "192.0.2.1",
                  "username": "bientap", "path_info": "/admin/login/", "http_accept": "*/*"}
        builders[AccessAttempt] = lambda: AccessAttempt.objects.create(
            failures_since_start=3, get_data="", post_data="", **common)
        builders[AccessLog] = lambda: AccessLog.objects.create(**common)
        builders[AccessFailureLog] = lambda: AccessFailureLog.objects.create(**common)
    except ImportError:  # pragma: no cover - axes is installed with the site
        pass
    model_factories = {}
    for value in vars(factories).values():
        if isinstance(value, type) and issubclass(value, DjangoModelFactory):
            model_factories.setdefault(value._meta.get_model_class(), value)
    objects = {}
    for model in admin.site._registry:
        if model in builders:
            objects[model] = builders[model]()
        elif model in model_factories:
            objects[model] = model_factories[model]()
        elif model._default_manager.exists():
            objects[model] = model._default_manager.first()
    return objects


def log_english_history(user, objects):
    """A history entry per item as the admin stores it: labels untranslated ("Publish at",
    modeltranslation's "Body [vi]"), translated only when the history page shows them."""
    for obj in objects.values():
        LogEntry.objects.create(
            user=user, content_type=ContentType.objects.get_for_model(obj),
            object_id=str(obj.pk), object_repr=str(obj)[:200], action_flag=CHANGE,
            change_message=json.dumps([
                {"changed": {"fields": ["Title [vi]", "Body [en]", "Publish at", "Status"]}},
            ]),
        )


def model_admin_urls(model_admin, obj):
    """Every page the model admin serves: the standard five and any custom view, its
    arguments taken from the item (object_id / pk)."""
    opts = model_admin.model._meta
    urls = []
    for pattern in model_admin.urls:
        if not isinstance(pattern, URLPattern) or not pattern.name:
            continue
        if pattern.name.endswith("_autocomplete"):
            continue
        arguments = set(pattern.pattern.regex.groupindex)
        kwargs = {}
        if arguments:
            if obj is None or not arguments <= {"object_id", "pk", "id"}:
                continue
            kwargs = dict.fromkeys(arguments, obj.pk)
        try:
            urls.append(reverse(f"admin:{pattern.name}", kwargs=kwargs))
        except NoReverseMatch:
            continue
    # The standard pages first, whatever the patterns' names (a user's password page...).
    standard = [reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
                reverse(f"admin:{opts.app_label}_{opts.model_name}_add")]
    return list(dict.fromkeys(standard + urls))


def admin_pages(objects):
    pages = [reverse("admin:index"), reverse("admin:password_change"),
             reverse("admin:password_change_done")]
    pages += [reverse("admin:app_list", args=[label])
              for label in sorted({m._meta.app_label for m in admin.site._registry})]
    for model, model_admin in admin.site._registry.items():
        pages += model_admin_urls(model_admin, objects.get(model))
    return list(dict.fromkeys(pages))


STANDARD_ENDINGS = ("/admin/", "/add/", "/change/", "/history/", "/delete/")


def test_every_admin_page_is_in_vietnamese(client, settings):
    superuser = factories.SuperuserFactory(username="thuky")
    # The items' names are stored in history entries (the index's recent actions) as
    # written at the time: a Vietnamese editor's.
    with translation.override("vi"):
        objects = build_objects()
        log_english_history(superuser, objects)
    client.force_login(superuser)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    problems, walked = {}, 0
    for url in admin_pages(objects):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
        if response.status_code in (301, 302, 403):
            continue  # "view on site" shortcuts; pages refused on purpose (a fixed page's delete)
        if response.status_code == 404 and not url.endswith(STANDARD_ENDINGS):
            continue  # an item's optional sub-page (e.g. its unpublished changes: none here)
        assert response.status_code == 200, url
        if "html" not in response.get("Content-Type", ""):
            continue
        page = parse(response.content.decode())
        responses = [("GET", page)]
        if url.endswith("/add/"):
            # The add form sent back empty (its hidden fields only): the error summary and
            # the fields' error messages.
            sent = client.post(url, page.hidden_inputs, HTTP_ACCEPT_LANGUAGE="vi")
            assert sent.status_code in (200, 302), ("POST", url)
            responses.append(("POST", parse(sent.content.decode())))
        for method, parsed in responses:
            walked += 1
            words = english_words_in(parsed)
            if words:
                problems[f"{method} {url}"] = words
    # Signed out: the sign-in page (the logout page needs a POST and leaves at once).
    client.logout()
    for url in (reverse("admin:login"),):
        words = english_words(client.get(url, HTTP_ACCEPT_LANGUAGE="vi").content.decode())
        if words:
            problems[f"GET {url} (signed out)"] = words
    assert walked > 100
    assert problems == {}, "English on Vietnamese admin pages:\n" + "\n".join(
        f"{url}: {', '.join(words)}" for url, words in problems.items())
