from django.db import models
from django.utils.translation import gettext_lazy as _

from partnership_portal.models import (
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
from partnership_portal.richtext import RichTextField
from partnership_portal.slugs import SLUG_MAX_LENGTH
from partnership_portal.uploads import PixelLimitedImageField, random_image_name


class Category(SlugAddressed, TranslatedContent):
    """A news category the secretariat maintains (e.g. Group activities)."""

    url_name = "news:category"

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=SLUG_MAX_LENGTH)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0,
                                             help_text=_("Smaller numbers come first."))

    translation_check_fields = ("name",)

    class Meta:
        ordering = ["order", "pk"]
        constraints = per_language_unique("slug", "news_category")
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name


# Post columns no list shows (cards: title, date, category, summary): the body and cover of
# each language, and bookkeeping; each is a column to build into the SQL and convert per row.
LISTING_DEFERRED = ("body", "author_unit", "cover", "cover_width", "cover_height", "cover_alt",
                    "created_at", "updated_at", "created_by", "updated_by", "unpublish_at",
                    "featured")
# The previous and next posts are links: their title (each language's) and address.
NEIGHBOUR_FIELDS = ("title", "slug", "status", "publish_at")
# A listed post's category shows its name and link only.
CATEGORY_DEFERRED = ("description", "order")


class PostQuerySet(PublishableQuerySet):
    def for_listing(self):
        """What every list of posts needs, in one query."""
        return only_columns(
            self.select_related("category"), *columns_except(Post, LISTING_DEFERRED),
            *columns_except(Category, CATEGORY_DEFERRED, prefix="category__"),
        ).order_by("-publish_at", "-pk")


class Post(SlugAddressed, Publishable):
    """A news item of the column."""

    url_name = "news:detail"

    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(
        _("summary"),
        max_length=600,
        blank=True,
        help_text=_("One to three sentences shown in lists, feeds and link previews."),
    )
    body = RichTextField(_("body"), blank=True)
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="posts"
    )
    author_unit = models.CharField(
        _("author unit"),
        max_length=200,
        blank=True,
        help_text=_("E.g. International Cooperation Department."),
    )
    cover = PixelLimitedImageField(
        _("cover image"), upload_to=random_image_name, blank=True, renditions="cover"
    )
    # Measured in save() when the cover changes, so pages never open the file to size it.
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("Describes the picture for people who cannot see it."),
    )
    featured = models.BooleanField(
        _("featured"), default=False, db_index=True,
        help_text=_("Shown among the highlighted posts at the top of the home page (the three "
                    "newest featured posts)."),
    )
    documents = models.ManyToManyField(
        "documents.Document", verbose_name=_("documents"), blank=True, related_name="news_posts",
        help_text=_("Shown under the post with their access level."),
    )
    partners = models.ManyToManyField(
        "cooperation.Partner", verbose_name=_("partners"), blank=True, related_name="news_posts"
    )
    agreements = models.ManyToManyField(
        "cooperation.Agreement", verbose_name=_("agreements"), blank=True,
        related_name="news_posts",
    )

    objects = PostQuerySet.as_manager()

    translation_check_fields = ("title", "body")
    reserved_slugs = frozenset({"feed", "rss", "category", "chuyen-muc"})

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("news post")
        permissions = [("publish_post", _("Can publish news posts"))]
        verbose_name_plural = _("news posts")
        indexes = [
            live_index("news_post_live_idx"),
            # The home page's featured posts: the few among thousands, without reading the rest.
            live_index("news_post_featured_live_idx", condition=models.Q(featured=True)),
        ]
        constraints = per_language_unique("slug", "news_post")

    def __str__(self):
        return self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_cover = instance.__dict__.get("cover")
        instance._loaded_cover = str(instance._loaded_cover or "")
        return instance

    def save(self, *args, **kwargs):
        # Measure the cover once, when it changes, so pages never open the file to size it.
        changed = str(self.cover or "") != getattr(self, "_loaded_cover", None)
        if self.cover and (changed or self.cover_width is None):
            try:
                self.cover_width, self.cover_height = self.cover.width, self.cover.height
            except (OSError, ValueError):
                self.cover_width = self.cover_height = None
        elif not self.cover:
            self.cover_width = self.cover_height = None
        super().save(*args, **kwargs)
        self._loaded_cover = str(self.cover or "")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.cover and not any(
            getattr(self, f"cover_alt_{code}", None) for code in ("vi", "en")
        ):
            raise ValidationError(
                {"cover_alt_vi": _("Describe the cover image for readers who cannot see it.")}
            )

    def previous_post(self):
        return (
            only_columns(Post.objects.published(), *columns_of(Post, NEIGHBOUR_FIELDS))
            .filter(publish_at__lt=self.publish_at)
            .order_by("-publish_at", "-pk")
            .first()
        )

    def next_post(self):
        return (
            only_columns(Post.objects.published(), *columns_of(Post, NEIGHBOUR_FIELDS))
            .filter(publish_at__gt=self.publish_at)
            .order_by("publish_at", "pk")
            .first()
        )

    def related_posts(self, limit=3):
        return (
            Post.objects.published()
            .for_listing()
            .filter(category_id=self.category_id)
            .exclude(pk=self.pk)[:limit]
        )
