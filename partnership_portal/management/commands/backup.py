from django.core.management.base import BaseCommand

from partnership_portal.backup import create_backup


class Command(BaseCommand):
    help = ("Save the database, public media and private documents into one tar.gz archive "
            "with a manifest (date, database, checksums). Restore it with `restore`.")

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The file to write, e.g. portal-2026-11-27.tar.gz")

    def handle(self, *args, archive, **options):
        manifest = create_backup(archive)
        self.stdout.write(self.style.SUCCESS(
            f"Saved {sum(manifest['rows'].values())} rows and {len(manifest['files']) - 1} "
            f"files to {archive}."))
