from django.core.management.base import BaseCommand

from cooperation.models import Agreement
from cooperation.status import recompute_agreement_dates


class Command(BaseCommand):
    help = ("Recompute the derived dates stored on every agreement (signatures, entry into "
            "force, period, replacements), e.g. after a bulk import or a raw SQL edit.")

    def handle(self, *args, **options):
        ids = list(Agreement.objects.values_list("pk", flat=True))
        recompute_agreement_dates(ids)
        self.stdout.write(self.style.SUCCESS(f"{len(ids)} agreements recomputed."))
