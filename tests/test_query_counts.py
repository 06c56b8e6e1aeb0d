"""Every public page type costs a fixed number of SQL queries, however many items it shows.

A small world is built around one item of each kind (the "hubs"), every page is measured, then
more items linked to the same hubs are added and each page must not take more queries than it
did before (`django_assert_max_num_queries`).
"""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cooperation.models import AgreementLink, Partner, ProjectRole
from forums.models import Event
from partnership_portal.sitemaps import sitemaps
from tests.factories import (
    AgendaItemFactory,
    AgreementDocumentFactory,
    AgreementFactory,
    AgreementLinkFactory,
    AreaFactory,
    CategoryFactory,
    CooperationNeedFactory,
    DocumentFactory,
    DocumentFileFactory,
    DocumentKindFactory,
    EventFactory,
    EventOrganiserFactory,
    EventPersonFactory,
    PageFactory,
    PartnerOrganisationFactory,
    PostFactory,
    ProjectFactory,
    ProjectRoleFactory,
    sign,
)

pytestmark = pytest.mark.django_db

# A ceiling no reader page should ever need; the real guard is "no growth" below.
MAX_QUERIES_ANY_PAGE = 20
PAST = timezone.now() - timedelta(days=2)


@pytest.fixture
def hubs(db):
    PageFactory()
    category = CategoryFactory(slug_vi="hoat-dong", slug_en="activities")
    partner = PartnerOrganisationFactory(name_vi="Bộ Tư pháp Lào", name_en="Ministry of Justice of Laos",
                                         country="LA", kind=Partner.Kind.MINISTRY)
    agency = PartnerOrganisationFactory(kind=Partner.Kind.VN_AGENCY, country="VN")
    area = AreaFactory(name_vi="Tương trợ tư pháp", name_en="Mutual legal assistance",
                       slug="tuong-tro-tu-phap")
    agreement = AgreementFactory(parties=[partner, agency], title_en="Hub treaty")
    sign(agreement, partner, date(2019, 3, 1))
    sign(agreement, agency, date(2019, 3, 1))
    newsletter = DocumentKindFactory(code="newsletter", name_vi="Bản tin", name_en="Newsletter")
    document = DocumentFactory(kind=newsletter)
    DocumentFileFactory(document=document)
    project = ProjectFactory(
        title_vi="Dự án hỗ trợ tư pháp", title_en="Justice support project", publish_at=PAST,
        start=date(2020, 1, 1), end=date(2024, 12, 31))
    ProjectRoleFactory(project=project, partner=partner, role=ProjectRole.Role.FUNDER)
    need = CooperationNeedFactory(title_vi="Nhu cầu đào tạo", title_en="Training need",
                                  agency=agency, area=area, end_year=2026, publish_at=PAST)
    event = EventFactory(kind=Event.Kind.ANNUAL_FORUM, project=project)
    post = PostFactory(category=category)
    post.partners.add(partner)
    post.agreements.add(agreement)
    post.documents.add(document)
    return {"category": category, "partner": partner, "agency": agency, "area": area,
            "agreement": agreement, "document": document, "project": project, "need": need,
            "event": event, "post": post, "newsletter": newsletter}


def grow(hubs, n):
    """Add n more items of every kind, each linked to the hubs so every page shows them."""
    for i in range(n):
        other = PartnerOrganisationFactory(country="CU")
        agreement = AgreementFactory(parties=[hubs["partner"], other])
        sign(agreement, hubs["partner"], date(2021, 1 + i % 12, 1), date_precision="month")
        sign(agreement, other, date(2021, 1 + i % 12, 2))
        AgreementLinkFactory(source=agreement, kind=AgreementLink.Kind.IMPLEMENTS,
                             target=hubs["agreement"])
        document = DocumentFactory(kind=hubs["newsletter"])
        DocumentFileFactory(document=document)
        DocumentFileFactory(document=document, language="en")
        AgreementDocumentFactory(agreement=hubs["agreement"], document=document)
        hubs["project"].documents.add(document)
        hubs["event"].documents.add(document)
        hubs["post"].documents.add(document)
        project = ProjectFactory(title_vi=f"Dự án {i}", title_en=f"Project {i}", publish_at=PAST)
        ProjectRoleFactory(project=project, partner=hubs["partner"], role="funder")
        ProjectRoleFactory(project=hubs["project"], partner=other, role="implementer")
        hubs["project"].agreements.add(agreement)
        CooperationNeedFactory(title_vi=f"Nhu cầu {i}", title_en=f"Need {i}",
                               agency=hubs["agency"], area=hubs["area"], end_year=2026,
                               publish_at=PAST)
        event = EventFactory(project=hubs["project"])
        EventOrganiserFactory(event=event, partner=hubs["partner"])
        EventOrganiserFactory(event=hubs["event"], partner=other)
        EventPersonFactory(event=hubs["event"], role="speaker", name=f"Speaker {i}",
                           organisation=other)
        AgendaItemFactory(event=hubs["event"], order=i)
        hubs["event"].agreements.add(agreement)
        post = PostFactory(category=hubs["category"])
        post.partners.add(hubs["partner"], other)
        post.agreements.add(hubs["agreement"], agreement)


