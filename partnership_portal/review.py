"""Review workflow: an editor submits an item, publishers approve or send it back.

The verbs are functions here (the admin, a dashboard or a command share them), keyword-only
in the house style. State lives in `ReviewRequest` rows pointing at any item (content type +
id), so a draft change to a live item can be submitted the same way as a new draft.
E-mails go to every active publisher allowed to publish that model, and back to the editor,
in Vietnamese then English in one message (the secretariat works in Vietnamese; some
publishers may read English).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import access
from .models import Publishable, ReviewRequest

EMAIL_LANGUAGES = ("vi", "en")


def requests_for(item):
    """Every review request of `item`, newest first."""
    return ReviewRequest.objects.filter(
        content_type=ContentType.objects.get_for_model(item, for_concrete_model=False),
        object_id=item.pk,
    ).select_related("submitted_by", "decided_by")


def latest_request(item):
    """The item's newest review request (any state), or None."""
    return requests_for(item).first() if item.pk else None


def open_request(item):
    """The request still awaiting review for `item`, or None."""
    return requests_for(item).filter(state=ReviewRequest.State.SUBMITTED).first()


def publishers_for(model):
    """Active staff allowed to publish `model` who have an e-mail address."""
    perm = access.publish_permission(model)
    app_label, codename = perm.split(".")
    grant = Q(content_type__app_label=app_label, codename=codename)
    users = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    return users.filter(
        Q(is_superuser=True) | Q(user_permissions__in=_permissions(grant))
        | Q(groups__permissions__in=_permissions(grant))
    ).distinct()


def _permissions(condition):
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(condition)


def reviewable_types(user) -> list:
    """Content types of the publishable models `user` may publish (and so review)."""
    models = [model for model in _publishable_models() if access.may_publish(user, model)]
    if not models:
        return []
    return list(ContentType.objects.get_for_models(*models, for_concrete_models=False).values())


def awaiting_review(user):
    """Requests awaiting review that `user` may decide (publish permission for the item's
    model), oldest first, items prefetched: the queue page and the dashboard read this."""
    return (ReviewRequest.objects
            .filter(state=ReviewRequest.State.SUBMITTED, content_type__in=reviewable_types(user))
            .select_related("content_type", "submitted_by")
            .prefetch_related("item")
            .order_by("submitted_at", "pk"))


def _publishable_models():
    from django.apps import apps

    return [m for m in apps.get_models() if issubclass(m, Publishable)]


def admin_url(item, request=None) -> str:
    """The item's change page in the admin, absolute when a request (or the Site) tells the
    host, for e-mails."""
    opts = item._meta
    try:
        path = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
    except NoReverseMatch:
        return ""
    if request is not None:
        return request.build_absolute_uri(path)
    from django.contrib.sites.models import Site

    return f"https://{Site.objects.get_current().domain}{path}"


def _bilingual(render) -> tuple[str, str]:
    """(subject, body) rendered in each e-mail language and joined, Vietnamese first."""
    subjects, bodies = [], []
    for code in EMAIL_LANGUAGES:
        with translation.override(code):
            subject, body = render()
        subjects.append(subject)
        bodies.append(body)
    return " / ".join(dict.fromkeys(subjects)), "\n\n-----\n\n".join(bodies)


def _name(user) -> str:
    if user is None:
        return "?"
    return user.get_full_name() or user.get_username()


def _send(recipients, render):
    addresses = sorted({u.email for u in recipients if u.email})
    if not addresses:
        return 0
    subject, body = _bilingual(render)
    # After commit: no e-mail about a decision that was rolled back.
    transaction.on_commit(lambda: send_mail(
        subject, body, settings.DEFAULT_FROM_EMAIL, addresses, fail_silently=True))
    return len(addresses)


def submit_for_review(*, item, user, message="", request=None):
    """Ask publishers to review `item`; returns the (new or already open) request."""
    existing = open_request(item)
    if existing is not None:
        return existing
    review = ReviewRequest.objects.create(
        content_type=ContentType.objects.get_for_model(item, for_concrete_model=False),
        object_id=item.pk, submitted_by=user, message=message.strip(),
    )
    link = admin_url(item, request)
    model_name = item._meta.verbose_name

    def render():
        subject = _("Submitted for review: %(title)s") % {"title": item}
        lines = [
            _("%(user)s submitted the %(model)s “%(title)s” for review.")
            % {"user": _name(user), "model": model_name, "title": item},
        ]
        if review.message:
            lines.append(_("Message: %(message)s") % {"message": review.message})
        lines.append(_("Approve it or send it back here: %(link)s") % {"link": link})
        return subject, "\n\n".join(lines)

    recipients = [u for u in publishers_for(type(item)) if u.pk != getattr(user, "pk", None)]
    _send(recipients, render)
    return review


def _decide(item, user, state, **fields):
    if not access.may_publish(user, type(item)):
        raise PermissionDenied
    review = open_request(item)
    if review is None:
        review = ReviewRequest(
            content_type=ContentType.objects.get_for_model(item, for_concrete_model=False),
            object_id=item.pk, submitted_by=None, submitted_at=timezone.now(),
        )
    review.state = state
    review.decided_by = user
    review.decided_at = timezone.now()
    for name, value in fields.items():
        setattr(review, name, value)
    review.save()
    return review


def approve(*, item, user, publish_at=None, comment="", request=None):
    """Publish `item` now, or at `publish_at` when that is still to come (scheduling), and
    close its review request. Refused (PermissionDenied) to anyone who may not publish it."""
    now = timezone.now()
    if publish_at is not None and publish_at > now:
        at = publish_at
    else:
        # An item already live keeps its date (approving an edit must not re-date it).
        at = None if item.is_public else now
    with transaction.atomic():
        review = _decide(item, user, ReviewRequest.State.APPROVED, comment=comment.strip())
        item.publish(user, at=at)
        review.publish_at = item.publish_at
        review.save(update_fields=["publish_at"])
    at = item.publish_at
    link = admin_url(item, request)

    def render():
        subject = _("Approved: %(title)s") % {"title": item}
        when = timezone.localtime(at).strftime("%d/%m/%Y %H:%M")
        lines = [_("%(user)s approved “%(title)s”; it is public from %(when)s.")
                 % {"user": _name(user), "title": item, "when": when}]
        if review.comment:
            lines.append(_("Comment: %(comment)s") % {"comment": review.comment})
        lines.append(link)
        return subject, "\n\n".join(lines)

    if review.submitted_by and review.submitted_by != user:
        _send([review.submitted_by], render)
    return review


def send_back(*, item, user, comment, request=None):
    """Return `item` to its editor with a comment (required: the editor must know why)."""
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(_("Write a comment for the editor to send the item back."))
    review = _decide(item, user, ReviewRequest.State.SENT_BACK, comment=comment)
    link = admin_url(item, request)

    def render():
        subject = _("Sent back: %(title)s") % {"title": item}
        body = "\n\n".join([
            _("%(user)s sent “%(title)s” back to you with this comment:")
            % {"user": _name(user), "title": item},
            comment, link,
        ])
        return subject, body

    if review.submitted_by and review.submitted_by != user:
        _send([review.submitted_by], render)
    return review
