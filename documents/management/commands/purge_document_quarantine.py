from django.conf import settings
from django.core.management.base import BaseCommand

from documents.quarantine import purge_quarantine


class Command(BaseCommand):
    help = ("Delete files of deleted documents that have waited in the private quarantine "
            "folder longer than DOCUMENTS_QUARANTINE_DAYS (run daily, e.g. from cron).")

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None,
            help=f"Keep this many days (default {settings.DOCUMENTS_QUARANTINE_DAYS}).",
        )

    def handle(self, *args, days=None, **options):
        removed = purge_quarantine(days=days)
        for day in removed:
            self.stdout.write(f"Removed quarantine/{day}/")
        self.stdout.write(self.style.SUCCESS(f"{len(removed)} quarantine folders purged."))
