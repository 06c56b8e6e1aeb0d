"""E-mails of the newsletter: confirmation, issue and alert messages, and the resumable sender.

Sending is at most once per (item, subscriber): a Delivery row is created for each pair under
a unique constraint, then *claimed* by a conditional UPDATE (pending → sending) that only one
process can win, whatever the database (no SELECT … FOR UPDATE needed, SQLite included). An
error while building or sending one message marks that delivery failed and the run goes on;
a run interrupted (Ctrl-C, SystemExit) puts its claimed row back to pending (the message was
not handed over); a run killed outright leaves it "sending", and after `STALE_AFTER` such a
row is marked failed, never resent blindly, so nobody gets the same issue twice.
"""

import logging
import re
from datetime import timedelta
from smtplib import SMTPException

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sites.models import Site
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cooperation.models import Agreement
from documents.models import Document
from forums.models import Event
from news.models import Post
from partnership_portal import access
from partnership_portal.richtext import plain_text, sanitize_html

from .models import Delivery, Issue, Subscriber

log = logging.getLogger(__name__)

CONFIRM_SALT = "newsletter.confirm"
STALE_AFTER = timedelta(hours=1)
# E-mails carry no images at all: no tracking, nothing fetched from anywhere.
IMAGE_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)

# What every reader may open, from the access policy (partnership_portal/access.py).
EVERYONE = access.levels(AnonymousUser())


def absolute(path):
    """Mail has no request: links are built from the Site record, as in feeds."""
    scheme = "http" if settings.DEBUG else "https"
    return f"{scheme}://{Site.objects.get_current().domain}{path}"


def confirm_token(subscriber):
    return signing.dumps(subscriber.key, salt=CONFIRM_SALT)


def subscriber_from_confirm_token(token):
    """The subscriber, or None when the token is forged or older than the allowed age."""
    try:
        key = signing.loads(token, salt=CONFIRM_SALT, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE)
    except signing.BadSignature:  # SignatureExpired is a subclass
        return None
    return Subscriber.objects.filter(key=key).first()


def unsubscribe_url(subscriber):
    with translation.override(subscriber.language):
        return absolute(reverse("newsletter:unsubscribe", kwargs={"token": subscriber.key}))


# Stands for the one per-subscriber part of a message, so a run renders each language once.
UNSUBSCRIBE_PLACEHOLDER = "UNSUBSCRIBE-URL-PLACEHOLDER"


def _render(language, template, context):
    """(text, html) of an e-mail in `language`; the unsubscribe link left as a placeholder."""
    with translation.override(language):
        context = {**context, "language": language, "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
                   "site_url": absolute(reverse("home"))}
        return (render_to_string(f"newsletter/email/{template}.txt", context),
                render_to_string(f"newsletter/email/{template}.html", context))


