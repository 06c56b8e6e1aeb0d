from django.core.management.base import BaseCommand, CommandError

from partnership_portal.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = ("Restore an archive written by `backup`: the whole archive is checked first (a "
            "damaged or foreign one changes nothing), then the database and both file folders "
            "are replaced (the old folders are kept beside them) and the search index is "
            "completed. A database that already holds content is replaced only with --force.")

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--force", action="store_true",
                            help="Replace a database that already holds the site's content.")

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest = restore_backup(archive, force=force, stdout=self.stdout)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(
            f"Restored the backup of {manifest['created']} ({manifest['database_vendor']}): "
            f"{sum(manifest['rows'].values())} rows, {len(manifest['files']) - 1} files."))
