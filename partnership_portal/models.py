"""Shared content machinery: timestamps, publishing, per-language slugs, static pages."""

import functools

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _

from . import access
from .expressions import ColumnsExpression
from .richtext import RichTextField
from .slugs import SLUG_MAX_LENGTH, slug_from_title, unique_slug
from .urlcache import object_url


def per_language_unique(field: str, model_label: str) -> list[models.UniqueConstraint]:
    """Unique constraints on each language's copy of a translated field (slug_vi, slug_en)."""
    return [
        models.UniqueConstraint(
            fields=[f"{field}_{code}"], name=f"{model_label}_{field}_{code}_unique"
        )
        for code, _name in settings.LANGUAGES
    ]


@functools.cache
def _choice_labels(field):
    return dict(field.flatchoices)


def columns_except(model, deferred, prefix=""):
    """The names to give `only()` for every column of `model` but `deferred`: the columns
    `defer(*deferred)` reads, which with modeltranslation costs a list query about a third
    more Python to build (it works out the deferred set over every field of the model and of
    each related one), less the base column of each translated field: modeltranslation's
    copy of the default language's text, which reading the field never uses (it reads each
    language's column). A deferred translated field is deferred in every language. `prefix`
    names a related model's columns (`"category__"`)."""
    return tuple(prefix + name for name in _columns_except(model, tuple(deferred)))


@functools.cache
def _columns_except(model, deferred):
    # Worked out on first use: modeltranslation adds its fields once every model is loaded.
    # Each language's column is named too: modeltranslation adds them for a model's own
    # fields, not for a related model's (`partner__name`).
    from modeltranslation.fields import TranslationField

    fields = model._meta.concrete_fields
    _check_columns(model, deferred)
    translated = {field.translated_field.name for field in fields
                  if isinstance(field, TranslationField)}
    return [field.name for field in fields
            if field.name not in deferred and field.name not in translated and not (
                isinstance(field, TranslationField) and field.translated_field.name in deferred)]


def live_index(name, *leading, condition=None):
    """An index for public lists and counts: `published()`'s columns (status, publish_at,
    unpublish_at), with the column a list is ordered or cut by (`leading`) after status. A
    count, a page of a list or a year filter then reads the index, not the rows: without it
    every published row is read to test its end date (on SQLite a column stored after the
    long texts, added by a later migration): 13 ms to count 10,000 posts."""
    return models.Index(fields=["status", *leading, "publish_at", "unpublish_at"], name=name,
                        condition=condition)


def columns_of(model, names, prefix=""):
    """For `only()` (across a relation with `prefix`, e.g. `"party__"`): `names`, a
    translated one as each language's column (what reading it uses; modeltranslation would
    add them for a model's own fields only, and its base column too)."""
    return tuple(prefix + name for name in _columns_of(model, tuple(names)))


@functools.cache
def _columns_of(model, names):
    columns = _check_columns(model, names)
    result = []
    for name in names:
        per_language = [f"{name}_{code}" for code, _name in settings.LANGUAGES
                        if f"{name}_{code}" in columns]
        result.extend(per_language or [name])
    return result


def only_columns(queryset, *columns):
    """`queryset.only(*columns)` for names that are already each language's column (from
    `columns_except()`, `columns_of()`, or untranslated fields): the same deferred set, without
    modeltranslation's rewriting of each name, a pass over every translated field of the model
    per name (about 80 µs for 40 names, on every request). A translated field's base name
    would be read as its base column only, so it is refused."""
    _check_expanded(queryset.model, columns)
    return models.QuerySet.only(queryset, *columns)


