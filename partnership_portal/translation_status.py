"""Translation status: which items lack a language, per field, and which are probably outdated.

"Missing English" for a field: it has Vietnamese text and no English (and the other way
round). "English probably outdated": the Vietnamese text was last edited after the English
was, known from `TranslationStamp` rows written here on save by comparing each language's
old and new values. Only writes do this work; reader pages never read the stamps.

Tracked models: every concrete `TranslatedContent` registered with modeltranslation (found,
never imported: the core imports no app). Slugs are left out: they follow the titles.
"""

from functools import cache

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from .models import TranslatedContent, TranslationStamp
from .richtext import RichTextField, canonical_html

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Fields that are not text a translator writes.
UNTRACKED_FIELDS = {"slug"}


@cache
def tracked_models() -> tuple:
    """Concrete translated content models, in the apps' order (news, events... as installed)."""
    found = []
    for model in apps.get_models():
        if not issubclass(model, TranslatedContent) or model._meta.abstract:
            continue
        try:
            translator.get_options_for_model(model)
        except NotRegistered:
            continue
        found.append(model)
    return tuple(found)


def translated_fields(model) -> list[str]:
    """The translated text fields of a model, in the model's field order."""
    names = set(translator.get_options_for_model(model).fields) - UNTRACKED_FIELDS
    return [f.name for f in model._meta.get_fields() if f.name in names]


def other_languages(language):
    return [code for code in LANGUAGES if code != language]


def _empty(field, language) -> Q:
    column = f"{field}_{language}"
    return Q(**{f"{column}__isnull": True}) | Q(**{column: ""})


def missing_q(model, language) -> Q:
    """Items with at least one field written in another language and empty in `language`."""
    query = Q(pk__in=[])
    for field in translated_fields(model):
        for other in other_languages(language):
            query |= _empty(field, language) & ~_empty(field, other)
    return query


def missing_fields(obj, language) -> list[str]:
    """The fields of `obj` written in another language and empty in `language`."""
    return [
        field for field in translated_fields(type(obj))
        if not getattr(obj, f"{field}_{language}", None)
        and any(getattr(obj, f"{field}_{other}", None) for other in other_languages(language))
    ]


def outdated(model, language) -> Exists:
    """True for items whose text in another language was edited after their text in
    `language` (both languages stamped)."""
    content_type = ContentType.objects.get_for_model(model)
    mine = TranslationStamp.objects.filter(
        content_type=content_type, object_id=OuterRef("object_id"), language=language
    ).values("changed_at")[:1]
    later = (
        TranslationStamp.objects.filter(content_type=content_type,
                                        language__in=other_languages(language))
        .annotate(mine=Subquery(mine))
        .filter(changed_at__gt=F("mine"))
    )
    return Exists(later.filter(object_id=OuterRef("pk")))


def outdated_q(model, language) -> Q:
    return Q(outdated(model, language))


def incomplete_q(model) -> Q:
    query = Q(pk__in=[])
    for language in LANGUAGES:
        query |= missing_q(model, language) | outdated_q(model, language)
    return query


def counts(model) -> dict:
    """{"missing_en": n, "missing_vi": n, "outdated_en": n, "outdated_vi": n, "total": n}: one
    query."""
    aggregates = {"total": Count("pk")}
    for language in LANGUAGES:
        aggregates[f"missing_{language}"] = Count("pk", filter=missing_q(model, language))
        aggregates[f"outdated_{language}"] = Count("pk", filter=outdated_q(model, language))
    return model._default_manager.aggregate(**aggregates)


def items_needing_work(model, limit):
    """Up to `limit` items missing a language or outdated, newest first, each with
    `.missing` ({language: [field names]}) and `.outdated` ([languages]); one query."""
    queryset = (
        model._default_manager.filter(incomplete_q(model))
        .annotate(**{f"outdated_{code}": outdated(model, code) for code in LANGUAGES})
        .order_by("-pk")[:limit]
    )
    items = list(queryset)
    for item in items:
        item.missing = {code: missing_fields(item, code) for code in LANGUAGES}
        item.outdated = [code for code in LANGUAGES if getattr(item, f"outdated_{code}")]
    return items


# Recording when each language changed --------------------------------------------------

