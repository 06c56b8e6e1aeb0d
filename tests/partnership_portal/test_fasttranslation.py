"""The fast translated-field descriptor gives what modeltranslation's own gives."""

import pytest
from django.apps import apps
from django.db.models.fields.files import FileField
from django.utils import translation
from modeltranslation.fields import TranslationFieldDescriptor
from modeltranslation.translator import translator
from modeltranslation.utils import fallbacks

from partnership_portal.fasttranslation import FastTranslationFieldDescriptor, value_in

pytestmark = pytest.mark.django_db


def translated_fields():
    for model in translator.get_registered_models():
        for name in translator.get_options_for_model(model).fields:
            yield model, name


def test_every_translated_field_of_every_model_has_the_fast_descriptor():
    fields = list(translated_fields())
    assert len(fields) > 30  # news, cooperation, forums, documents, pages...
    for model, name in fields:
        assert isinstance(getattr(model, name), FastTranslationFieldDescriptor), (model, name)
    # And no model kept one of modeltranslation's own.
    for model in apps.get_models():
        assert not any(type(value) is TranslationFieldDescriptor
                       for value in vars(model).values()), model


@pytest.mark.parametrize("filled", [("vi", "en"), ("vi",), ("en",), ()])
def test_reads_equal_modeltranslations_in_every_language_and_fallback_mode(filled):
    checked = 0
    for model, name in translated_fields():
        field = model._meta.get_field(name)
        if isinstance(field, FileField) or field.is_relation:
            continue
        instance = model()
        for code in ("vi", "en"):
            value = f"{name} in {code}" if code in filled else ""
            if field.get_internal_type() in ("CharField", "TextField", "SlugField"):
                setattr(instance, f"{name}_{code}", value)
        descriptor = vars(model).get(name) or getattr(model, name)
        for language in ("vi", "en", "en-us", None):
            for enabled in (True, False):
                with translation.override(language), fallbacks(enabled):
                    expected = TranslationFieldDescriptor.__get__(descriptor, instance, model)
                    assert getattr(instance, name) == expected, (model, name, language, enabled)
                    # What lists read, with the active language they were given.
                    assert value_in(instance, name, translation.get_language()) == expected
                    checked += 1
    assert checked > 200


def test_fallback_to_vietnamese_and_back_to_english():
    from news.models import Post

    post = Post(title_vi="Tin mới", title_en="")
    with translation.override("en"):
        assert post.title == "Tin mới"
        with fallbacks(False):
            assert post.title == ""
        post.title_en = "News"
        assert post.title == "News"
    with translation.override("vi"):
        assert post.title == "Tin mới"


def test_each_querysets_multilingual_class_is_built_once():
    from modeltranslation.manager import MultilingualQuerySet

    from cooperation.models import Agreement, AgreementQuerySet

    first, second = Agreement.objects.all(), Agreement.objects.published()
    # One class, still the model's own queryset (its methods) made multilingual (rewriting).
    assert type(first) is type(second)
    assert isinstance(first, AgreementQuerySet) and isinstance(first, MultilingualQuerySet)
    with translation.override("en"):
        assert "title_en" in str(Agreement.objects.order_by("title").query)
