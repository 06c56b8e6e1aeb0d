"""Publish unpublished changes whose scheduled time has come (run every minute by a timer)."""

from django.core.management.base import BaseCommand

from partnership_portal.revisions import publish_due_changes


class Command(BaseCommand):
    help = "Publish the scheduled changes to live items whose time has come."

    def handle(self, *args, **options):
        count = publish_due_changes()
        if options["verbosity"]:
            self.stdout.write(f"Published {count} scheduled change(s).")
