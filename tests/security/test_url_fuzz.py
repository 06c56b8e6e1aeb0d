"""Fuzzed query strings over every public list and every admin changelist never give a 5xx
(issue 14, "Done when"): NUL bytes, invalid UTF-8, huge and repeated values, garbage in every
known filter, impossible page numbers and unknown orderings. 400, 404, a redirect or a 200
with a notice are all fine; a 500 is a defect.

Values are sampled (each filter gets a few garbage values in turn), not a cartesian product,
so the whole file runs in well under a minute and a half."""

import itertools
from datetime import date
from urllib.parse import quote

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from cooperation.filters import AgreementFilter, NeedFilter, PartnerFilter, ProjectFilter
from documents.filters import DocumentFilter
from forums.filters import EventFilter
from news.filters import PostFilter
from partnership_portal.sitemaps import sitemaps
from tests import factories

pytestmark = pytest.mark.django_db

HUGE = "x" * 100_000  # 100 KB in one value
GARBAGE = [
    "%00", "%ff%fe", "%C3%28", "'", "\"><script>", "-1", "0", "99999999999999999999999",
    "1e309", "NaN", "2020-13-45", "31/02/2020", "%E2%80%AE", "[]", "__proto__", "a" * 500,
    "%20", "..%2F..%2Fetc%2Fpasswd",
]
# Parameters every list may read, whatever its filters.
COMMON = ["page", "p", "q", "o", "year", "type", "sort", "order", "lang"]

# Public lists: (URL name, kwargs, filter names).
PUBLIC_LISTS = [
    ("home", {}, []),
    ("search", {}, ["q", "type"]),
    ("news:list", {}, list(PostFilter.base_filters)),
    ("news:category", {"slug": "category"}, list(PostFilter.base_filters)),
    ("news:feed", {}, []),
    ("documents:list", {}, list(DocumentFilter.base_filters)),
    ("documents:newsletter", {}, []),
    ("documents:quarterly_reports", {}, []),
    ("cooperation:overview", {}, []),
    ("cooperation:agreements", {}, list(AgreementFilter.base_filters)),
    ("cooperation:agreements_csv", {}, list(AgreementFilter.base_filters)),
    ("cooperation:agreements_json", {}, list(AgreementFilter.base_filters)),
    ("cooperation:partners", {}, list(PartnerFilter.base_filters)),
    ("cooperation:projects", {}, list(ProjectFilter.base_filters)),
    ("cooperation:needs", {}, list(NeedFilter.base_filters)),
    ("forums:list", {}, list(EventFilter.base_filters)),
    ("forums:series", {}, []),
    ("forums:feed", {}, []),
    ("forums:calendar", {}, []),
    ("about", {}, []),
]
# Language-neutral addresses.
NEUTRAL = [("sitemap", {}), *(("sitemap_section", {"section": key}) for key in sitemaps)]

# The sitemap files read only their page number, `p`.
SITEMAP_QUERIES = ["p=%00", "p=%ff", "p=-1", "p=0", "p=99999999999999999999", "p=x",
                   f"p={HUGE}", "&".join(["p=2"] * 200), "o=99&page=-1"]


def fuzz_queries(filter_names):
    """The query strings sent to one list: fixed hostile cases, then each filter name with
    garbage values taken in turn from GARBAGE (sampled, not every combination)."""
    names = list(dict.fromkeys([*filter_names, *COMMON]))
    queries = [
        "page=%00", "q=%ff%fe", "%ff=1", "q=%00x", f"q={HUGE}", f"page={HUGE}",
        "&".join(["page=2"] * 200), "&".join(f"{names[0]}={i}" for i in range(200)),
        "page=-1", "page=0", "page=99999999999999999999999", "page=1.5", "page=last",
        "p=-1", "p=99999999999999999999", "o=99", "o=-99", "o=1.2.x", "o=", "page=",
        "&".join(f"{name}=" for name in names),
    ]
    garbage = itertools.cycle(GARBAGE)
    for name in names:
        for _ in range(2):
            queries.append(f"{quote(name)}={next(garbage)}")
    # Every filter garbage at once, and the huge value in each filter.
    queries.append("&".join(f"{quote(name)}={next(garbage)}" for name in names))
    queries.extend(f"{quote(name)}={HUGE}" for name in filter_names)
    return queries


@pytest.fixture
def content(db):
    """One published item of every kind, so lists render rows, filters have choices and the
    sitemap has sections to list."""
    category = factories.CategoryFactory(slug_vi="category", slug_en="category")
    factories.PostFactory(category=category)
    document = factories.DocumentFactory()
    factories.DocumentFileFactory(document=document)
    partner = factories.PartnerOrganisationFactory()
    agreement = factories.AgreementFactory()
    factories.sign(agreement, partner, date(2020, 5, 1))
    factories.ProjectFactory()
    factories.CooperationNeedFactory()
    factories.EventFactory()
    factories.PageFactory()


