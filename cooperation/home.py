from django.db.models import Q
from django.utils import timezone

from .models import Agreement


def recent_agreements_section(request, **context):
    # The last concluded ones: those whose date shown as "signed" (`concluded_on`) is set,
    # filtered and sorted on the stored column it equals for them, so the database walks the
    # index on it and stops at the fifth, where sorting by the CASE read every agreement.
    today = timezone.localdate()
    agreements = list(
        Agreement.objects.published().with_state(on=today).for_table()
        .filter(Q(signed_by_all_parties=True) | Q(concluded_undated=True),
                last_signature_on__lte=today)
        .order_by("-last_signature_on", "-pk")[:5]
    )
    return {"template": "cooperation/includes/home_section.html", "agreements": agreements}
