"""cooperation/services.py and the rule it relies on (CooperationNeed.accepts_interest)."""

import pytest
from django.contrib.sites.models import Site
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import translation

from cooperation.models import CooperationNeed, Interest
from cooperation.services import interest_register
from tests.factories import (
    PartnerAccountFactory,
    PartnerOrganisationFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def account():
    return PartnerAccountFactory(organisation=PartnerOrganisationFactory(short_name="UNDP"))


@pytest.mark.parametrize("stage, accepts", [("open", True), ("interested", True),
                                            ("matched", False), ("closed", False)])
def test_need_accepts_interest_until_matched_or_closed(need, stage, accepts):
    need.stage = stage
    assert need.accepts_interest is accepts


def test_interest_register_records_moves_the_need_on_and_tells_the_secretariat(
        need, account, settings):
    settings.SECRETARIAT_EMAILS = ["secretariat@example.org"]
    Site.objects.filter(pk=settings.SITE_ID).update(domain="phapluat.example.vn")
    interest = interest_register(need=need, user=account.user, message="We could help.")
    assert Interest.objects.get() == interest and interest.partner == account.organisation
    assert need.stage == CooperationNeed.Stage.INTERESTED
    need.refresh_from_db()
    assert need.stage == CooperationNeed.Stage.INTERESTED
    assert mail.outbox[0].to == ["secretariat@example.org"]
    assert (f"https://phapluat.example.vn/admin/cooperation/interest/{interest.pk}/change/"
            in mail.outbox[0].body)


def test_interest_register_leaves_a_further_stage_alone(need, account):
    need.stage = CooperationNeed.Stage.INTERESTED
    need.save()
    interest_register(need=need, user=account.user, message="A second offer.")
    need.refresh_from_db()
    assert need.stage == CooperationNeed.Stage.INTERESTED


def test_interest_register_refuses_a_closed_need(need, account):
    need.stage = CooperationNeed.Stage.CLOSED
    with pytest.raises(ValidationError):
        interest_register(need=need, user=account.user, message="Too late?")
    assert not Interest.objects.exists() and not mail.outbox


def test_need_page_posts_through_interest_register(need, account, client, monkeypatch):
    calls = []
    monkeypatch.setattr("cooperation.views.interest_register",
                        lambda **kwargs: calls.append(kwargs))
    client.force_login(account.user)
    with translation.override("en"):
        url = need.get_absolute_url()
    response = client.post(url, {"message": "UNDP could support a pilot."})
    assert response.status_code == 302
    assert calls == [{"need": need, "user": account.user,
                      "message": "UNDP could support a pilot."}]


def test_matched_need_page_offers_no_form(need, account, client):
    need.stage = CooperationNeed.Stage.MATCHED
    need.save()
    client.force_login(account.user)
    with translation.override("en"):
        html = client.get(need.get_absolute_url()).content.decode()
    assert "no longer open for expressions of interest" in html and "<form method=\"post\"" not in html
