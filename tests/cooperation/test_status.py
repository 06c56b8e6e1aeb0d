"""Agreement status is derived from signatures, dates and links, as of any day."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cooperation.models import Agreement, AgreementLink
from cooperation.status import IN_FORCE_STATES
from tests.factories import AgreementFactory, PartnerOrganisationFactory, sign

pytestmark = pytest.mark.django_db
S = Agreement.State


def state(agreement, on):
    """The state as lists show it (worked out in Python after the fetch), checked against
    the SQL column that filters and sorts use, and against the "in force on" range test."""
    shown = Agreement.objects.with_state(on=on).get(pk=agreement.pk).state
    column = Agreement.objects.with_state_column(on=on).get(pk=agreement.pk).state
    assert shown == column, f"Python says {shown}, SQL says {column} on {on}"
    # Lists of links (an event's, a post's agreements) fetch no shown dates: the same state.
    linked = Agreement.objects.with_state(on=on, dates=False).get(pk=agreement.pk)
    assert linked.state == shown and not hasattr(linked, "concluded_on")
    # for_links() reads only the columns the state follows from: as many queries as with
    # every column (a deferred column read for the state would cost one more).
    with CaptureQueriesContext(connection) as full:
        Agreement.objects.with_state(on=on, dates=False).get(pk=agreement.pk)
    with CaptureQueriesContext(connection) as links:
        link = Agreement.objects.for_links(on=on).get(pk=agreement.pk)
        assert link.state == shown and link.title and link.get_absolute_url()
    assert len(links.captured_queries) == len(full.captured_queries)
    in_force = Agreement.objects.in_force_on(on).filter(pk=agreement.pk).exists()
    assert in_force == (shown in IN_FORCE_STATES), f"{shown} but in_force_on={in_force}"
    return shown


@pytest.fixture
def moj():
    return PartnerOrganisationFactory(name_en="Ministry of Justice of Viet Nam", kind="vn_agency")


@pytest.fixture
def azerbaijan():
    return PartnerOrganisationFactory(name_en="Ministry of Justice of Azerbaijan",
                                      kind="ministry", country="AZ")


@pytest.fixture
def programme(moj, azerbaijan):
    """The 2020–2022 programme, signed by alternating signature."""
    agreement = AgreementFactory(parties=[moj, azerbaijan], valid_from=date(2020, 1, 1),
                                 valid_until=date(2022, 12, 31))
    sign(agreement, azerbaijan, date(2020, 9, 23), method="alternating",
         signatory="Fikrat Mammadov")
    sign(agreement, moj, date(2020, 10, 27), method="alternating", signatory="Lê Thành Long")
    return agreement


def test_alternating_signature_status_over_time(programme):
    assert state(programme, date(2020, 9, 22)) == S.NEGOTIATION   # nobody signed yet
    assert state(programme, date(2020, 9, 23)) == S.NEGOTIATION   # only Azerbaijan signed
    assert state(programme, date(2020, 10, 26)) == S.NEGOTIATION
    assert state(programme, date(2020, 10, 27)) == S.IN_FORCE     # last signature
    assert state(programme, date(2022, 12, 31)) == S.IN_FORCE
    assert state(programme, date(2023, 1, 1)) == S.EXPIRED


def test_conclusion_is_the_last_signature(programme):
    annotated = Agreement.objects.with_state().get(pk=programme.pk)
    assert annotated.concluded_on == date(2020, 10, 27)


def test_signed_but_not_yet_in_force_until_its_period_or_entry_into_force(moj, azerbaijan):
    later = AgreementFactory(parties=[moj, azerbaijan], valid_from=date(2024, 1, 1),
                             valid_until=date(2025, 12, 31))
    sign(later, moj, date(2023, 6, 1))
    sign(later, azerbaijan, date(2023, 6, 1))
    assert state(later, date(2023, 12, 31)) == S.SIGNED
    assert state(later, date(2024, 1, 1)) == S.IN_FORCE

    treaty = AgreementFactory(parties=[moj, azerbaijan], nature="treaty",
                              effective_on_signature=False)
    sign(treaty, moj, date(2023, 6, 1))
    sign(treaty, azerbaijan, date(2023, 6, 1))
    assert state(treaty, date(2030, 1, 1)) == S.SIGNED  # awaits ratification
    treaty.entry_into_force = date(2024, 3, 1)
    treaty.save()
    assert state(treaty, date(2024, 2, 29)) == S.SIGNED
    assert state(treaty, date(2024, 3, 1)) == S.IN_FORCE


def test_replacement_and_partial_replacement(moj, azerbaijan):
    old = AgreementFactory(parties=[moj, azerbaijan], nature="treaty")
    sign(old, moj, date(1998, 1, 6))
    sign(old, azerbaijan, date(1998, 1, 6))
    new = AgreementFactory(parties=[moj, azerbaijan], nature="treaty")
    sign(new, moj, date(2023, 4, 10))
    sign(new, azerbaijan, date(2023, 4, 10))
    link = AgreementLink.objects.create(source=new, kind="partly_replaces", target=old)
    assert state(old, date(2023, 4, 9)) == S.IN_FORCE
    assert state(old, date(2023, 4, 10)) == S.PARTLY_SUPERSEDED
    link.kind = "replaces"
    link.save()
    assert state(old, date(2023, 4, 10)) == S.SUPERSEDED
    assert state(new, date(2023, 4, 10)) == S.IN_FORCE


def test_termination(programme):
    programme.terminated_on = date(2021, 6, 30)
    programme.save()
    assert state(programme, date(2021, 6, 29)) == S.IN_FORCE
    assert state(programme, date(2021, 6, 30)) == S.TERMINATED


def test_in_force_on_a_date(programme, moj, azerbaijan):
    later = AgreementFactory(parties=[moj], valid_from=date(2024, 1, 1))
    sign(later, moj, date(2023, 1, 1))
    assert list(Agreement.objects.in_force_on(date(2021, 1, 1))) == [programme]
    assert list(Agreement.objects.in_force_on(date(2024, 6, 1))) == [later]


def test_links_are_worded_from_both_ends(programme, moj, azerbaijan):
    mou = AgreementFactory(parties=[moj, azerbaijan], kind="mou", title_en="MOU 2016")
    AgreementLink.objects.create(source=programme, kind="implements", target=mou)
    with translation.override("en"):  # the labels are lazy: words of the active language
        assert [(str(label), other) for label, other in programme.links()] == [
            ("implements", mou)]
        assert [(str(label), other) for label, other in mou.links()] == [
            ("is implemented by", programme)]


def test_replacement_counts_only_once_it_is_published_and_in_force(moj, azerbaijan):
    old = AgreementFactory(parties=[moj, azerbaijan])
    sign(old, moj, date(1998, 1, 6))
    sign(old, azerbaijan, date(1998, 1, 6))
    draft = AgreementFactory(parties=[moj, azerbaijan], status="draft")
    sign(draft, moj, date(2023, 4, 10))
    sign(draft, azerbaijan, date(2023, 4, 10))
    AgreementLink.objects.create(source=draft, kind="replaces", target=old)
    half = AgreementFactory(parties=[moj, azerbaijan])
    sign(half, moj, date(2022, 1, 1))  # the other party has not signed
    AgreementLink.objects.create(source=half, kind="replaces", target=old)
    assert state(old, date(2024, 1, 1)) == S.IN_FORCE
    sign(half, azerbaijan, date(2024, 2, 1))
    assert state(old, date(2024, 1, 31)) == S.IN_FORCE
    assert state(old, date(2024, 2, 1)) == S.SUPERSEDED


def test_only_the_parties_signatures_conclude_an_agreement(moj, azerbaijan):
    outsider = PartnerOrganisationFactory()
    agreement = AgreementFactory(parties=[moj, azerbaijan])
    sign(agreement, moj, date(2021, 1, 1))
    sign(agreement, outsider, date(2021, 1, 2))
    annotated = Agreement.objects.with_state(on=date(2022, 1, 1)).get(pk=agreement.pk)
    assert annotated.state == S.NEGOTIATION and annotated.concluded_on is None


def test_concluded_without_dates(moj, azerbaijan):
    undated = AgreementFactory(parties=[moj, azerbaijan], concluded_undated=True)
    assert state(undated, date(2026, 1, 1)) == S.IN_FORCE
    period = AgreementFactory(parties=[moj, azerbaijan], concluded_undated=True,
                              valid_from=date(2022, 1, 1), valid_until=date(2026, 12, 31))
    assert state(period, date(2021, 6, 1)) == S.SIGNED
    assert state(period, date(2024, 6, 1)) == S.IN_FORCE
    assert state(period, date(2027, 1, 1)) == S.EXPIRED


def test_period_over_without_entry_into_force_is_expired(moj, azerbaijan):
    lapsed = AgreementFactory(parties=[moj, azerbaijan], nature="treaty",
                              effective_on_signature=False, valid_until=date(2022, 12, 31))
    sign(lapsed, moj, date(2020, 5, 1))
    sign(lapsed, azerbaijan, date(2020, 5, 1))
    assert state(lapsed, date(2021, 1, 1)) == S.SIGNED
    assert state(lapsed, date(2023, 1, 1)) == S.EXPIRED


def test_timeline_items_carry_their_own_labels_in_date_order(programme):
    agreement = Agreement.objects.with_state().get(pk=programme.pk)
    with translation.override("en"):
        items = agreement.timeline()
    assert [(item.date, item.kind, item.label) for item in items] == [
        (date(2020, 1, 1), "valid_from", "Period of validity begins"),
        (date(2020, 9, 23), "signature", "Signed on behalf of Ministry of Justice of Azerbaijan"),
        (date(2020, 10, 27), "signature", "Signed on behalf of Ministry of Justice of Viet Nam"),
        (date(2020, 10, 27), "effective", "Took effect on the last signature"),
        (date(2022, 12, 31), "valid_until", "Period of validity ends"),
    ]
    assert items[1].signatory == "Fikrat Mammadov"
    assert items[1].method == "Alternating signature through diplomatic channels"


def test_timeline_labels_follow_the_readers_language(programme):
    with translation.override("vi"):
        labels = [item.label for item in programme.timeline()]
    assert "Period of validity begins" not in labels
    assert all(label for label in labels)


def test_timeline_links_the_replacing_agreement(moj, azerbaijan):
    old = AgreementFactory(parties=[moj, azerbaijan])
    sign(old, moj, date(1998, 1, 6), date_precision="year")
    sign(old, azerbaijan, date(1998, 1, 6), date_precision="year")
    new = AgreementFactory(parties=[moj, azerbaijan])
    sign(new, moj, date(2023, 4, 10))
    sign(new, azerbaijan, date(2023, 4, 10))
    AgreementLink.objects.create(source=new, kind="partly_replaces", target=old)
    with translation.override("en"):
        items = old.timeline()
    assert [item.precision for item in items[:2]] == ["year", "year"]
    assert (items[-1].kind, items[-1].label, items[-1].agreement) == (
        "partly_replaces", "Partly replaced by", new)


def test_timeline_hides_who_signed_for_an_unpublished_party(moj):
    hidden = PartnerOrganisationFactory(name_en="Unannounced ministry", status="draft")
    agreement = AgreementFactory(parties=[moj, hidden])
    sign(agreement, hidden, date(2024, 5, 2), signatory="Secret Signatory",
         signatory_title="Vice-Minister", place="Secret City", method="alternating")
    with translation.override("en"):
        (item,) = agreement.timeline()
    assert item.label == "Signed on behalf of a party"
    assert (item.signatory, item.signatory_title, item.place) == ("", "", "")
    assert item.method == "Alternating signature through diplomatic channels"


def test_agreement_page_shows_no_signature_details_of_an_unpublished_party(client, moj):
    hidden = PartnerOrganisationFactory(name_en="Unannounced ministry", status="draft")
    agreement = AgreementFactory(parties=[moj, hidden])
    sign(agreement, moj, date(2024, 5, 2), signatory="Lê Thành Long", place="Hà Nội")
    sign(agreement, hidden, date(2024, 5, 2), signatory="Secret Signatory",
         signatory_title="Vice-Minister", place="Secret City")
    with translation.override("en"):
        html = client.get(agreement.get_absolute_url()).content.decode()
    assert "Signed on behalf of a party" in html
    assert "Lê Thành Long" in html and "(Hà Nội)" in html
    for secret in ("Unannounced ministry", "Secret Signatory", "Vice-Minister", "Secret City"):
        assert secret not in html


def test_is_in_force_follows_the_annotated_state(programme):
    assert Agreement.objects.with_state(on=date(2021, 1, 1)).get().is_in_force
    assert not Agreement.objects.with_state(on=date(2023, 1, 1)).get().is_in_force


def test_timeline_and_links_read_the_links_once_and_skip_unpublished_replacements(moj):
    old = AgreementFactory(parties=[moj])
    sign(old, moj, date(2010, 3, 1))
    new = AgreementFactory(parties=[moj])
    sign(new, moj, date(2023, 4, 10))
    draft = AgreementFactory(parties=[moj], status="draft")
    sign(draft, moj, date(2024, 1, 5))
    AgreementLink.objects.create(source=new, kind="replaces", target=old)
    AgreementLink.objects.create(source=draft, kind="partly_replaces", target=old)
    old = Agreement.objects.prefetch_related("signatures__party").get(pk=old.pk)
    with CaptureQueriesContext(connection) as queries, translation.override("en"):
        links = old.links()
        items = old.timeline()
    assert [other for _label, other in links] == [new]
    assert [(item.kind, item.agreement) for item in items if item.agreement] == [
        ("replaces", new)]
    assert sum("cooperation_agreementlink" in q["sql"] for q in queries.captured_queries) == 1