def _language_values(model, values_of) -> dict:
    """{language: (value of each translated field)} read by `values_of(column)`; empty is
    empty, whether stored as NULL or "" (a form saves "" where the database held NULL), and
    rich text is compared as it renders (`canonical_html`): the editor re-formatting an
    untouched English body must not stamp English as edited."""
    fields = translated_fields(model)
    rich = {f for f in fields if isinstance(model._meta.get_field(f), RichTextField)}
    return {code: tuple(canonical_html(values_of(f"{f}_{code}")) if f in rich
                        else values_of(f"{f}_{code}") or "" for f in fields)
            for code in LANGUAGES}


def remember_old_values(sender, instance, raw=False, **kwargs):
    """Before a save: the stored text of each language (one query, writes only)."""
    if raw or sender not in tracked_models():
        return
    instance._translation_old = None
    if instance.pk is None:
        return
    columns = [f"{f}_{code}" for f in translated_fields(sender) for code in LANGUAGES]
    row = sender._default_manager.filter(pk=instance.pk).values(*columns).first()
    if row is not None:
        instance._translation_old = _language_values(sender, row.get)


def stamp_changed_languages(sender, instance, created, raw=False, **kwargs):
    """After a save: stamp the languages whose text changed (on creation, those written)."""
    if raw or sender not in tracked_models():
        return
    old = getattr(instance, "_translation_old", None)
    new = _language_values(sender, lambda column: getattr(instance, column, None))
    if old is None:
        changed = [code for code, values in new.items() if any(values)]
    else:
        changed = [code for code in LANGUAGES if old[code] != new[code]]
    instance._translation_old = new
    if changed:
        stamp(instance, changed)


def stamp(instance, languages, at=None):
    """Record `languages` of `instance` as edited at `at` (now): one query."""
    content_type = ContentType.objects.get_for_model(type(instance))
    at = at or timezone.now()
    TranslationStamp.objects.bulk_create(
        [TranslationStamp(content_type=content_type, object_id=instance.pk, language=code,
                          changed_at=at) for code in languages],
        update_conflicts=True,
        unique_fields=["content_type", "object_id", "language"],
        update_fields=["changed_at"],
    )


def mark_up_to_date(instance, language):
    """`language` checked and still right: stamped as of the other languages' last edit (not
    now, which would make them look outdated in turn)."""
    latest = (
        TranslationStamp.objects.filter(
            content_type=ContentType.objects.get_for_model(type(instance)),
            object_id=instance.pk, language__in=other_languages(language))
        .order_by("-changed_at").values_list("changed_at", flat=True).first()
    )
    stamp(instance, [language], at=latest)


def forget_stamps(sender, instance, **kwargs):
    if sender in tracked_models():
        TranslationStamp.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
        ).delete()


def connect_signals():
    pre_save.connect(remember_old_values, dispatch_uid="translation-status-pre-save")
    post_save.connect(stamp_changed_languages, dispatch_uid="translation-status-post-save")
    post_delete.connect(forget_stamps, dispatch_uid="translation-status-delete")


# Admin: the list filter every content list gets ---------------------------------------

class TranslationStatusFilter(admin.SimpleListFilter):
    """Bản dịch / Translation: complete, missing English, missing Vietnamese, outdated."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            ("complete", _("complete")),
            ("missing_en", _("missing English")),
            ("missing_vi", _("missing Vietnamese")),
            ("outdated", _("outdated")),
        ]

    def queryset(self, request, queryset):
        model = queryset.model
        value = self.value()
        if value == "complete":
            return queryset.exclude(incomplete_q(model))
        if value == "outdated":
            query = Q(pk__in=[])
            for code in LANGUAGES:
                query |= outdated_q(model, code)
            return queryset.filter(query)
        for code in LANGUAGES:
            if value == f"missing_{code}":
                return queryset.filter(missing_q(model, code))
        return queryset


class TranslationStatusAdminMixin:
    """Adds the translation filter to the list of every tracked model (after the
    subclass's own filters, whatever it declares)."""

    def get_list_filter(self, request):
        filters = tuple(super().get_list_filter(request))
        if self.model in tracked_models() and TranslationStatusFilter not in filters:
            filters += (TranslationStatusFilter,)
        return filters
