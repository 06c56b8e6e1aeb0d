from .models import Agreement


def recent_agreements_section(request, **context):
    agreements = list(
        Agreement.objects.published().with_state().for_table()
        .exclude(concluded_on__isnull=True).order_by("-concluded_on")[:5]
    )
    return {"template": "cooperation/includes/home_section.html", "agreements": agreements}
