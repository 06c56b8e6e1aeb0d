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
