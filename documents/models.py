import hashlib

from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partnership_portal import access
from partnership_portal.models import (
    ChoiceLabels,
    Live,
    Publishable,
    PublishableQuerySet,
    SlugAddressed,
    TranslatedContent,
    columns_except,
    columns_of,
    live_index,
    only_columns,
    per_language_unique,
)
from partnership_portal.urlcache import object_url

from .quarantine import release_on_commit, restore_on_commit
from .uploads import (
    extension_of,
    private_file_name,
    private_storage,
    validate_document_upload,
)


class Access(models.TextChoices):
    PUBLIC = "public", _("Public")
    PARTNERS = "partners", _("Partners")
    SECRETARIAT = "secretariat", _("Secretariat only")


class DocumentKind(TranslatedContent):
    """An editable, translated list: proceedings, newsletter, quarterly report..."""

    code = models.SlugField(
        _("code"), max_length=40, unique=True,
        help_text=_("Fixed identifier used by the site (e.g. newsletter); do not change."),
    )
    name = models.CharField(_("name"), max_length=120)
    order = models.PositiveSmallIntegerField(_("order"), default=0,
                                             help_text=_("Smaller numbers come first."))

    translation_check_fields = ("name",)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("document kind")
        verbose_name_plural = _("document kinds")

    def __str__(self):
        return self.name


# Document fields a list or card shows (translated ones with their per-language columns): no
# description nor bookkeeping.
LISTING_FIELDS = ("status", "slug", "title", "kind", "issued_on", "year", "quarter", "access")


def _card_files():
    # The stored file, checksum and counters are for downloads and the admin, not links.
    return DocumentFile.objects.order_by("language").defer(
        "file", "sha256", "download_count", "uploaded_at")


def links_to_listed(links, user, via="document"):
    """Rows of a table that links to documents (an agreement's texts), those whose document
    `user` may find in lists, each with its document as a card shows it (kind, files). The
    same rows as `filter(document__in=Document.objects.listed_for(user))`, tested on the
    join that reading the document makes anyway: no subquery over documents for the
    database to plan (on PostgreSQL, planning that query cost more than running it)."""
    prefix = f"{via}__"
    if not access.may_preview(user, Document):
        links = links.filter(Live(timezone.now(), via=prefix))
    links = links.filter(**{f"{prefix}access__in": access.listed_levels(user)})
    return only_columns(
        links.select_related(f"{prefix}kind")
        .prefetch_related(models.Prefetch(f"{prefix}files", _card_files())),
        *columns_except(links.model, ()), *columns_of(Document, LISTING_FIELDS, prefix=prefix))


class DocumentQuerySet(PublishableQuerySet):
    def listed_for(self, user):
        """What a reader may see in lists: partner-only items are listed (with a lock) to
        everyone; secretariat-only items only to the secretariat."""
        return access.listed_documents(user, self)

    def for_page(self):
        """With what a document's page and card show besides its own columns: kind, files."""
        return self.select_related("kind").prefetch_related(
            models.Prefetch("files", _card_files()))

    def for_listing(self):
        # Cards show no description (each language's) nor bookkeeping: left unread. Named as
        # the columns read (only()): modeltranslation's defer() costs more to build.
        return (only_columns(self.for_page(), *columns_of(Document, LISTING_FIELDS))
                .order_by("-issued_on", "-pk"))


