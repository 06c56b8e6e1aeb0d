from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from security.models import AuditEvent


class Command(BaseCommand):
    help = "Delete audit log entries older than AUDIT_LOG_RETENTION_DAYS (run daily)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None,
                            help="Keep this many days instead of AUDIT_LOG_RETENTION_DAYS.")

    def handle(self, *args, days=None, **options):
        days = settings.AUDIT_LOG_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _per_model = AuditEvent.objects.filter(at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} audit log entries older than {days} days.")
