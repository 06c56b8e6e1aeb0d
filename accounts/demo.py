"""Demo partner organisation and a partner account the README gives the sign-in of."""

from django.contrib.auth import get_user_model

from cooperation.models import Partner

from .models import PartnerAccount

DEMO_PARTNER_USERNAME = "partner.demo"
DEMO_PARTNER_PASSWORD = "Partner-demo-2020"


def load():
    undp = Partner.objects.get(slug_en="undp")  # cooperation/demo.py runs first
    user, created = get_user_model().objects.get_or_create(
        username=DEMO_PARTNER_USERNAME,
        defaults={"email": "partner.demo@example.org", "first_name": "Demo",
                  "last_name": "Partner"},
    )
    if created:
        user.set_password(DEMO_PARTNER_PASSWORD)
        user.save()
    PartnerAccount.objects.get_or_create(user=user, defaults={"organisation": undp})
    return f"partner account {DEMO_PARTNER_USERNAME} {'created' if created else 'already there'}"
