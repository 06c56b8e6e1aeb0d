"""Demo partner organisation and a partner account the README gives the sign-in of."""

from django.contrib.auth import get_user_model

from .models import PartnerAccount, PartnerOrganisation

DEMO_PARTNER_USERNAME = "partner.demo"
DEMO_PARTNER_PASSWORD = "Partner-demo-2020"


def load():
    undp, _ = PartnerOrganisation.objects.get_or_create(
        short_name="UNDP",
        defaults={
            "name_vi": "Chương trình Phát triển Liên hợp quốc tại Việt Nam",
            "name_en": "United Nations Development Programme in Viet Nam",
            "website": "https://www.undp.org/vietnam",
        },
    )
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
