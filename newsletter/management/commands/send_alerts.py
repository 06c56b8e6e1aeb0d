from django.core.management.base import BaseCommand

from newsletter.mailing import send_alerts


class Command(BaseCommand):
    help = ("E-mail confirmed subscribers about new public items concerning a partner or an "
            "agreement they follow. Resumable and safe to run often: nothing is sent twice.")

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None,
                            help="Send at most this many e-mails in this run.")

    def handle(self, *args, limit=None, **options):
        done = send_alerts(limit=limit)
        self.stdout.write(f"sent {done['sent']}, failed {done['failed']}")