def prefetch_for_one(instance, **relations):
    """What `prefetch_related(Prefetch(name, queryset), ...)` gives one fetched item (a detail
    page's): each `instance.<name>.all()` answered from rows fetched here, by one query a
    relation. `relations` maps each relation's name to a function of its manager that
    returns the queryset to fetch (`parties=lambda parties: parties.published()`).

    For one item, Django's prefetch filters the related rows twice (`__in` the item, then
    once more for the item's own cache) and selects the joined key as an extra column; the
    manager's own queryset filters once. A page reads the same rows either way."""
    cache = instance.__dict__.setdefault("_prefetched_objects_cache", {})
    for name, queryset_of in relations.items():
        manager = getattr(instance, name)
        rows = queryset_of(manager)
        rows._fetch_all()
        # The name the manager looks its prefetched rows up by: a many-to-many field's, or
        # a reverse foreign key's accessor.
        key = getattr(manager, "prefetch_cache_name", None) or manager.field.remote_field.cache_name
        cache[key] = rows


@functools.cache
def _check_expanded(model, columns):
    from modeltranslation.translator import NotRegistered, translator

    unexpanded = []
    for column in columns:
        *path, name = column.split("__")
        target = model
        for step in path:
            target = target._meta.get_field(step).related_model
        try:
            translated = translator.get_options_for_model(target).all_fields
        except NotRegistered:
            continue
        if name in translated:
            unexpanded.append(column)
    if unexpanded:
        raise ValueError(f"{model.__name__}: name each language's column, not "
                         f"{', '.join(unexpanded)} (use columns_of())")


def _check_columns(model, names):
    """`model`'s column names, after checking that `names` are among them: a misspelt name
    would otherwise widen or narrow a query silently."""
    columns = {field.name for field in model._meta.concrete_fields}
    unknown = set(names) - columns
    if unknown:
        raise ValueError(f"{model.__name__} has no column {', '.join(sorted(unknown))}")
    return columns


class SlugAddressed:
    """An item whose page is the view `url_name` called with its (translated) slug. Lists
    build many such links at once: `templatetags.portal.Links` reads the slug and the URL
    parts in a language it knows, without asking Django for the active one per link."""

    url_name = None

    def get_absolute_url(self):
        return object_url(self.url_name, "slug", self.slug)

    def unique_error_message(self, model_class, unique_check):
        # Two items with one title: the admin fills the address from the title as it is typed,
        # so the clash shows at the address. Say what to do, in words, not "Đường dẫn [vi]".
        if len(unique_check) == 1 and unique_check[0].startswith("slug_"):
            code = unique_check[0].rpartition("_")[2]
            language = translation.get_language_info(code)["name_translated"]
            if translation.get_language() == "vi":  # "trong tiếng Anh"; English keeps capitals
                language = language[:1].lower() + language[1:]
            return ValidationError(
                _("Another %(model)s already has this address in %(language)s: change the "
                  "address, for example by adding the year."),
                code="unique", params={
                    "model": model_class._meta.verbose_name, "language": language})
        return super().unique_error_message(model_class, unique_check)


class ChoiceLabels(models.Model):
    """`get_<field>_display()` from a dict of the field's choices built once per field.
    Django builds that dict on every call (about 250 function calls for a six-choice field),
    and list pages call it for every row; the choices are fixed in code."""

    class Meta:
        abstract = True

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        try:
            label = _choice_labels(field).get(value, value)
        except TypeError:  # an unhashable value: Django's own way
            return super()._get_FIELD_display(field)
        return force_str(label, strings_only=True)  # a lazy label in the active language


