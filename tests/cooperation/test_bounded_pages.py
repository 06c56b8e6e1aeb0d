"""The partner page shows a few rows of each list and links to the full, filtered list; the
register's exports stream, with the same number of queries however long they are."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.factories import (
    AgreementDocumentFactory,
    AgreementFactory,
    DocumentFileFactory,
    EventFactory,
    EventOrganiserFactory,
    EventPersonFactory,
    PartnerOrganisationFactory,
    PostFactory,
    ProjectRoleFactory,
)

pytestmark = pytest.mark.django_db

LIMIT = 2


@pytest.fixture
def busy_partner(settings):
    settings.PARTNER_PAGE_LIST_LIMIT = LIMIT
    partner = PartnerOrganisationFactory(slug_vi="bo-tu-phap-lao", name_en="Lao MoJ")
    for i in range(LIMIT + 1):
        agreement = AgreementFactory(parties=[partner], title_en=f"Busy treaty {i}")
        attached = AgreementDocumentFactory(agreement=agreement)
        DocumentFileFactory(document=attached.document)
        ProjectRoleFactory(partner=partner)
        PostFactory().partners.add(partner)
        EventOrganiserFactory(partner=partner, event=EventFactory())
    return partner


def _partner_page(client, partner):
    with translation.override("en"):
        return client.get(partner.get_absolute_url()).content.decode()


def test_partner_page_caps_each_list_and_links_to_the_filtered_lists(client, busy_partner):
    html = _partner_page(client, busy_partner)
    assert html.count("Busy treaty") == LIMIT
    for text, path in [
        ("See all agreements", "/en/cooperation/agreements/?partner=bo-tu-phap-lao"),
        ("See all projects", "/en/cooperation/projects/?partner=bo-tu-phap-lao"),
        ("See all documents", "/en/documents/?partner=bo-tu-phap-lao"),
        ("See all news", "/en/news/?partner=bo-tu-phap-lao"),
        ("See all events", "/en/forums/?partner=bo-tu-phap-lao"),
    ]:
        assert f'<a href="{path}">{text}</a>' in html, text


def test_partner_page_has_no_see_all_link_when_everything_is_shown(client, busy_partner,
                                                                   settings):
    settings.PARTNER_PAGE_LIST_LIMIT = 10
    html = _partner_page(client, busy_partner)
    assert html.count("Busy treaty") == LIMIT + 1
    assert "See all" not in html


def test_an_item_linked_to_the_partner_twice_is_shown_and_counted_once(client, busy_partner,
                                                                      settings):
    # A document attached to one of the partner's agreements (with a second party) and to
    # one of its projects; an event it organises with another partner, where two of its
    # people speak. Joins would give each several rows: with room for exactly the three
    # items, a repeated row would both show twice and ask for a "See all" link.
    settings.PARTNER_PAGE_LIST_LIMIT = LIMIT + 1
    agreement = busy_partner.agreements.first()
    agreement.parties.add(PartnerOrganisationFactory())
    document = agreement.documents.first()
    busy_partner.projects.first().documents.add(document)
    event = busy_partner.organised_events.first().event
    EventOrganiserFactory(event=event)
    EventPersonFactory(event=event, organisation=busy_partner)
    EventPersonFactory(event=event, organisation=busy_partner)
    html = _partner_page(client, busy_partner)
    assert "See all documents" not in html and "See all events" not in html
    with translation.override("en"):
        assert html.count(f'href="{document.get_absolute_url()}"') == 1
        assert html.count(f'href="{event.get_absolute_url()}"') == 1


def test_see_all_links_lead_to_lists_of_only_that_partners_items(client, busy_partner):
    PostFactory(title_en="Someone else's news")
    AgreementFactory(title_en="Someone else's treaty")
    ProjectRoleFactory()
    other = DocumentFileFactory().document
    with translation.override("en"):
        news = client.get("/en/news/?partner=bo-tu-phap-lao").context
        projects = client.get("/en/cooperation/projects/?partner=bo-tu-phap-lao").context
        documents = client.get("/en/documents/?partner=bo-tu-phap-lao").context
    assert news["paginator"].count == LIMIT + 1
    assert len(projects["projects"]) == LIMIT + 1
    assert documents["paginator"].count == LIMIT + 1
    assert other not in documents["documents"]


def _read(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        body = b"".join(response.streaming_content)
    return response, body, len(ctx.captured_queries)


@pytest.mark.parametrize("export", ["export.csv", "export.json"])
def test_register_export_streams_with_the_same_queries_for_300_agreements(client, export):
    partner = PartnerOrganisationFactory()
    AgreementFactory(parties=[partner, PartnerOrganisationFactory()])
    url = f"/en/cooperation/agreements/{export}"
    response, _body, few = _read(client, url)
    assert response.streaming
    for _ in range(299):
        AgreementFactory(parties=[partner, PartnerOrganisationFactory()])
    response, body, many = _read(client, url)
    assert many == few
    if export == "export.json":
        data = json.loads(body)
        assert data["count"] == len(data["agreements"]) == 300
    else:
        assert body.decode("utf-8").count("\r\n") == 301  # the header and every agreement


def test_empty_json_export_is_valid(client):
    data = json.loads(b"".join(client.get("/en/cooperation/agreements/export.json")
                               .streaming_content))
    assert data["count"] == 0 and data["agreements"] == []
