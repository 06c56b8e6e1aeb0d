from datetime import date, datetime

import pytest
from django.utils import timezone

from documents.models import Access
from reports.periods import Period
from reports.snapshot import take_snapshot
from tests.factories import (
    AgreementFactory,
    DocumentFactory,
    EventFactory,
    PartnerOrganisationFactory,
    PostFactory,
    sign,
)

pytestmark = pytest.mark.django_db

HANOI = timezone.get_default_timezone()
Q3_2020 = Period(2020, 3)


def test_period_bounds_follow_hanoi_time():
    start, end = Q3_2020.bounds()
    assert (start, end) == (datetime(2020, 7, 1, tzinfo=HANOI), datetime(2020, 10, 1, tzinfo=HANOI))
    assert (Q3_2020.following(), Period(2020, 4).following()) == (Period(2020, 4), Period(2021, 1))


def test_drafts_and_items_of_other_quarters_are_not_named():
    PostFactory(title_en="Published in the quarter", publish_at=datetime(2020, 7, 1, 0, 30, tzinfo=HANOI))
    PostFactory(title_en="Draft", status="draft", publish_at=datetime(2020, 8, 1, tzinfo=HANOI))
    PostFactory(title_en="Previous quarter", publish_at=datetime(2020, 6, 30, 23, 30, tzinfo=HANOI))
    EventFactory(title_en="Draft seminar", status="draft",
                 start=datetime(2020, 8, 3, 9, tzinfo=HANOI), end=datetime(2020, 8, 3, 12, tzinfo=HANOI))

    data = take_snapshot(Q3_2020)["en"]

    assert [p["title"] for g in data["news"] for p in g["posts"]] == ["Published in the quarter"]
    assert data["events"] == []


def test_secretariat_only_documents_are_counted_not_named():
    DocumentFactory(title_en="Public proceedings", access=Access.PUBLIC,
                    publish_at=datetime(2020, 9, 1, tzinfo=HANOI))
    DocumentFactory(title_en="Internal note", access=Access.SECRETARIAT,
                    publish_at=datetime(2020, 9, 2, tzinfo=HANOI))

    documents = take_snapshot(Q3_2020)["en"]["documents"]

    assert [d["title"] for d in documents["items"]] == ["Public proceedings"]
    assert documents["secretariat_only"] == 1


def test_agreement_concluded_by_the_last_signature_in_the_quarter_is_reported():
    viet_nam, azerbaijan = PartnerOrganisationFactory(), PartnerOrganisationFactory()
    programme = AgreementFactory(title_en="Cooperation programme 2020-2022",
                                 parties=[viet_nam, azerbaijan])
    sign(programme, azerbaijan, date(2020, 9, 23))
    sign(programme, viet_nam, date(2020, 10, 27))
    AgreementFactory(title_en="Untouched MOU", parties=[viet_nam])

    in_q3 = take_snapshot(Q3_2020)["en"]["agreements"]
    in_q4 = take_snapshot(Period(2020, 4))["en"]["agreements"]

    assert in_q3 == []  # one party had signed: still under negotiation
    assert [(a["action"], a["title"], a["date"]) for a in in_q4] == [
        ("Concluded", "Cooperation programme 2020-2022", "27 October 2020"),
        ("Entered into force", "Cooperation programme 2020-2022", "27 October 2020"),
    ]


def test_agreement_replaced_in_the_quarter_is_reported_with_its_replacement():
    from cooperation.models import AgreementLink

    viet_nam, argentina = PartnerOrganisationFactory(), PartnerOrganisationFactory()
    old = AgreementFactory(title_vi="Bản ghi nhớ 1998", title_en="MOU of 1998", parties=[viet_nam, argentina])
    sign(old, viet_nam, date(1998, 3, 1))
    sign(old, argentina, date(1998, 3, 1))
    new = AgreementFactory(title_vi="Bản ghi nhớ 2023", title_en="MOU of 2023", parties=[viet_nam, argentina])
    sign(new, viet_nam, date(2023, 5, 10))
    sign(new, argentina, date(2023, 5, 10))
    AgreementLink.objects.create(source=new, kind=AgreementLink.Kind.REPLACES, target=old)

    rows = take_snapshot(Period(2023, 2))["vi"]["agreements"]

    assert ("Được thay thế bởi", "Bản ghi nhớ 1998", "Bản ghi nhớ 2023") in [
        (r["action"], r["title"], r["other"]) for r in rows]
    assert ("Concluded", "MOU of 2023") in [
        (r["action"], r["title"]) for r in take_snapshot(Period(2023, 2))["en"]["agreements"]]