class TimeStamped(ChoiceLabels):
    """Who made and last changed an item, and when (filled by the admin)."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        abstract = True


class TranslatedContent(ChoiceLabels):
    """Knows which of its reader-facing fields lack a translation."""

    # Fields whose absence in a language means "this version is not available yet".
    translation_check_fields = ("title",)

    class Meta:
        abstract = True

    def has_translation(self, language: str) -> bool:
        return all(
            getattr(self, f"{name}_{language}", None) for name in self.translation_check_fields
        )


class Live(ColumnsExpression):
    """The condition of `published()` as one expression:

        status = 'published' AND publish_at <= now
        [AND (unpublish_at IS NULL OR unpublish_at > now)]

    The same SQL as the Q objects it replaces, but built and compiled as one piece: every
    public query has it, often twice (an item and its published partners), and as four
    lookups it cost each query about 800 Python calls to build and compile.

    `via` tests a related item instead, through a join (`Live(now, via="partner__")`): the
    same rows as `partner__in=Partner.objects.published()` for a required foreign key,
    without a subquery to build, when the query joins that table anyway (select_related).
    """

    conditional = True
    output_field = models.BooleanField()

    def __init__(self, now, include_ended=False, via=""):
        super().__init__()
        self.now, self.include_ended, self.via = now, include_ended, via

    def __repr__(self):
        return f"Live({self.now!r}, include_ended={self.include_ended!r}, via={self.via!r})"

    def column_names(self):
        names = ("status", "publish_at") if self.include_ended else (
            "status", "publish_at", "unpublish_at")
        return tuple(self.via + name for name in names)

    def as_sql(self, compiler, connection):
        columns = [compiler.compile(column)[0] for column in self.columns]
        now = self.columns[1].target.get_db_prep_value(self.now, connection)
        sql = f"{columns[0]} = %s AND {columns[1]} <= %s"
        params = [Publishable.Status.PUBLISHED.value, now]
        if not self.include_ended:
            sql += f" AND ({columns[2]} IS NULL OR {columns[2]} > %s)"
            params.append(now)
        return f"({sql})", params


class PublishableQuerySet(models.QuerySet):
    def published(self, include_ended=False):
        """Public items: published, with a publish date that has come (so scheduling works)
        and an end date, if any, still to come (scheduled unpublishing). `include_ended`
        keeps items whose end date has passed: records of what was published (reports)."""
        return self.filter(Live(timezone.now(), include_ended))

    def visible_to(self, user):
        """Published items, plus drafts and scheduled ones for staff allowed to change them."""
        return access.visible(user, self)


class Publishable(TimeStamped, TranslatedContent):
    """Draft / published with a publish date-time, and a per-language slug.

    Concrete models register `title` and `slug` with modeltranslation, define
    `get_absolute_url()` from `self.slug`, and get: slugs filled from the title of each
    language when blank, uniqueness per language, and a redirect from the old URL whenever a
    published item's slug changes.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True,
        help_text=_("Draft: only the secretariat sees it. Published: readers see it from the "
                    "publication date on."),
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        default=timezone.now,
        db_index=True,
        help_text=_("A date in the future schedules the item: it appears by itself then."),
    )
    unpublish_at = models.DateTimeField(
        _("unpublish at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Optional end date: the item leaves the site by itself then (it stays "
                    "here as published, for the record). Leave blank to keep it online."),
    )
    slug = models.SlugField(
        # Unique per language through `per_language_unique("slug")` on the concrete model: the
        # untranslated column holds whichever language was active on save, so it can't be unique.
        _("slug"),
        max_length=SLUG_MAX_LENGTH,
        blank=True,
        help_text=_(
            "Web address word of this language; filled from the title when left blank. "
            "Changing it later keeps the old address working."
        ),
    )

    objects = PublishableQuerySet.as_manager()

    # The translated field each language's slug is made from.
    slug_source_field = "title"
    # Path words that share this model's URL space (e.g. news/feed/ next to news/<slug>/).
    reserved_slugs = frozenset()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.fill_slugs()
        previous = None
        if self.pk:
            previous = type(self)._default_manager.filter(pk=self.pk).first()
        with transaction.atomic():
            super().save(*args, **kwargs)
            if previous is not None and previous.is_public:
                self._redirect_changed_slugs(previous)

    def publish(self, user, at=None):
        """Publish (at `at`, else at the publish date already set: a future one schedules).

        Saved through save() so slugs, redirects and the search index follow, as from the
        admin form. Returns False, saving nothing, when there is nothing to change.
        """
        ended = self.has_ended()
        if self.status == self.Status.PUBLISHED and at is None and not ended:
            return False
        self.status = self.Status.PUBLISHED
        if at is not None:
            self.publish_at = at
        if ended or (self.unpublish_at is not None and self.unpublish_at <= self.publish_at):
            self.unpublish_at = None  # publishing again what had ended: an open end
        self.updated_by = user
        self.save()
        return True

    def unpublish(self, user):
        """Return to draft (the public gets 404, the search index drops the item)."""
        if self.status == self.Status.DRAFT:
            return False
        self.status = self.Status.DRAFT
        self.updated_by = user
        self.save()
        return True

    @property
    def is_public(self) -> bool:
        now = timezone.now()
        return (self.status == self.Status.PUBLISHED and self.publish_at <= now
                and not self.has_ended(now))

    def has_ended(self, now=None) -> bool:
        """Past its end date (scheduled unpublishing): no longer shown to readers."""
        return self.unpublish_at is not None and self.unpublish_at <= (now or timezone.now())

    @property
    def is_scheduled(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.publish_at > timezone.now()

    def _language_codes(self):
        return [code for code, _name in settings.LANGUAGES]

    def fill_slugs(self):
        """Give every language a unique slug, from that language's title (else the default's)."""
        source = self.slug_source_field
        default_title = getattr(self, f"{source}_{settings.LANGUAGE_CODE}", "") or ""
        others = type(self)._default_manager.exclude(pk=self.pk) if self.pk else None
        for code in self._language_codes():
            field = f"slug_{code}"
            if getattr(self, field):
                continue
            title = getattr(self, f"{source}_{code}", "") or default_title
            qs = others if others is not None else type(self)._default_manager.all()
            base = slug_from_title(title)
            setattr(self, field, unique_slug(qs, field, base, self.reserved_slugs))

    def clean(self):
        super().clean()
        taken = {
            f"slug_{code}": _("“%(slug)s” is a fixed part of the site's addresses; choose "
                              "another.") % {"slug": getattr(self, f"slug_{code}")}
            for code in self._language_codes()
            if getattr(self, f"slug_{code}", None) in self.reserved_slugs
        }
        if taken:
            raise ValidationError(taken)
        if self.unpublish_at and self.publish_at and self.unpublish_at <= self.publish_at:
            raise ValidationError(
                {"unpublish_at": _("The end date must come after the publish date.")})

    def _redirect_changed_slugs(self, previous):
        site_id = settings.SITE_ID
        Site.objects.get_or_create(pk=site_id, defaults={"domain": "localhost", "name": "Portal"})
        for code in self._language_codes():
            if getattr(previous, f"slug_{code}") == getattr(self, f"slug_{code}"):
                continue
            with translation.override(code):
                old_path, new_path = previous.get_absolute_url(), self.get_absolute_url()
            # Collapse chains (a -> b, now b -> c) and never keep a loop back to the live URL.
            Redirect.objects.filter(site_id=site_id, new_path=old_path).update(new_path=new_path)
            Redirect.objects.filter(site_id=site_id, old_path=new_path).delete()
            Redirect.objects.update_or_create(
                site_id=site_id, old_path=old_path, defaults={"new_path": new_path}
            )


class Page(TimeStamped, TranslatedContent):
    """A stand-alone page the secretariat edits in both languages (e.g. About the Group)."""

    class Key(models.TextChoices):
        ABOUT = "about", _("About the Group")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        PRIVACY = "privacy", _("Privacy and cookies")
        CONTACT = "contact", _("Contact the Secretariat")

    key = models.CharField(_("page"), max_length=30, choices=Key.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"), blank=True)

    translation_check_fields = ("title", "body")

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(self.key)


class SearchEntry(models.Model):
    """One searchable item (a post, event, agreement...), both languages in one row.

    Filled by partnership_portal.search from the sources apps register; the display fields are
    copied here so a results page needs no query per hit.
    """

    source = models.CharField(max_length=30, db_index=True)
    object_id = models.PositiveBigIntegerField()
    title_vi = models.CharField(max_length=400)
    title_en = models.CharField(max_length=400, blank=True)
    summary_vi = models.TextField(blank=True)
    summary_en = models.TextField(blank=True)
    url_vi = models.CharField(max_length=400)
    url_en = models.CharField(max_length=400)
    # Lower-case, diacritics removed (đ → d), words separated by single spaces and padded
    # with a space at each end, so " hop tac " can be matched as whole words anywhere.
    title_norm = models.TextField()
    # The summaries alone (ranking: a phrase in the summary counts more than in the text).
    summary_norm = models.TextField(blank=True, default="")
    body_norm = models.TextField(blank=True)  # summaries and text
    # Titles, summaries and text in lower case with the diacritics kept (search.marked), to
    # hold a query typed with marks to those exact words ("Đà Nẵng" is not "đã nâng").
    marked_text = models.TextField(blank=True, default="")
    date = models.DateTimeField(null=True, db_index=True)
    # Visibility, copied from the source item.
    public_from = models.DateTimeField(null=True, help_text="null: never public (draft)")
    public_until = models.DateTimeField(null=True, help_text="null: no end date")
    access = models.CharField(max_length=12, default="public")
    # PostgreSQL full-text vector of the normalised columns (title A, summary B, text C),
    # computed by a trigger; unused on SQLite.
    vector = SearchVectorField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "object_id"],
                                               name="search_entry_unique")]
        indexes = [models.Index(fields=["source", "public_from"])]

    def __str__(self):
        return f"{self.source}:{self.object_id}"


