"""`prefetch_for_one()` gives a detail page's item what `prefetch_related()` gave it: each
relation's `.all()` answered without a query, with the same rows in the same order."""

from datetime import date

import pytest
from django.db import connection
from django.db.models import Prefetch
from django.test.utils import CaptureQueriesContext

from cooperation.models import Agreement, Partner
from forums.models import Event
from partnership_portal.models import prefetch_for_one
from tests.factories import (
    AgendaItemFactory,
    AgreementFactory,
    AreaFactory,
    EventFactory,
    EventPersonFactory,
    PartnerOrganisationFactory,
    sign,
)

pytestmark = pytest.mark.django_db


def test_each_relation_is_read_from_the_fetched_rows_like_a_prefetch():
    laos, cuba = (PartnerOrganisationFactory(name_en=name) for name in ("Laos", "Cuba"))
    hidden = PartnerOrganisationFactory(name_en="Hidden", status="draft")
    agreement = AgreementFactory(parties=[laos, cuba, hidden])
    agreement.areas.set([AreaFactory(), AreaFactory()])
    sign(agreement, cuba, date(2020, 1, 2))
    sign(agreement, laos, date(2020, 1, 1))

    prefetched = Agreement.objects.prefetch_related(
        Prefetch("parties", Partner.objects.published()), "areas",
        Prefetch("signatures")).get(pk=agreement.pk)
    item = Agreement.objects.get(pk=agreement.pk)
    with CaptureQueriesContext(connection) as fetching:
        prefetch_for_one(item, parties=lambda parties: parties.published(),
                         areas=lambda areas: areas.all(),
                         signatures=lambda signatures: signatures.select_related("party"))
    assert len(fetching) == 3  # one query a relation
    with CaptureQueriesContext(connection) as reading:
        parties, areas = list(item.parties.all()), list(item.areas.all())
        signatures = [(s.party.name_en, s.date) for s in item.signatures.all()]
    assert len(reading) == 0
    assert parties == list(prefetched.parties.all()) and hidden not in parties
    assert sorted(p.name_en for p in parties) == ["Cuba", "Laos"]
    assert areas == list(prefetched.areas.all()) and len(areas) == 2
    assert signatures == [(s.party.name_en, s.date) for s in prefetched.signatures.all()]


def test_event_page_reads_its_people_agenda_and_organisers_once(client):
    event = EventFactory()
    for _ in range(3):
        EventPersonFactory(event=event, organisation=PartnerOrganisationFactory())
        AgendaItemFactory(event=event)
    queries = []
    for _ in range(2):  # the counts do not depend on how many people or items there are
        with CaptureQueriesContext(connection) as context:
            assert client.get(event.get_absolute_url()).status_code == 200
        queries.append(len(context))
        EventPersonFactory(event=event, organisation=PartnerOrganisationFactory())
        AgendaItemFactory(event=event)
    assert queries[0] == queries[1]
    assert Event.objects.get(pk=event.pk).people.count() == 5
