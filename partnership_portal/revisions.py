"""Revisions (django-reversion), readable comparisons, and unpublished changes to live items.

What a revision holds is what the item's admin page edits: the item, the rows of its inlines
(reversion's VersionAdmin registers them with `follow`) and its many-to-many links. Apps may
register a model themselves first when the admin's inlines are not the right graph (a need's
partner messages are not part of the need).

Comparisons work on *states*: `{(model, pk): Snapshot}` built from a stored revision, from a
pending change or from the live rows, all serialized the way reversion serializes, so any two
can be compared field by field (both languages), inline rows added / removed / changed, rich
text as plain text with a word diff.

Unpublished changes (`PendingChange`): the admin does its full save inside a savepoint, the
resulting rows are serialized, and the savepoint is rolled back, so the live rows never change.
Publishing them is a reversion-style revert of those serialized rows.
"""

import difflib
import html
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.db.models.deletion import Collector
from django.utils import formats, timezone
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation import gettext as _
from reversion import revisions as reversion_core
from reversion.models import Version

from .models import PendingChange, Publishable
from .richtext import RichTextField


def is_live(obj) -> bool:
    """Published (now or scheduled): edits to it may wait as unpublished changes."""
    return isinstance(obj, Publishable) and obj.pk and type(obj)._default_manager.filter(
        pk=obj.pk, status=Publishable.Status.PUBLISHED).exists()


# --- serializing and applying an item's graph -------------------------------------------------

def serialize_graph(obj) -> list[dict]:
    """The item and everything its registration follows, as reversion would store them."""
    result = []
    for item in sorted(reversion_core._follow_relations_recursive(obj),
                       key=lambda o: (o is not obj, o._meta.label, str(o.pk))):
        options = reversion_core._get_options(type(item))
        result.append({
            "model": item._meta.label_lower,
            "object_id": str(item.pk),
            "object_repr": str(item)[:200],
            "serialized_data": serializers.serialize(
                options.format, (item,), fields=options.fields,
                use_natural_foreign_keys=options.use_natural_foreign_keys),
        })
    return result


def versions_from_data(data: list[dict]) -> list[Version]:
    """Unsaved reversion Versions for serialized rows (so reversion's own code reads them)."""
    versions = []
    for row in data:
        model = ContentType.objects.get_by_natural_key(*row["model"].split(".")).model_class()
        versions.append(Version(
            content_type=ContentType.objects.get_for_model(model), object_id=row["object_id"],
            db="default", format="json", serialized_data=row["serialized_data"],
            object_repr=row["object_repr"]))
    return versions


def apply_versions(obj, versions):
    """Make the live rows equal to `versions` (the first is `obj` itself): rows the item has now
    and the versions lack are deleted, the others saved raw, as reversion's revert does."""
    current = reversion_core._follow_relations_recursive(obj)
    wanted = {(v._model, v.object_id) for v in versions}
    stale = [o for o in current if (type(o), str(o.pk)) not in wanted]
    with transaction.atomic():
        if stale:
            collector = Collector(using="default")
            collector.collect(stale)
            collector.delete()
        current_keys = {(type(o), str(o.pk)) for o in current}
        for version in versions:
            restored = version._object_version
            model = version._model
            # A new inline row's id taken meanwhile by another item's row (SQLite may reuse
            # ids after a rollback): insert it as a new row instead of overwriting the other.
            if ((model, version.object_id) not in current_keys
                    and model._default_manager.filter(pk=version.object_id).exists()):
                restored.object.pk = None
            restored.save()


# --- states and comparison ----------------------------------------------------------------------

@dataclass
class Snapshot:
    model: type
    pk: str
    obj: models.Model
    m2m: dict
    label: str


def state_from_versions(versions) -> dict:
    state = {}
    for version in versions:
        try:
            restored = version._object_version
        except Exception:  # noqa: BLE001 - a model changed since: skip what cannot be read
            continue
        model = version._model
        state[(model, str(version.object_id))] = Snapshot(
            model, str(version.object_id), restored.object, restored.m2m_data or {},
            version.object_repr)
    return state


