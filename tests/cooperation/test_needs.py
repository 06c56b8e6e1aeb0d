import pytest
from django.core import mail
from django.test import Client
from django.utils import translation

from cooperation.models import CooperationNeed, Interest
from tests.factories import (
    PartnerAccountFactory,
    PartnerOrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def partner_client(name):
    account = PartnerAccountFactory(user=UserFactory(username=name),
                                    organisation=PartnerOrganisationFactory(short_name=name))
    client = Client()
    client.force_login(account.user)
    return client


def url(need):
    with translation.override("en"):
        return need.get_absolute_url()


def test_list_filters_needs(client, need):
    assert client.get("/en/cooperation/needs/", {"area": "legal-aid"}).context["needs"][0] == need
    assert not client.get("/en/cooperation/needs/", {"priority": "low"}).context["needs"]
    response = client.get("/en/cooperation/needs/", {"stage": "bogus"})
    assert response.status_code == 200 and response.context["notices"]


def test_partner_registers_interest_secretariat_is_told(need, settings):
    settings.SECRETARIAT_EMAILS = ["secretariat@example.org"]
    client = partner_client("undp")
    response = client.post(url(need), {"message": "UNDP could support a pilot in 2026."})
    assert response.status_code == 302
    interest = Interest.objects.get()
    assert interest.partner.short_name == "undp" and interest.user.username == "undp"
    need.refresh_from_db()
    assert need.stage == CooperationNeed.Stage.INTERESTED
    assert mail.outbox[0].to == ["secretariat@example.org"]
    assert "UNDP could support a pilot" in mail.outbox[0].body
    assert "UNDP could support a pilot" in client.get(url(need)).content.decode()


def test_one_partner_never_sees_another_partners_message(need):
    partner_client("undp").post(url(need), {"message": "Confidential offer from UNDP."})
    html = partner_client("jica").get(url(need)).content.decode()
    assert "Confidential offer" not in html
    assert "Confidential offer" not in Client().get(url(need)).content.decode()


def test_anonymous_and_non_partners_cannot_register(client, need):
    response = client.post(url(need), {"message": "Hello there, interested."})
    assert response.status_code == 302 and "/account/sign-in/" in response["Location"]
    plain = Client()
    plain.force_login(UserFactory(username="someone"))
    plain.post(url(need), {"message": "Hello there, interested."})
    assert Interest.objects.count() == 0


def test_empty_message_gives_a_clear_error_and_saves_nothing(need):
    response = partner_client("undp").post(url(need), {"message": "  "})
    assert response.status_code == 400
    assert response.context["form"].errors["message"]
    assert Interest.objects.count() == 0


def test_closed_proposals_take_no_more_interest(need):
    need.stage = CooperationNeed.Stage.CLOSED
    need.save()
    response = partner_client("undp").post(url(need), {"message": "We would still like to help."})
    assert response.status_code == 302
    assert Interest.objects.count() == 0


def test_need_page_of_a_signed_in_reader_is_never_stored_by_caches(need):
    response = partner_client("undp").get(url(need))
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control


def test_need_page_stays_cacheable_for_anonymous_readers(client, need):
    assert "no-store" not in client.get(url(need)).get("Cache-Control", "")


@pytest.mark.parametrize(("stage", "open_"), [("open", True), ("interested", True),
                                               ("matched", False), ("closed", False)])
def test_need_page_offers_the_form_only_while_the_proposal_accepts_interest(need, stage, open_):
    need.stage = stage
    need.save()
    html = partner_client("undp").get(url(need)).content.decode()
    assert need.accepts_interest is open_
    assert ("no longer open for expressions of interest" in html) is not open_
    assert ('<form method="post"' in html) is open_
