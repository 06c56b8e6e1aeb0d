import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from partnership_portal.access import is_partner
from tests.factories import PartnerOrganisationFactory

pytestmark = pytest.mark.django_db


def test_secretariat_creates_a_partner_user_attached_to_an_organisation(client, staff):
    organisation = PartnerOrganisationFactory(short_name="UNDP")
    client.force_login(staff)
    response = client.post(reverse("admin:auth_user_add"), {
        "username": "undp.officer", "password1": "Strong-pass-2025!", "password2": "Strong-pass-2025!",
        "usable_password": "true",
        "partner_account-TOTAL_FORMS": "1", "partner_account-INITIAL_FORMS": "0",
        "partner_account-MIN_NUM_FORMS": "0", "partner_account-MAX_NUM_FORMS": "1",
        "partner_account-0-organisation": organisation.pk,
    })
    assert response.status_code == 302, response.context and response.context.get("errors")
    user = get_user_model().objects.get(username="undp.officer")
    assert user.partner_account.organisation == organisation
    assert is_partner(user)


def test_user_list_shows_the_partner_organisation(client, staff):
    from tests.factories import PartnerUserFactory

    partner = PartnerUserFactory(username="undp.officer")
    client.force_login(staff)
    html = client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert str(partner.partner_account.organisation) in html


def test_every_permission_reads_in_vietnamese_in_the_user_and_group_screens():
    """Groups and users list permissions as "App | model | action": the apps without a
    verbose name of their own (versions, thumbnails, two-step devices) are named too."""
    import re

    from django.contrib.auth.models import Permission
    from django.utils import translation

    english = re.compile(r"\b(Can|source|thumbnail|dimensions|token|device|revision|version"
                         r"|Reversion|Easy_Thumbnails|Otp_Static|Otp_Totp|Sessions)\b")
    with translation.override("vi"):
        untranslated = [str(p) for p in Permission.objects.select_related("content_type")
                        if english.search(str(p))]
    assert untranslated == []