def live_state(obj) -> dict:
    return state_from_versions(versions_from_data(serialize_graph(obj)))


# The language a field's copy is written in, as a label reads in the admin's language ("Title
# (English)", "Tiêu đề (tiếng Anh)"); the switcher's names are each language's own name.
FIELD_LANGUAGES = {
    "vi": pgettext_lazy("language of a field", "Vietnamese"),
    "en": pgettext_lazy("language of a field", "English"),
}


def _language_label(f) -> str:
    translated = getattr(f, "translated_field", None)
    if translated is None:
        return capfirst(f.verbose_name)
    name = FIELD_LANGUAGES.get(f.language) or get_language_info(f.language)["name_translated"]
    return f"{capfirst(translated.verbose_name)} ({name})"


def _compared_fields(model, parent_model=None):
    """Editable fields the reader or editor cares about: each language's copy of a translated
    field (not the untranslated column behind it), no bookkeeping fields."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        translated = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        translated = set()
    result = []
    for f in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        if not f.editable or f.primary_key or f.name in translated:
            continue
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            continue
        if parent_model is not None and f.is_relation and f.related_model is parent_model:
            continue
        result.append(f)
    return result


def _raw(snapshot, f):
    if f.many_to_many:
        return sorted(str(v) for v in snapshot.m2m.get(f.name, []))
    value = getattr(snapshot.obj, f.attname)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or ""
    return value


def _plain(value) -> str:
    text = html.unescape(strip_tags(str(value or "")))
    return re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\s*\n\s*", "\n", text)).strip()


def _display(f, value) -> str:
    if value in (None, "", []):
        return "—"
    if f.many_to_many:
        found = f.related_model._default_manager.in_bulk(value)
        return "; ".join(str(found.get(int(v) if str(v).isdigit() else v, f"#{v}"))
                         for v in value)
    if f.is_relation:
        found = f.related_model._default_manager.filter(pk=value).first()
        return str(found) if found is not None else f"#{value} ({_('deleted')})"
    if f.flatchoices:
        return str(dict(f.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if hasattr(value, "tzinfo") and hasattr(value, "hour"):
        return formats.localize(timezone.localtime(value) if value.tzinfo else value)
    if isinstance(f, RichTextField):
        return _plain(value)
    return formats.localize(value) if not isinstance(value, str) else value


@dataclass
class Segment:
    """A run of words of a word diff: kept, deleted or inserted."""

    text: str
    deleted: bool = False
    inserted: bool = False


def word_diff(old: str, new: str) -> list[Segment]:
    """The words of `old` and `new` in order, those only in one marked (lines kept)."""
    a, b = re.findall(r"\s+|[^\s]+", old), re.findall(r"\s+|[^\s]+", new)
    segments = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            segments.append(Segment("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(Segment("".join(a[i1:i2]), deleted=True))
        if op in ("insert", "replace"):
            segments.append(Segment("".join(b[j1:j2]), inserted=True))
    return segments


@dataclass
class FieldChange:
    label: str
    old: str
    new: str
    diff: list = field(default_factory=list)  # word diff, for longer texts


@dataclass
class RowChange:
    kind: str  # "added", "removed", "changed"
    label: str
    fields: list

    @property
    def caption(self) -> str:
        what = {"added": _("Added"), "removed": _("Removed"), "changed": _("Changed")}[self.kind]
        return f"{what}: {self.label}"


@dataclass
class InlineChanges:
    label: str
    rows: list


def field_changes(model, old, new, parent_model=None) -> list[FieldChange]:
    changes = []
    for f in _compared_fields(model, parent_model):
        before = _raw(old, f) if old else None
        after = _raw(new, f) if new else None
        if old and new and before == after:
            continue
        if not old and after in (None, "", []) or not new and before in (None, "", []):
            continue
        shown_old, shown_new = _display(f, before), _display(f, after)
        diff = []
        if isinstance(f, (models.TextField, RichTextField)) and old and new:
            diff = word_diff(_plain(before), _plain(after))
        changes.append(FieldChange(_language_label(f), shown_old, shown_new, diff))
    return changes


def followed_models(model, seen=None) -> set:
    """The models a revision of `model` holds rows of (its registration's follow, recursively)."""
    seen = set() if seen is None else seen
    if model in seen or not reversion_core.is_registered(model):
        return seen
    seen.add(model)
    for name in reversion_core._get_options(model).follow:
        related = _followed_field(model, name).related_model
        if related is not None:
            followed_models(related, seen)
    return seen


def _followed_field(model, name):
    """The field behind a name a registration follows: reversion follows attributes, so a
    reverse relation is named by its accessor (`agreementdocument_set`), which
    `_meta.get_field()` does not know (it takes the query name, `agreementdocument`)."""
    for candidate in model._meta.get_fields():
        reverse = candidate.auto_created and not candidate.concrete and candidate.is_relation
        if (candidate.get_accessor_name() if reverse else candidate.name) == name:
            return candidate
    raise FieldDoesNotExist(f"{model.__name__} has no relation {name!r}")


def compare_states(main_model, main_pk, old: dict, new: dict):
    """(field changes of the item, [InlineChanges]) between two states of one item."""
    key = (main_model, str(main_pk))
    fields = field_changes(main_model, old.get(key), new.get(key))
    # A revision may hold other items saved at the same time (a list's editable column).
    inline_models = followed_models(main_model) - {main_model}
    by_model = {}
    for state in (old, new):
        for (model, pk) in state:
            if model in inline_models:
                by_model.setdefault(model, set()).add(pk)
    inlines = []
    for model, pks in sorted(by_model.items(), key=lambda item: item[0]._meta.label):
        rows = []
        for pk in sorted(pks, key=lambda v: (len(v), v)):
            before, after = old.get((model, pk)), new.get((model, pk))
            changes = field_changes(model, before, after, parent_model=main_model)
            if before and after and not changes:
                continue
            kind = "changed" if before and after else ("added" if after else "removed")
            rows.append(RowChange(kind, (after or before).label, changes))
        if rows:
            inlines.append(InlineChanges(capfirst(model._meta.verbose_name_plural), rows))
    return fields, inlines


# --- pending changes ----------------------------------------------------------------------------

def pending_change_for(obj):
    return PendingChange.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk)
    ).select_related("author").first()


