from django.core.management.base import BaseCommand, CommandError

from partnership_portal import search


class Command(BaseCommand):
    help = ("Report items missing from the search index, entries of deleted items and (on "
            "PostgreSQL) entries without a full-text vector, e.g. after a restore; --repair "
            "fixes them. Exits with an error when something is wrong and not repaired.")

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true", help="Fix what is found.")

    def handle(self, *args, repair=False, **options):
        problems = search.check_index()
        if not problems:
            self.stdout.write(self.style.SUCCESS("The search index is complete."))
            return
        for key, object_ids in problems.missing.items():
            self.stdout.write(f"{key}: {len(object_ids)} missing ({_ids(object_ids)})")
        for key, object_ids in problems.stale.items():
            self.stdout.write(f"{key}: {len(object_ids)} stale ({_ids(object_ids)})")
        for key, count in problems.no_vector.items():
            self.stdout.write(f"{key}: {count} without a vector")
        if not repair:
            raise CommandError("The search index is incomplete; run with --repair.")
        search.repair_index(problems)
        self.stdout.write(self.style.SUCCESS("Repaired."))


def _ids(object_ids, shown=20):
    more = f", … {len(object_ids) - shown} more" if len(object_ids) > shown else ""
    return ", ".join(map(str, object_ids[:shown])) + more
