from django.core.management.base import BaseCommand

from newsletter.mailing import send_newsletter


class Command(BaseCommand):
    help = ("Send the newsletter issues the secretariat asked to mail to confirmed subscribers. "
            "Resumable and safe to run often or concurrently: nothing is sent twice.")

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None,
                            help="Send at most this many e-mails in this run.")

    def handle(self, *args, limit=None, **options):
        done = send_newsletter(limit=limit)
        self.stdout.write(f"sent {done['sent']}, failed {done['failed']}")
