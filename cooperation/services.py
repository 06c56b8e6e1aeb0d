"""Writes that span several models (HackSoft style: keyword-only `<entity>_<verb>`)."""

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from partnership_portal import access

from .models import CooperationNeed, Interest


def interest_register(*, need, user, message):
    """Record a partner's interest in a cooperation need, move an open need to "partner
    interested", and tell the secretariat. The caller checks that `user` is a partner."""
    if not need.accepts_interest:
        raise ValidationError(_("This proposal is no longer open for expressions of interest."))
    account = access.partner_account(user)
    with transaction.atomic():
        interest = Interest.objects.create(
            need=need, user=user, message=message,
            partner=account.organisation if account else None,
        )
        if need.stage == CooperationNeed.Stage.OPEN:
            # update(), not save(): the editors' record of the need (updated_by) stays theirs.
            CooperationNeed.objects.filter(pk=need.pk).update(
                stage=CooperationNeed.Stage.INTERESTED)
            need.stage = CooperationNeed.Stage.INTERESTED
    _notify_secretariat(interest)
    return interest


def _notify_secretariat(interest):
    recipients = settings.SECRETARIAT_EMAILS
    if not recipients:
        return
    # The Site record (DJANGO_SITE_DOMAIN) gives e-mails their absolute links, as in feeds.
    scheme = "http" if settings.DEBUG else "https"
    admin_url = "{}://{}{}".format(
        scheme, Site.objects.get_current().domain,
        reverse("admin:cooperation_interest_change", args=[interest.pk]))
    with translation.override(settings.LANGUAGE_CODE):
        send_mail(
            subject=_("Interest in a cooperation need: %(need)s") % {"need": interest.need},
            message=_("%(who)s registered interest in “%(need)s”.\n\n%(message)s\n\n%(url)s")
            % {"who": interest.partner or interest.user, "need": interest.need,
               "message": interest.message, "url": admin_url},
            from_email=None, recipient_list=recipients, fail_silently=True,
        )