def _message(subscriber, subject, template, context, *, list_headers=True, rendered=None):
    """HTML with a plain-text alternative, in the subscriber's language; no images at all."""
    text, html = rendered or _render(subscriber.language, template, context)
    # The key is URL-safe base64: the same in text and HTML, nothing to escape.
    url = unsubscribe_url(subscriber)
    text, html = (text.replace(UNSUBSCRIBE_PLACEHOLDER, url),
                  html.replace(UNSUBSCRIBE_PLACEHOLDER, url))
    headers = {}
    if list_headers:
        # RFC 8058 one-click unsubscribe: mail clients POST to this URL themselves.
        headers = {"List-Unsubscribe": f"<{url}>",
                   "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    # One line, whatever a title holds: a line break in a header would refuse the message.
    subject = " ".join(str(subject).split())
    message = EmailMultiAlternatives(subject, text, to=[subscriber.email], headers=headers)
    message.attach_alternative(html, "text/html")
    return message


def send_confirmation(subscriber):
    """The double opt-in mail; sent from the request (one message), not queued."""
    with translation.override(subscriber.language):
        url = absolute(reverse("newsletter:confirm", kwargs={"token": confirm_token(subscriber)}))
        hours = settings.NEWSLETTER_CONFIRM_MAX_AGE // 3600
        message = _message(subscriber, _("Confirm your subscription to the Legal Partnership "
                                         "Group newsletter"), "confirm",
                           {"confirm_url": url, "hours": hours}, list_headers=False)
    message.send(fail_silently=True)


# --- Issues ---------------------------------------------------------------------------------

def issue_message(issue, subscriber, cache=None):
    """The issue's e-mail; `cache` (a dict kept over one run) holds each language's rendered
    message, so a thousand recipients cost one query and one rendering per language."""
    cache = {} if cache is None else cache
    language = subscriber.language
    key = (issue.pk, language)
    if key not in cache:
        with translation.override(language):
            items = [(item, absolute(item.target.get_absolute_url()))
                     for item in issue.public_items()]
            subject = f"{_('Newsletter')} {issue.period_label}: {issue.title}"
            context = {
                "issue": issue, "items": items, "issue_url": absolute(issue.get_absolute_url()),
                "introduction_html": IMAGE_TAG.sub("", sanitize_html(issue.introduction or "")),
                "introduction_text": plain_text(issue.introduction or ""),
                "pdf_url": absolute(issue.get_pdf_url())}
            cache[key] = (subject, _render(language, "issue", context))
    subject, rendered = cache[key]
    return _message(subscriber, subject, "issue", None, rendered=rendered)


def list_issue_recipients(issue):
    """Queue the issue for every active newsletter subscriber, once (reruns add nobody twice:
    the unique constraint ignores the pairs already there)."""
    with transaction.atomic():
        Delivery.objects.bulk_create(
            [Delivery(subscriber=subscriber, issue=issue, item_key=f"issue:{issue.pk}")
             for subscriber in Subscriber.objects.active().filter(newsletter=True)],
            ignore_conflicts=True)
        Issue.objects.filter(pk=issue.pk).update(recipients_listed_at=timezone.now())


def issues_to_send():
    return Issue.objects.published().filter(mailing_requested_at__isnull=False)


def forget_unconfirmed():
    """Addresses never confirmed within the link's life are deleted: kept for nothing."""
    cutoff = timezone.now() - timedelta(seconds=settings.NEWSLETTER_CONFIRM_MAX_AGE)
    return Subscriber.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()


def send_newsletter(*, limit=None):
    """List recipients of the issues asked to be mailed, then send what is pending."""
    forget_unconfirmed()
    for issue in issues_to_send().filter(recipients_listed_at__isnull=True):
        list_issue_recipients(issue)
    issues = {issue.pk: issue for issue in issues_to_send()}
    cache = {}
    return send_pending(Delivery.objects.filter(issue__in=list(issues)),
                        lambda delivery: issue_message(issues[delivery.issue_id],
                                                       delivery.subscriber, cache),
                        limit=limit)


# --- Sending, shared ----------------------------------------------------------------------

def mark_stale(queryset):
    """Rows left "sending" by a run killed outright: the mail may have gone, so never resend."""
    return queryset.filter(status=Delivery.Status.SENDING,
                           claimed_at__lt=timezone.now() - STALE_AFTER).update(
        status=Delivery.Status.FAILED, error="interrupted; may have been sent")


def send_pending(queryset, build, *, limit=None):
    """Send each pending delivery of `queryset` (built by `build(delivery)`); returns
    {status: count} for this run."""
    mark_stale(queryset)
    done = {Delivery.Status.SENT: 0, Delivery.Status.FAILED: 0}
    connection = get_connection()
    candidates = (queryset.filter(status=Delivery.Status.PENDING,
                                  subscriber__confirmed_at__isnull=False,
                                  subscriber__unsubscribed_at__isnull=True)
                  .select_related("subscriber").order_by("pk"))
    if limit:
        candidates = candidates[:limit]
    for delivery in candidates.iterator(chunk_size=200):
        # The claim: only the process whose UPDATE changes the row sends it.
        if not Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.PENDING).update(
                status=Delivery.Status.SENDING, claimed_at=timezone.now()):
            continue
        handed_over = False
        try:
            message = build(delivery)
            message.connection = connection
            message.send()
            handed_over = True
        except LookupError:
            handed_over = True  # the item is no longer public: nothing to send, ever
            Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.CANCELLED)
            continue
        except Exception as error:
            # Settled as failed (shown in the admin, retried only on request), so that one
            # bad address or message never stalls the queue behind it.
            handed_over = True
            if isinstance(error, (SMTPException, OSError)):
                log.warning("newsletter delivery %s failed: %s", delivery.pk, error)
            else:
                log.exception("newsletter delivery %s failed", delivery.pk)
            Delivery.objects.filter(pk=delivery.pk).update(
                status=Delivery.Status.FAILED, error=str(error)[:300])
            done[Delivery.Status.FAILED] += 1
            continue
        finally:
            if not handed_over:
                # Interrupted (Ctrl-C, SystemExit) before the hand-over: the next run sends it.
                Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.SENDING).update(
                    status=Delivery.Status.PENDING, claimed_at=None)
        Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.SENT,
                                                       sent_at=timezone.now())
        done[Delivery.Status.SENT] += 1
    return done


