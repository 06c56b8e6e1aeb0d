from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from contact.models import ContactMessage


class Command(BaseCommand):
    help = ("Delete contact messages older than CONTACT_MESSAGE_RETENTION_DAYS "
            "(as the privacy page promises).")

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(days=settings.CONTACT_MESSAGE_RETENTION_DAYS)
        deleted, _ = ContactMessage.objects.older_than(cutoff).delete()
        self.stdout.write(
            f"Deleted {deleted} contact message(s) received before {cutoff:%Y-%m-%d}.")
