"""The quarterly newsletter (Bản tin): an issue assembled from chosen items of its quarter, and
the people who receive it (subscribers) with one Delivery row per item sent to each of them.
"""

import secrets

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partnership_portal import access
from partnership_portal.models import Publishable, PublishableQuerySet, per_language_unique
from partnership_portal.richtext import RichTextField

QUARTERS = [(1, "I"), (2, "II"), (3, "III"), (4, "IV")]
ROMAN = dict(QUARTERS)
ANONYMOUS = AnonymousUser()


class IssueQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.order_by("-year", "-quarter", "-number", "-pk")


class Issue(Publishable):
    """One issue of the newsletter, normally one per quarter."""

    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(_("quarter"), choices=QUARTERS)
    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("The issue's running number (Bản tin số …)."))
    title = models.CharField(_("title"), max_length=250)
    introduction = RichTextField(_("editorial introduction"), blank=True)
    # Set by the admin's "Send to subscribers"; send_newsletter then lists the recipients once.
    mailing_requested_at = models.DateTimeField(_("mailing requested"), null=True, blank=True,
                                                editable=False)
    recipients_listed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = IssueQuerySet.as_manager()

    reserved_slugs = frozenset({"dang-ky", "subscribe", "xac-nhan", "confirm", "huy-dang-ky",
                                "unsubscribe"})

    class Meta:
        ordering = ["-year", "-quarter", "-number", "-pk"]
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        constraints = [
            *per_language_unique("slug", "newsletter_issue"),
            models.UniqueConstraint(fields=["number"], name="newsletter_issue_number_unique"),
            models.CheckConstraint(condition=Q(quarter__in=[1, 2, 3, 4]),
                                   name="newsletter_issue_quarter_1_to_4"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("newsletter:detail", kwargs={"slug": self.slug})

    def get_pdf_url(self):
        return reverse("newsletter:pdf", kwargs={"slug": self.slug})

    @property
    def period_label(self):
        return _("Q %(quarter)s/%(year)s") % {"quarter": ROMAN[self.quarter], "year": self.year}

    def public_items(self):
        """The items a reader of the public issue (web, PDF, e-mail) may see, in order."""
        return [item for item in self.items.with_targets() if item.is_public]

    def delivery_counts(self):
        counts = dict(self.deliveries.values_list("status").annotate(n=Count("pk")))
        return {status: counts.get(status, 0) for status in Delivery.Status.values}


class IssueItemQuerySet(models.QuerySet):
    def with_targets(self):
        return self.select_related("post__category", "event", "agreement",
                                   "document__kind").order_by("order", "pk")


class IssueItem(models.Model):
    """One chosen item of an issue: exactly one of a news post, event, agreement or document."""

    KINDS = ("post", "event", "agreement", "document")

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="items")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    post = models.ForeignKey("news.Post", on_delete=models.CASCADE, null=True, blank=True,
                             related_name="+", verbose_name=_("news post"))
    event = models.ForeignKey("forums.Event", on_delete=models.CASCADE, null=True, blank=True,
                              related_name="+", verbose_name=_("event"))
    agreement = models.ForeignKey("cooperation.Agreement", on_delete=models.CASCADE, null=True,
                                  blank=True, related_name="+", verbose_name=_("agreement"))
    document = models.ForeignKey("documents.Document", on_delete=models.CASCADE, null=True,
                                 blank=True, related_name="+", verbose_name=_("document"))
    note = models.TextField(_("note"), blank=True,
                            help_text=_("Optional words of the editor shown with the item."))

    objects = IssueItemQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("item")
        verbose_name_plural = _("items")
        constraints = [
            # Exactly one target per row: per-type foreign keys keep joins and deletes plain.
            models.CheckConstraint(
                condition=(
                    Q(post__isnull=False, event__isnull=True, agreement__isnull=True,
                      document__isnull=True)
                    | Q(post__isnull=True, event__isnull=False, agreement__isnull=True,
                        document__isnull=True)
                    | Q(post__isnull=True, event__isnull=True, agreement__isnull=False,
                        document__isnull=True)
                    | Q(post__isnull=True, event__isnull=True, agreement__isnull=True,
                        document__isnull=False)
                ),
                name="newsletter_issueitem_one_target",
            ),
        ]

    def __str__(self):
        return str(self.target or "")

    @property
    def kind(self):
        return next((name for name in self.KINDS if getattr(self, f"{name}_id")), None)

    @property
    def target(self):
        return getattr(self, self.kind) if self.kind else None

    @property
    def summary_template(self):
        return f"newsletter/includes/summary_{self.kind}.html"

    @property
    def kind_label(self):
        return {"post": _("News"), "event": _("Event"), "agreement": _("Agreement"),
                "document": _("Document")}.get(self.kind, "")

    @property
    def is_public(self):
        """May anyone open it (the access policy asked for an anonymous reader)? Published,
        and for a document, its files open to the public: the issue goes to everyone."""
        target = self.target
        if target is None or not access.may_view(ANONYMOUS, target):
            return False
        return self.kind != "document" or access.may_download(ANONYMOUS, target)

    def clean(self):
        from django.core.exceptions import ValidationError

        if sum(bool(getattr(self, f"{name}_id")) for name in self.KINDS) != 1:
            raise ValidationError(_("Choose exactly one news post, event, agreement or "
                                    "document."))


class SubscriberQuerySet(models.QuerySet):
    def active(self):
        """Confirmed and not unsubscribed: the only addresses anything is ever sent to."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class Subscriber(models.Model):
    """An e-mail address receiving the newsletter and/or alerts (double opt-in)."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES,
                                default=settings.LANGUAGE_CODE)
    newsletter = models.BooleanField(_("newsletter"), default=True)
    partners = models.ManyToManyField("cooperation.Partner", blank=True, related_name="+",
                                      verbose_name=_("alerts about partners"))
    agreements = models.ManyToManyField("cooperation.Agreement", blank=True, related_name="+",
                                        verbose_name=_("alerts about agreements"))
    created_at = models.DateTimeField(_("subscribed"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # Random, in every link of every e-mail (unsubscribe), so links hold no address or id.
    key = models.CharField(max_length=43, unique=True, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        if not self.key:
            self.key = secrets.token_urlsafe(32)
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return bool(self.confirmed_at and not self.unsubscribed_at)

    def confirm(self):
        self.confirmed_at = timezone.now()
        self.unsubscribed_at = None
        self.save(update_fields=["confirmed_at", "unsubscribed_at"])

    def unsubscribe(self):
        if self.unsubscribed_at is None:
            self.unsubscribed_at = timezone.now()
            self.save(update_fields=["unsubscribed_at"])
        # Nothing still queued goes out after the reader said stop.
        self.deliveries.filter(status=Delivery.Status.PENDING).update(
            status=Delivery.Status.CANCELLED)


class Delivery(models.Model):
    """One item (an issue, or one alert) for one subscriber. The unique pair is what makes
    sending at most once, however often or concurrently the commands run."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE,
                                   related_name="deliveries")
    # "issue:12", or "alert:news.post:34": what was sent, whatever the kind.
    item_key = models.CharField(max_length=60)
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, null=True, blank=True,
                              related_name="deliveries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING,
                              db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["subscriber", "item_key"],
                                               name="newsletter_delivery_once")]

    def __str__(self):
        return f"{self.item_key} → {self.subscriber_id}"