# --- Alerts about a partner or an agreement ----------------------------------------------

ALERT_SOURCES = {
    "news.post": (Post, "publish_at"),
    "forums.event": (Event, "publish_at"),
    "cooperation.agreement": (Agreement, "publish_at"),
    "documents.document": (Document, "publish_at"),
}


def _concerns(label, partner_ids, agreement_ids):
    """The Q of items that link to one of these partners or agreements."""
    if label == "news.post":
        return Q(partners__in=partner_ids) | Q(agreements__in=agreement_ids)
    if label == "forums.event":
        return Q(organisers__partner__in=partner_ids) | Q(agreements__in=agreement_ids)
    if label == "cooperation.agreement":
        return Q(parties__in=partner_ids) | Q(pk__in=agreement_ids)
    return Q(agreements__parties__in=partner_ids) | Q(agreements__in=agreement_ids)


def alert_items(subscriber):
    """Public items published since the subscriber confirmed that concern what they follow."""
    partner_ids = list(subscriber.partners.values_list("pk", flat=True))
    agreement_ids = list(subscriber.agreements.values_list("pk", flat=True))
    if not (partner_ids or agreement_ids):
        return
    # Nothing from before the subscription, and a bounded look-back, so each run stays cheap.
    since = max(subscriber.confirmed_at,
                timezone.now() - timedelta(days=settings.NEWSLETTER_ALERT_WINDOW_DAYS))
    for label, (model, date_field) in ALERT_SOURCES.items():
        qs = model.objects.published().filter(**{f"{date_field}__gte": since})
        if model is Document:
            qs = qs.filter(access__in=EVERYONE)
        for obj in qs.filter(_concerns(label, partner_ids, agreement_ids)).distinct():
            yield label, obj


def list_alerts():
    """Queue one alert per (new item, subscriber following something it links to)."""
    rows = []
    subscribers = Subscriber.objects.active().filter(
        Q(partners__isnull=False) | Q(agreements__isnull=False)).distinct()
    for subscriber in subscribers:
        rows += [Delivery(subscriber=subscriber, item_key=f"alert:{label}:{obj.pk}")
                 for label, obj in alert_items(subscriber)]
    Delivery.objects.bulk_create(rows, ignore_conflicts=True)


def alert_target(item_key):
    _prefix, label, pk = item_key.split(":")
    model = ALERT_SOURCES[label][0]
    queryset = model.objects.published().filter(pk=pk)
    if model is Document:
        queryset = queryset.filter(access__in=EVERYONE)
    return queryset.first()


def alert_message(delivery):
    target = alert_target(delivery.item_key)
    if target is None:  # unpublished since it was queued: send nothing, say why
        raise LookupError("item no longer public")
    subscriber = delivery.subscriber
    with translation.override(subscriber.language):
        return _message(subscriber, _("New on the Legal Partnership Group portal: %(title)s")
                        % {"title": target}, "alert",
                        {"target": target, "target_url": absolute(target.get_absolute_url()),
                         "kind": target._meta.verbose_name})


def send_alerts(*, limit=None):
    list_alerts()
    pending = Delivery.objects.filter(item_key__startswith="alert:")
    # An item unpublished since it was queued is cancelled rather than sent.
    for delivery in pending.filter(status=Delivery.Status.PENDING):
        if alert_target(delivery.item_key) is None:
            Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.CANCELLED)
    return send_pending(pending, alert_message, limit=limit)
