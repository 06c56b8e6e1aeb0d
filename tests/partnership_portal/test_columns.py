"""`columns_except()` and `columns_of()` name for only() the columns list pages read: what
defer() would have left, less the base column of each translated field (modeltranslation's
copy of the default language's text, which reading the field never uses); the pages read
the same values either way, the cheaper way to build."""

import re

import pytest
from django.utils import translation
from modeltranslation.translator import translator

from cooperation.models import (
    AGREEMENT_LISTING_DEFERRED,
    PARTY_DEFERRED,
    PARTY_LINK,
    Agreement,
    Partner,
    Signature,
)
from forums.models import LISTING_DEFERRED as EVENT_DEFERRED
from forums.models import ORGANISER_DEFERRED, Event, EventOrganiser
from news.models import CATEGORY_DEFERRED, Category, Post
from news.models import LISTING_DEFERRED as POST_DEFERRED
from partnership_portal.models import columns_except, columns_of, only_columns
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def selected_columns(queryset):
    select = str(queryset.query).split(" FROM ", 1)[0]
    return set(re.findall(r'"(\w+)"\."(\w+)"', select))


def base_columns(model):
    """The base columns of `model`'s translated fields (`title` beside title_vi, title_en)."""
    table = model._meta.db_table
    return {(table, model._meta.get_field(name).column)
            for name in translator.get_options_for_model(model).fields}


@pytest.mark.parametrize(("model", "deferred"), [
    (Post, POST_DEFERRED), (Event, EVENT_DEFERRED), (Agreement, AGREEMENT_LISTING_DEFERRED),
    (Partner, PARTY_DEFERRED), (Partner, ORGANISER_DEFERRED), (Category, CATEGORY_DEFERRED),
])
def test_only_reads_what_defer_reads_less_the_base_copies(model, deferred):
    by_only = selected_columns(model.objects.only(*columns_except(model, deferred)))
    by_defer = selected_columns(model.objects.defer(*deferred))
    assert by_only == by_defer - base_columns(model)
    # Every language's column of a deferred translated field stays unread; the others are read.
    assert not any(column.startswith(f"{name}_") and column.removeprefix(f"{name}_") in ("vi", "en")
                   for _table, column in by_only for name in deferred)
    if model is Post:
        assert {("news_post", "title_vi"), ("news_post", "title_en")} <= by_only


def test_translated_fields_read_without_their_base_column_give_the_same_text():
    post = PostFactory(title_vi="Tin <mới>", title_en="", summary_en="Summary")
    full = Post.objects.get(pk=post.pk)
    narrow = Post.objects.only(*columns_except(Post, POST_DEFERRED)).get(pk=post.pk)
    for language in ("vi", "en"):
        with translation.override(language):
            for name in ("title", "summary", "slug"):
                assert getattr(narrow, name) == getattr(full, name), (language, name)


def test_a_related_models_columns_in_every_language():
    # modeltranslation adds each language's column for a model's own fields only, so those of
    # a related model are named one by one.
    queryset = EventOrganiser.objects.select_related("partner").only(
        *columns_except(EventOrganiser, ()),
        *columns_except(Partner, ORGANISER_DEFERRED, prefix="partner__"))
    deferred = [f"partner__{name}" for name in ORGANISER_DEFERRED] + [
        f"partner__description_{code}" for code in ("vi", "en")]
    expected = EventOrganiser.objects.select_related("partner").defer(*deferred)
    assert selected_columns(queryset) == selected_columns(expected) - base_columns(Partner)
    assert ("cooperation_partner", "name_en") in selected_columns(queryset)


def test_columns_of_names_each_languages_column_of_a_translated_field():
    assert set(columns_of(Partner, ("name", "country"), prefix="party__")) == {
        "party__name_vi", "party__name_en", "party__country"}


def test_a_misspelt_column_is_an_error_not_a_silently_wider_query():
    with pytest.raises(ValueError, match="summmary"):
        columns_except(Agreement, ("summmary",))
    with pytest.raises(ValueError, match="titel"):
        columns_of(Agreement, ("titel",))


@pytest.mark.parametrize(("model", "related", "columns"), [
    (Post, (), lambda: columns_except(Post, POST_DEFERRED)),
    (Post, (), lambda: columns_of(Post, ("title", "slug"))),
    (Agreement, (), lambda: columns_except(Agreement, AGREEMENT_LISTING_DEFERRED)),
    (Partner, (), lambda: columns_of(Partner, PARTY_LINK)),
    (Event, (), lambda: columns_except(Event, EVENT_DEFERRED)),
    (Post, ("category",), lambda: (*columns_except(Post, POST_DEFERRED), *columns_except(
        Category, CATEGORY_DEFERRED, prefix="category__"))),
])
def test_only_columns_defers_what_modeltranslations_only_defers(model, related, columns):
    queryset = model.objects.select_related(*related)
    by_modeltranslation = queryset.only(*columns())
    by_django = only_columns(queryset, *columns())
    assert by_django.query.deferred_loading == by_modeltranslation.query.deferred_loading
    assert str(by_django.query) == str(by_modeltranslation.query)


def test_only_columns_refuses_a_translated_fields_base_name():
    # Read as the base column alone, `name` would load name_vi and name_en one query each.
    with pytest.raises(ValueError, match="name"):
        only_columns(Partner.objects.all(), "slug_vi", "name")
    # Across a relation too, from a model modeltranslation does not know.
    with pytest.raises(ValueError, match="party__name"):
        only_columns(Signature.objects.select_related("party"), "date", "party__name")
    queryset = only_columns(Signature.objects.select_related("party"), "date",
                            *columns_of(Partner, ("name",), prefix="party__"))
    assert ("cooperation_partner", "name_en") in selected_columns(queryset)