def store_pending_change(obj, data, user):
    pending, _created = PendingChange.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk),
        defaults={"versions": data, "author": user},
    )
    return pending


def pending_change_publish(*, pending, user, comment=None):
    """Apply the changes to the live rows (slugs redirected, index and page cache refreshed as
    on any save) and record them as a new revision. Returns the live object."""
    import reversion

    model = pending.content_type.model_class()
    with transaction.atomic():
        previous = model._default_manager.select_for_update().filter(
            pk=pending.object_id).first()
        if previous is None:  # the item was deleted meanwhile: nothing left to change
            pending.delete()
            return None
        with reversion.create_revision():
            apply_versions(previous, versions_from_data(pending.versions))
            obj = model._default_manager.get(pk=pending.object_id)
            if hasattr(obj, "updated_by_id") and user is not None:
                obj.updated_by = user
            # A full save (not raw) so search, slugs and anything else listening follow.
            obj.save()
            if isinstance(obj, Publishable) and previous.is_public:
                obj._redirect_changed_slugs(previous)
            reversion.set_user(user or pending.author)
            reversion.set_comment(comment or _("Published the unpublished changes."))
            reversion.add_to_revision(obj)
        pending.delete()
    return obj


def publish_due_changes(now=None) -> int:
    """Publish every pending change whose time has come (the command, run by a timer)."""
    now = now or timezone.now()
    count = 0
    for pending in PendingChange.objects.filter(publish_at__lte=now).order_by("publish_at"):
        pending_change_publish(
            pending=pending, user=pending.scheduled_by,
            comment=_("Published the unpublished changes at the scheduled time."))
        count += 1
    return count


def languages():
    return [code for code, _name in settings.LANGUAGES]