def page_urls(hubs):
    """Every public page type, in Vietnamese (the default language)."""
    with translation.override("vi"):
        return {
            "home": reverse("home"),
            "about": reverse("about"),
            "search": reverse("search") + "?q=hop+tac",
            "news list": reverse("news:list"),
            "news category": hubs["category"].get_absolute_url(),
            "news detail": hubs["post"].get_absolute_url(),
            "news feed": reverse("news:feed"),
            "documents list": reverse("documents:list"),
            "documents series": reverse("documents:newsletter"),
            "document detail": hubs["document"].get_absolute_url(),
            "cooperation overview": reverse("cooperation:overview"),
            "register": reverse("cooperation:agreements"),
            "register in force on": reverse("cooperation:agreements") + "?on=2022-01-01",
            "register csv": reverse("cooperation:agreements_csv"),
            "register json": reverse("cooperation:agreements_json"),
            "agreement detail": hubs["agreement"].get_absolute_url(),
            "partners list": reverse("cooperation:partners"),
            "partner detail": hubs["partner"].get_absolute_url(),
            "projects list": reverse("cooperation:projects"),
            "project detail": hubs["project"].get_absolute_url(),
            "needs list": reverse("cooperation:needs"),
            "need detail": hubs["need"].get_absolute_url(),
            "events list": reverse("forums:list"),
            "forum series": reverse("forums:series"),
            "event detail": hubs["event"].get_absolute_url(),
            "event ics": reverse("forums:ics", kwargs={"slug": hubs["event"].slug}),
            "calendar": reverse("forums:calendar"),
            "events feed": reverse("forums:feed"),
            "sitemap": "/sitemap.xml",
            **{f"sitemap {section}": f"/sitemap-{section}.xml" for section in sitemaps},
        }


def _count(client, url, django_assert_max_num_queries, ceiling):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with django_assert_max_num_queries(ceiling), CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        response.getvalue()  # a streamed export runs its queries while it is read
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_no_page_type_takes_more_queries_with_more_items(client, hubs,
                                                         django_assert_max_num_queries):
    from django.core.cache import cache

    grow(hubs, 1)
    urls = page_urls(hubs)
    # The sitemap index asks each section for its size and last change: two queries per
    # section, whatever the number of items (and it is served from the page cache).
    ceilings = {"sitemap": max(MAX_QUERIES_ANY_PAGE, 2 * len(sitemaps) + 2)}
    small = {name: _count(client, url, django_assert_max_num_queries,
                          ceilings.get(name, MAX_QUERIES_ANY_PAGE))
             for name, url in urls.items()}
    grow(hubs, 6)
    cache.clear()  # cached pages (the sitemap) must be measured again, not served
    for name, url in urls.items():
        # Raises with the list of queries when a page needs more than it did with fewer items.
        _count(client, url, django_assert_max_num_queries, small[name])


def test_partner_page_lists_the_added_items(client, hubs):
    """The growth above really reaches the pages (else the test above proves nothing)."""
    grow(hubs, 3)
    with translation.override("en"):
        html = client.get(hubs["partner"].get_absolute_url()).content.decode()
        event_html = client.get(hubs["event"].get_absolute_url()).content.decode()
    assert html.count("Cooperation programme no.") >= 3
    assert event_html.count("Speaker ") >= 3
