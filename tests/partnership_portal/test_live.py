"""`published()` as one SQL expression (`Live`) selects exactly what its four lookups did."""

from datetime import timedelta

import pytest
from django.db.models import Q
from django.utils import timezone

from cooperation.models import Partner
from forums.models import EventOrganiser
from news.models import Post
from partnership_portal.models import Live
from tests.factories import (
    EventFactory,
    EventOrganiserFactory,
    PartnerOrganisationFactory,
    PostFactory,
)

pytestmark = pytest.mark.django_db


def lookups(now, include_ended=False):
    live = Q(status="published", publish_at__lte=now)
    if not include_ended:
        live &= Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now)
    return live


@pytest.fixture
def posts():
    now = timezone.now()
    hour = timedelta(hours=1)
    cases = [("published", -hour, None), ("published", hour, None), ("draft", -hour, None),
             ("published", -hour, hour), ("published", -hour, -hour / 2),
             ("published", -2 * hour, -hour), ("draft", hour, hour)]
    return [PostFactory(status=status, publish_at=now + start,
                        unpublish_at=None if end is None else now + end)
            for status, start, end in cases]


@pytest.mark.parametrize("include_ended", [False, True])
def test_live_selects_the_rows_the_lookups_select(posts, include_ended):
    now = timezone.now()
    expected = set(Post.objects.filter(lookups(now, include_ended)).values_list("pk", flat=True))
    got = set(Post.objects.filter(Live(now, include_ended)).values_list("pk", flat=True))
    assert got == expected and 0 < len(got) < len(posts)
    assert set(Post.objects.published(include_ended).values_list("pk", flat=True)) == expected


def test_live_in_a_subquery_keeps_its_own_alias():
    event = EventFactory()
    public = PartnerOrganisationFactory()
    hidden = PartnerOrganisationFactory(status="draft")
    later = PartnerOrganisationFactory(publish_at=timezone.now() + timedelta(days=1))
    for partner in (public, hidden, later):
        EventOrganiserFactory(event=event, partner=partner)
    shown = EventOrganiser.objects.filter(partner__in=Partner.objects.published())
    assert [o.partner_id for o in shown] == [public.pk]


@pytest.mark.parametrize("include_ended", [False, True])
def test_live_via_a_join_selects_what_the_subquery_selects(include_ended):
    now = timezone.now()
    hour = timedelta(hours=1)
    event = EventFactory()
    for status, start, end in [("published", -hour, None), ("draft", -hour, None),
                               ("published", hour, None), ("published", -2 * hour, -hour),
                               ("published", -hour, hour)]:
        partner = PartnerOrganisationFactory(status=status, publish_at=now + start,
                                             unpublish_at=None if end is None else now + end)
        EventOrganiserFactory(event=event, partner=partner)
    by_subquery = EventOrganiser.objects.filter(
        partner__in=Partner.objects.published(include_ended))
    by_join = EventOrganiser.objects.filter(Live(now, include_ended, via="partner__"))
    expected = set(by_subquery.values_list("pk", flat=True))
    assert set(by_join.values_list("pk", flat=True)) == expected
    assert 0 < len(expected) < 5
    # One join to the partner, shared with select_related; no subquery.
    sql = str(by_join.select_related("partner").query)
    assert sql.count("JOIN") == 1 and sql.count("SELECT") == 1