def _check(client, url, failures):
    try:
        response = client.get(url)
    except Exception as error:  # noqa: BLE001 - collected so one run names every failure
        failures.append(f"{url[:160]} raised {error!r}"[:400])
        return
    if response.status_code >= 500:
        failures.append(f"{url[:160]} gave {response.status_code}")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_public_lists_never_give_a_server_error(client, content, language):
    failures, urls, requests = [], 0, 0
    with translation.override(language):
        targets = [(reverse(name, kwargs=kwargs), filters)
                   for name, kwargs, filters in PUBLIC_LISTS]
    if language == "vi":  # the sitemap has no language prefix: fuzzed once
        targets += [(reverse(name, kwargs=kwargs), None) for name, kwargs in NEUTRAL]
    for path, filters in targets:
        urls += 1
        for query in fuzz_queries(filters) if filters is not None else SITEMAP_QUERIES:
            requests += 1
            _check(client, f"{path}?{query}", failures)
    print(f"public {language}: {urls} URLs, {requests} requests")
    assert not failures, "\n".join(failures)


def _changelist_parameters(model_admin, superuser):
    """The query parameters a changelist understands: its filters' own parameter names (read
    from the filters themselves), its search, ordering, pagination and date hierarchy."""
    request = RequestFactory().get("/")
    request.user = superuser
    changelist = model_admin.get_changelist_instance(request)
    names = {"q", "o", "p", "all", "e", "_to_field", "_popup"}
    for spec in changelist.filter_specs:
        names.update(spec.expected_parameters())
    if model_admin.date_hierarchy:
        field = model_admin.date_hierarchy
        names.update(f"{field}__{part}" for part in ("year", "month", "day"))
    return sorted(names)


def admin_queries(names):
    queries = [
        "q=%00", "q=%ff%fe", f"q={HUGE}", "&".join(["q=a"] * 200), "p=-1", "p=0",
        "p=99999999999999999999", "o=99", "o=-99", "o=1.2.x", "o=abc", "all=&p=x", "e=1",
        "_to_field=password", "_popup=1&_to_field=id", "unknown_field__exact=1",
    ]
    garbage = itertools.cycle(GARBAGE)
    for name in names:
        queries.append(f"{quote(name)}={next(garbage)}")
    queries.append("&".join(f"{quote(name)}={next(garbage)}" for name in names))
    return queries


def test_admin_changelists_never_give_a_server_error(client, content):
    superuser = factories.SuperuserFactory(username="fuzzer")
    client.force_login(superuser)
    failures, urls, requests = [], 0, 0
    for model, model_admin in admin.site._registry.items():
        path = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        urls += 1
        for query in admin_queries(_changelist_parameters(model_admin, superuser)):
            requests += 1
            _check(client, f"{path}?{query}", failures)
    print(f"admin: {urls} changelists, {requests} requests")
    assert urls == len(admin.site._registry) and urls >= 15
    assert not failures, "\n".join(failures)


def _autocomplete_targets():
    """(app_label, model_name, field_name) of every autocomplete field in the admin."""
    for model, model_admin in admin.site._registry.items():
        for field in model_admin.autocomplete_fields:
            yield model._meta.app_label, model._meta.model_name, field


def test_admin_autocomplete_never_gives_a_server_error(client, content):
    client.force_login(factories.SuperuserFactory(username="fuzzer"))
    failures, requests = [], 0
    path = reverse("admin:autocomplete")
    targets = list(_autocomplete_targets())
    assert targets
    hostile = [
        "term=%00", "term=%ff%fe", f"term={HUGE}", "&".join(["term=a"] * 200), "page=-1",
        "page=0", "page=99999999999999999999", "page=x", "term='", "term=%25",
    ]
    for app_label, model_name, field in targets:
        base = f"app_label={app_label}&model_name={model_name}&field_name={field}"
        for query in hostile:
            requests += 1
            _check(client, f"{path}?{base}&{query}", failures)
    # Unknown or garbage targets: a 403 or 404, never a 500.
    for query in ["app_label=news", "app_label=%00&model_name=x&field_name=y",
                  "app_label=news&model_name=post&field_name=password",
                  "app_label=auth&model_name=user&field_name=groups",
                  "app_label=news&model_name=nomodel&field_name=category",
                  f"app_label={HUGE}&model_name=post&field_name=category", ""]:
        requests += 1
        _check(client, f"{path}?{query}", failures)
    print(f"autocomplete: {len(targets)} fields, {requests} requests")
    assert not failures, "\n".join(failures)
