"""modeltranslation's field descriptor with its per-language attribute names worked out once.

Reading a translated field (`post.title`) through modeltranslation's descriptor costs about 37
Python calls: the active language normalised, the fallback order built as a tuple, a
`title_<lang>` name built for each language, a helper to judge each value. A list page reads
hundreds of such fields (a partner link reads three), which made the descriptor a tenth of
the calls of the busiest pages. `FastTranslationFieldDescriptor` gives the same value as
modeltranslation's (tests/partnership_portal/test_fasttranslation.py compares the two on
every translated field of every registered model, with fallbacks on and off, in each
language and with none active) from names looked up by the active language.

`install()` also makes modeltranslation build its multilingual subclass of each queryset class
once: it defines a new class on every `Manager.get_queryset()` of a model whose queryset is
not Django's own (every model here: publishing), several times a request, each a class object
for the garbage collector and the type caches to deal with.
"""

import functools

from django.apps import apps
from django.db.models.fields.files import FileField
from django.utils import translation
from modeltranslation.fields import NONE, TranslationFieldDescriptor
from modeltranslation.thread_context import fallbacks_enabled
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order


class FastTranslationFieldDescriptor(TranslationFieldDescriptor):
    def _names(self, language, enabled):
        # (language as Django reports it, fallbacks on?) -> the attributes to try, in order.
        key = (language, enabled)
        try:
            return self._names_by_language[key]
        except AttributeError:
            self._names_by_language = {}
        except KeyError:
            pass
        # What modeltranslation works out on every read (get_language() normalises the code;
        # resolution_order() reads fallbacks_enabled() itself, which is `enabled` here).
        names = tuple(build_localized_fieldname(self.field.name, code)
                      for code in resolution_order(get_language(), self.fallback_languages))
        self._names_by_language[key] = names
        return names

    def __get__(self, instance, owner):
        if instance is None:
            return self
        if isinstance(self.field, FileField):  # FieldFile emptiness has its own rules
            return super().__get__(instance, owner)
        return self.value_in(instance, translation.get_language())

    def value_in(self, instance, language):
        """The value read with `language` active (which it must be, for the rare case that
        no language has a value: modeltranslation's own rules then)."""
        undefined = self.fallback_undefined
        if undefined is NONE:
            undefined = self.field.get_default()
        for name in self._names(language, fallbacks_enabled()):
            value = getattr(instance, name, None)
            if value is not None and value != undefined:
                return value
        return super().__get__(instance, type(instance))


def value_in(instance, name, language):
    """`getattr(instance, name)` for a caller that already knows the active `language`: a
    list reads dozens of translated fields, and each read through the descriptor asks Django
    for the active language, a context-local lookup of about ten Python calls."""
    descriptor = type(instance).__dict__.get(name) or getattr(type(instance), name, None)
    if type(descriptor) is FastTranslationFieldDescriptor and not isinstance(
            descriptor.field, FileField):
        return descriptor.value_in(instance, language)
    return getattr(instance, name)


def install():
    """Swap modeltranslation's descriptors, as it set them on registered models, for fast
    ones with the same settings (called once modeltranslation has registered every model), and
    memoise its queryset class factory."""
    from modeltranslation import manager

    if not hasattr(manager.multilingual_queryset_factory, "build_once"):
        manager.multilingual_queryset_factory = _memoised(manager.multilingual_queryset_factory)
    for model in apps.get_models():
        for name, descriptor in list(vars(model).items()):
            if type(descriptor) is TranslationFieldDescriptor:
                fast = FastTranslationFieldDescriptor.__new__(FastTranslationFieldDescriptor)
                fast.__dict__.update(vars(descriptor))
                setattr(model, name, fast)


def _memoised(factory):
    """modeltranslation's `multilingual_queryset_factory(old_cls, instantiate)`, which returns
    a subclass of `old_cls` (or an instance of it) built once per class."""
    build_once = functools.cache(lambda old_cls: factory(old_cls, instantiate=False))

    def multilingual_queryset_factory(old_cls, instantiate=True):
        new_class = build_once(old_cls)
        return new_class() if instantiate else new_class

    multilingual_queryset_factory.build_once = build_once
    return multilingual_queryset_factory
