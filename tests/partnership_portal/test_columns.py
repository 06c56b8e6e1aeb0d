"""`columns_except()` names for only() the columns that defer() would have left: list
querysets read the same columns either way, the cheaper way to build."""

import re

import pytest

from cooperation.models import (
    AGREEMENT_LISTING_DEFERRED,
    PARTY_DEFERRED,
    Agreement,
    Partner,
)
from forums.models import LISTING_DEFERRED as EVENT_DEFERRED
from forums.models import ORGANISER_DEFERRED, Event, EventOrganiser
from news.models import CATEGORY_DEFERRED, Category, Post
from news.models import LISTING_DEFERRED as POST_DEFERRED
from partnership_portal.models import columns_except


def selected_columns(queryset):
    select = str(queryset.query).split(" FROM ", 1)[0]
    return set(re.findall(r'"(\w+)"\."(\w+)"', select))


@pytest.mark.parametrize(("model", "deferred"), [
    (Post, POST_DEFERRED), (Event, EVENT_DEFERRED), (Agreement, AGREEMENT_LISTING_DEFERRED),
    (Partner, PARTY_DEFERRED), (Partner, ORGANISER_DEFERRED), (Category, CATEGORY_DEFERRED),
])
def test_only_reads_what_defer_reads(model, deferred):
    by_only = selected_columns(model.objects.only(*columns_except(model, deferred)))
    assert by_only == selected_columns(model.objects.defer(*deferred))
    # Every language's column of a deferred translated field stays unread; the others are read.
    assert not any(column.startswith(f"{name}_") and column.removeprefix(f"{name}_") in ("vi", "en")
                   for _table, column in by_only for name in deferred)
    if model is Post:
        assert {("news_post", "title_vi"), ("news_post", "title_en")} <= by_only


def test_a_related_models_columns_in_every_language():
    # modeltranslation adds each language's column for a model's own fields only, so those of
    # a related model are named one by one.
    queryset = EventOrganiser.objects.select_related("partner").only(
        *columns_except(EventOrganiser, ()),
        *columns_except(Partner, ORGANISER_DEFERRED, prefix="partner__"))
    deferred = [f"partner__{name}" for name in ORGANISER_DEFERRED] + [
        f"partner__description_{code}" for code in ("vi", "en")]
    expected = EventOrganiser.objects.select_related("partner").defer(*deferred)
    assert selected_columns(queryset) == selected_columns(expected)
    assert ("cooperation_partner", "name_en") in selected_columns(queryset)


def test_a_misspelt_column_is_an_error_not_a_silently_wider_query():
    with pytest.raises(ValueError, match="summmary"):
        columns_except(Agreement, ("summmary",))
