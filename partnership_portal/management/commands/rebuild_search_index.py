from django.core.management.base import BaseCommand

from partnership_portal import search


class Command(BaseCommand):
    help = "Rebuild the site-wide search index from every registered source."

    def handle(self, *args, **options):
        total = search.rebuild()
        self.stdout.write(self.style.SUCCESS(f"{total} items indexed."))
