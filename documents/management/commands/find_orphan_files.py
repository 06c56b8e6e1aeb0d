from django.core.management.base import BaseCommand

from documents.quarantine import orphan_files, stored_files


class Command(BaseCommand):
    help = ("List private files (outside quarantine/) that no document file or earlier version "
            "refers to; with --delete, remove them.")

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Remove the files found.")
        parser.add_argument(
            "--grace-minutes", type=int, default=60,
            help="Skip files younger than this: their upload may not be committed yet.",
        )

    def handle(self, *args, delete=False, grace_minutes=60, **options):
        orphans = orphan_files(grace_seconds=grace_minutes * 60)
        storage = stored_files()
        for name in orphans:
            if delete:
                storage.delete(name)
            self.stdout.write(f"{'Deleted' if delete else 'Orphan'}: {name}")
        verb = "deleted" if delete else "found"
        self.stdout.write(self.style.SUCCESS(f"{len(orphans)} orphan files {verb}."))
