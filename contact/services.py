import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import ContactMessage

logger = logging.getLogger(__name__)


def contact_message_receive(*, name, email, message, organisation="", language=None):
    """Keep a reader's message, then e-mail it to the Secretariat.

    Saved first: if the mail server fails, the message waits in the admin (`emailed_at` empty)
    and the reader is still told it was received."""
    contact_message = ContactMessage.objects.create(
        name=name, email=email, organisation=organisation, message=message,
        language=language or translation.get_language(),
    )
    recipients = settings.CONTACT_EMAILS
    if not recipients:
        logger.warning("Contact message %s kept; no CONTACT_EMAILS to send it to",
                       contact_message.pk)
        return contact_message
    # The Secretariat works in Vietnamese; the reader's own language is named in the body.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Contact form: message from %(name)s") % {"name": name}
        body = render_to_string("contact/message_email.txt", {"message": contact_message})
    mail = EmailMessage(subject=subject, body=body, to=recipients, reply_to=[email])
    try:
        mail.send()
    except Exception:  # any mail failure: the message is saved, the admin shows it unsent
        logger.exception("Contact message %s kept but not e-mailed", contact_message.pk)
        return contact_message
    contact_message.emailed_at = timezone.now()
    contact_message.save(update_fields=["emailed_at"])
    return contact_message
