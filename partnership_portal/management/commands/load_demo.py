"""Fill the site with bilingual demo content from every app's demo/content.yaml."""

from django.core.management.base import BaseCommand, CommandError

from partnership_portal import search
from partnership_portal.demo_loader import DemoContent, DemoDataError


class Command(BaseCommand):
    help = (
        "Load the bilingual demo content kept in each app's demo/content.yaml (format: "
        "partnership_portal/demo_loader.py). Safe to run again: only missing items are created, "
        "existing ones are never changed, and the Site record is filled only while it is still "
        "Django's default example.com. Refuses a database with non-demo content, i.e. a row of "
        "a model the demo files fill (user accounts aside) whose key field (the section's "
        "`match`, e.g. slug_en) holds no key of the demo files, unless the demo was loaded there "
        "before (its marker, the partner.demo account, exists: a demo database stays one, so "
        "scripts/serve restarts on it) or --force is given; --force adds the missing demo "
        "items next to that content."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true",
            help="Load even when the database holds content that is not demo content.",
        )

    def handle(self, *args, force=False, **options):
        try:
            content = DemoContent()
        except DemoDataError as error:
            raise CommandError(f"Demo data error: {error}") from None
        foreign = content.foreign_content()
        if foreign and not force and not content.is_demo_database():
            found = "; ".join(f"{label}: {count} (e.g. {', '.join(map(str, keys))})"
                              for label, count, keys in foreign)
            raise CommandError(
                f"This database has content that is not demo content ({found}). "
                "Nothing was loaded; use --force to add the demo content anyway."
            )
        created = content.load()
        for label, count in created.items():
            self.stdout.write(f"{label}: {count} created")
        if not created:
            self.stdout.write("Every demo item is already there.")
        # Links set after each item was saved (parties, categories) are in the index too.
        self.stdout.write(f"search: {search.rebuild()} items indexed")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