class Document(SlugAddressed, Publishable):
    """A document of the library, in one or more files (e.g. its vi and en versions)."""

    url_name = "documents:detail"

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    kind = models.ForeignKey(
        DocumentKind, on_delete=models.PROTECT, related_name="documents", verbose_name=_("kind")
    )
    issued_on = models.DateField(
        _("publication date"),
        help_text=_("The date the document was issued, as printed on it; not the day it is put "
                    "on the site."),
    )
    year = models.PositiveSmallIntegerField(
        _("year covered"), db_index=True,
        help_text=_("The year the content is about: 2020 for the 2020 annual report issued in "
                    "2021."),
    )
    quarter = models.PositiveSmallIntegerField(
        _("quarter covered"), null=True, blank=True,
        choices=[(1, "I"), (2, "II"), (3, "III"), (4, "IV")],
        help_text=_("For quarterly items such as the newsletter (Q III/2020)."),
    )
    access = models.CharField(
        _("access"), max_length=12, choices=Access.choices, default=Access.PUBLIC,
        db_index=True,
        help_text=_("Partners: signed-in partner accounts. Secretariat only: staff."),
    )

    objects = DocumentQuerySet.as_manager()

    translation_check_fields = ("title",)
    reserved_slugs = frozenset({"newsletter", "ban-tin", "quarterly-reports", "bao-cao-quy",
                                "file", "tep"})

    class Meta:
        ordering = ["-issued_on", "-pk"]
        # The list's order and the year filter's column, each with every column a public list
        # tests (the access level too): a page, its count and its years are read from the
        # index alone (PostgreSQL, 2,000 documents: 10.8 → 3.9 ms of SQL on the list).
        indexes = [live_index("documents_document_live_idx", "issued_on", "access"),
                   live_index("documents_document_year_idx", "year", "access")]
        verbose_name = _("document")
        permissions = [("publish_document", _("Can publish documents"))]
        verbose_name_plural = _("documents")
        constraints = [
            *per_language_unique("slug", "documents_document"),
            models.CheckConstraint(
                condition=models.Q(quarter__isnull=True) | models.Q(quarter__in=[1, 2, 3, 4]),
                name="documents_document_quarter_1_to_4",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def period_label(self):
        roman = dict(self._meta.get_field("quarter").choices)
        if not self.quarter:
            return str(self.year)
        return _("Q %(quarter)s/%(year)s") % {"quarter": roman[self.quarter], "year": self.year}

    @property
    def is_restricted(self):
        return self.access != Access.PUBLIC

    @property
    def is_partners_only(self):
        return self.access == Access.PARTNERS

    @property
    def is_secretariat_only(self):
        return self.access == Access.SECRETARIAT


class DocumentFile(ChoiceLabels):
    """One file of a document. Replacing the file keeps the earlier one as a version; the
    public link (by this row's id) always serves the latest."""

    class Language(models.TextChoices):
        VI = "vi", _("Vietnamese")
        EN = "en", _("English")
        OTHER = "other", _("Other language")

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="files", verbose_name=_("document")
    )
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.VI,
        help_text=_("The language of this file's text."),
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=private_file_name, max_length=255,
        validators=[validate_document_upload],
    )
    original_name = models.CharField(_("file name"), max_length=255, editable=False)
    size = models.PositiveBigIntegerField(_("size"), default=0, editable=False)
    sha256 = models.CharField(max_length=64, editable=False, blank=True)
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now=True)

    class Meta:
        ordering = ["document", "language", "pk"]
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self):
        return self.original_name

    def save(self, *args, **kwargs):
        new_upload = self.file and not getattr(self.file, "_committed", True)
        update_fields = kwargs.get("update_fields")
        file_may_change = self.pk and (update_fields is None or "file" in update_fields)
        previous = DocumentFile.objects.filter(pk=self.pk).first() if file_may_change else None
        if new_upload:
            self.original_name = self.file.name.rsplit("/", 1)[-1]
            self.size = self.file.size
            digest = hashlib.sha256()
            for chunk in self.file.chunks():
                digest.update(chunk)
            self.sha256 = digest.hexdigest()
            if previous is not None and previous.file:
                FileVersion.objects.create(
                    document_file=previous, file=previous.file.name,
                    original_name=previous.original_name, size=previous.size,
                    sha256=previous.sha256, uploaded_at=previous.uploaded_at,
                )
        super().save(*args, **kwargs)
        if previous is not None and previous.file.name != self.file.name:
            release_on_commit(previous.file.name)  # kept if an earlier version refers to it

    def get_absolute_url(self):
        return object_url("documents:download", "pk", self.pk)

    @property
    def extension(self):
        return extension_of(self.original_name).upper()


class FileVersion(models.Model):
    """An earlier upload of a DocumentFile, kept for the secretariat."""

    document_file = models.ForeignKey(
        DocumentFile, on_delete=models.CASCADE, related_name="versions"
    )
    file = models.FileField(storage=private_storage, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(max_length=64, blank=True)
    uploaded_at = models.DateTimeField(_("uploaded"))
    replaced_at = models.DateTimeField(_("replaced"), auto_now_add=True)

    class Meta:
        ordering = ["-replaced_at"]
        verbose_name = _("earlier version")
        verbose_name_plural = _("earlier versions")

    def __str__(self):
        return self.original_name

    def get_absolute_url(self):
        return object_url("documents:version", "pk", self.pk)


@receiver(post_delete, sender=DocumentFile, dispatch_uid="documents-file-delete")
@receiver(post_delete, sender=FileVersion, dispatch_uid="documents-version-delete")
def _release_deleted_file(sender, instance, **kwargs):
    """Deleting a row (also by cascade from its Document) moves its file to quarantine once
    the transaction commits; see documents/quarantine.py."""
    release_on_commit(instance.file.name)


@receiver(post_save, sender=DocumentFile, dispatch_uid="documents-file-restored")
@receiver(post_save, sender=FileVersion, dispatch_uid="documents-version-restored")
def _restore_recovered_file(sender, instance, raw=False, **kwargs):
    """A row saved raw is a restored revision (recover, restore, published changes) or a
    fixture: its file comes back from the quarantine if it went there."""
    if raw:
        restore_on_commit(instance.file.name)