class TranslationStamp(models.Model):
    """When one language of a translated item was last edited, so the translation status page
    can tell that the English is probably outdated (the Vietnamese changed after it).

    One row per item and language, written by partnership_portal.translation_status on save;
    kept apart from the content tables so no app needs a column (and readers never read it).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id", "language"],
                                               name="translation_stamp_unique")]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}:{self.language}@{self.changed_at}"
class PendingChange(models.Model):
    """Changes to a published item that readers do not see yet (one per item).

    `versions` holds the item and what its revisions follow (inline rows), serialized exactly as
    django-reversion stores a revision, so publishing is a reversion-style revert; see
    partnership_portal/revisions.py.
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(max_length=64)
    versions = models.JSONField(default=list)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    publish_at = models.DateTimeField(
        _("publish the changes at"), null=True, blank=True, db_index=True,
        help_text=_("Empty: the changes wait until a publisher publishes them."),
    )
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"],
                                               name="pending_change_one_per_item")]
        verbose_name = _("unpublished changes")
        verbose_name_plural = _("unpublished changes")

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}"


class ReviewRequest(models.Model):
    """One submission of an item for review: an editor asks, a publisher approves (publishing
    it now or at a chosen time) or sends it back with a comment the editor reads on the item.

    Points at any model (content type + id), so a draft change to a live item can be
    submitted the same way as a new draft. Rows are kept after the decision: the item's
    review history. Services in partnership_portal.review.
    """

    class State(models.TextChoices):
        SUBMITTED = "submitted", _("Awaiting review")
        APPROVED = "approved", _("Approved")
        SENT_BACK = "sent_back", _("Sent back")

    content_type = models.ForeignKey(
        "contenttypes.ContentType", verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("item id"))
    item = GenericForeignKey("content_type", "object_id")
    state = models.CharField(_("state"), max_length=10, choices=State.choices,
                             default=State.SUBMITTED, db_index=True)
    message = models.TextField(_("message to the reviewer"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("submitted by"), null=True,
        on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    comment = models.TextField(_("reviewer's comment"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    # The publish time the reviewer chose on approval (a future one schedules the item).
    publish_at = models.DateTimeField(_("publish at"), null=True, blank=True)

    class Meta:
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "state"])]

    def __str__(self):
        return f"{self.content_type.name} #{self.object_id}: {self.get_state_display()}"
