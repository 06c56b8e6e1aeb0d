"""`SearchRank` is the ranking the ORM built from Case/When over `contains` lookups and
`StrIndex`, written as one SQL expression: the same order, on either database (the suite runs
on both)."""

import itertools
from datetime import UTC, datetime

import pytest
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import StrIndex

from partnership_portal import search
from partnership_portal.models import SearchEntry

pytestmark = pytest.mark.django_db


def _tier(condition, points):
    return Case(When(condition, then=Value(points)), default=Value(0),
                output_field=IntegerField())


def _contains_all(column, terms):
    return Q(*[Q(**{f"{column}__contains": f" {term} "}) for term in terms])


def ranked_by_lookups(entries, terms):
    """The ranking as it was written with the ORM's expressions (the oracle)."""
    phrase = f" {' '.join(terms)} "
    score = (_tier(Q(title_norm__contains=phrase), 8) + _tier(_contains_all("title_norm", terms), 4)
             + _tier(Q(summary_norm__contains=phrase), 2)
             + _tier(_contains_all("summary_norm", terms), 1))
    opening = Case(When(position__gte=1, position__lte=30,
                        then=Value(1)), default=Value(0), output_field=IntegerField())
    return entries.annotate(score=score, position=StrIndex("title_norm", Value(phrase))).annotate(
        opening=opening).order_by(F("score").desc(), F("opening").desc(),
                                  F("date").desc(nulls_last=True), "source", "-object_id")


WORDS = ["tuong", "tro", "tu", "phap", "50%", "a_b"]


@pytest.fixture
def entries():
    # Titles and summaries made of the words in every arrangement: phrase, words apart, the
    # phrase late in a long title, missing, and LIKE's wildcards as plain text.
    texts = [" ".join(words) for size in (1, 2, 3)
             for words in itertools.permutations(WORDS[:4], size)]
    # The phrase from the title's 1st character to past its 30th ("opening").
    texts += ["x " * count + "tuong tro" for count in (0, 5, 10, 12, 13, 14, 15, 16, 20)]
    texts += ["", "tuong tro " + "y " * 20, "50% a_b", "50x axb"]
    rows = []
    for number, (title, summary) in enumerate(itertools.product(texts[::3] + texts[-13:], texts[1::4])):
        rows.append(SearchEntry(
            source="news", object_id=number, title_vi=title or "-", title_norm=f" {title} ",
            summary_norm=f" {summary} ", body_norm=f" {title} {summary} ", marked_text="",
            date=None if number % 7 == 0 else datetime(2020, 1, number % 28 + 1, tzinfo=UTC)))
    SearchEntry.objects.bulk_create(rows)
    return SearchEntry.objects.all()


@pytest.mark.parametrize("terms", [["tuong"], ["tuong", "tro"], ["tro", "tuong"],
                                   ["tu", "phap", "tuong"], ["50%"], ["a_b"], ["nothing"]])
def test_the_rank_orders_as_the_lookups_did(entries, terms):
    expected = list(ranked_by_lookups(entries, terms).values_list("object_id", flat=True))
    got = list(search._ranked(entries, terms).values_list("object_id", flat=True))
    assert len(got) == entries.count() > 100
    assert got == expected


def test_the_rank_is_twice_the_score_plus_the_opening(entries):
    terms = ["tuong", "tro"]
    oracle = {row["object_id"]: 2 * row["score"] + row["opening"] for row in
              ranked_by_lookups(entries, terms).values("object_id", "score", "opening")}
    ranks = dict(entries.annotate(rank=search.SearchRank(terms))
                 .values_list("object_id", "rank"))
    assert ranks == oracle
    assert len(set(ranks.values())) > 5  # the data exercises many tiers
