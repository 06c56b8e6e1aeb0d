"""Requests that send e-mail are limited per account or address and per client address
(issue 14 defect 9): password reset and partners' interest in a cooperation need."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation

from cooperation.models import Interest
from partnership_portal import throttle
from tests.factories import CooperationNeedFactory, PartnerUserFactory

pytestmark = pytest.mark.django_db
RESET = "/en/account/password/reset/"
START = 1_800_000_000.0  # the start of an hour-long window (divisible by 3600)


@pytest.fixture
def clock(monkeypatch):
    """The throttle's clock, moved by hand."""
    now = {"t": START}
    monkeypatch.setattr(throttle, "time", lambda: now["t"])
    return now


def reset(client, email, address="10.0.0.1"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def need_url(need):
    with translation.override("en"):
        return need.get_absolute_url()


def test_fourth_password_reset_for_one_address_sends_nothing_and_says_why(client, clock):
    PartnerUserFactory(email="undp@example.org")
    for _ in range(3):
        assert reset(client, "undp@example.org").status_code == 302
    assert len(mail.outbox) == 3
    response = reset(client, "UNDP@example.org", address="10.0.0.2")  # another client, same account
    assert response.status_code == 429
    assert len(mail.outbox) == 3
    assert "Too many password reset requests" in response.content.decode()
    assert 'value="UNDP@example.org"' in response.content.decode()


def test_throttled_password_reset_message_is_in_vietnamese_on_vietnamese_pages(client, clock):
    for _ in range(3):
        client.post("/vi/tai-khoan/mat-khau/dat-lai/", {"email": "a@example.org"})
    response = client.post("/vi/tai-khoan/mat-khau/dat-lai/", {"email": "a@example.org"})
    assert response.status_code == 429
    assert "Có quá nhiều yêu cầu đặt lại mật khẩu" in response.content.decode()


def test_throttled_reset_for_unknown_address_looks_like_one_for_a_real_account(client, clock):
    PartnerUserFactory(email="undp@example.org")
    responses = {}
    for email in ("undp@example.org", "nobody@example.org"):
        codes = [reset(client, email, address=email).status_code for _ in range(4)]
        responses[email] = codes
    assert responses["undp@example.org"] == responses["nobody@example.org"] == [302] * 3 + [429]


def test_one_client_address_is_limited_across_different_accounts(client, clock):
    for n in range(10):
        PartnerUserFactory(email=f"user{n}@example.org")
        assert reset(client, f"user{n}@example.org").status_code == 302
    PartnerUserFactory(email="user10@example.org")
    assert reset(client, "user10@example.org").status_code == 429
    assert len(mail.outbox) == 10
    # The same account from another machine is still served.
    assert reset(client, "user10@example.org", address="10.0.0.9").status_code == 302
    assert len(mail.outbox) == 11


def test_password_reset_window_resets_after_the_period(client, clock):
    PartnerUserFactory(email="undp@example.org")
    for _ in range(4):
        reset(client, "undp@example.org")
    assert len(mail.outbox) == 3
    clock["t"] += 3600
    assert reset(client, "undp@example.org").status_code == 302
    assert len(mail.outbox) == 4


def test_password_reset_limits_are_configurable(client, clock, settings):
    settings.THROTTLE_LIMITS = {
        **settings.THROTTLE_LIMITS,
        "password_reset": {"per_key": (1, 60), "per_client": (10, 60)},
    }
    PartnerUserFactory(email="undp@example.org")
    assert reset(client, "undp@example.org").status_code == 302
    assert reset(client, "undp@example.org").status_code == 429
    clock["t"] += 60
    assert reset(client, "undp@example.org").status_code == 302


def test_sixth_interest_by_one_partner_is_refused_and_keeps_the_text(clock, settings):
    settings.SECRETARIAT_EMAILS = ["secretariat@example.org"]
    need = CooperationNeedFactory()
    client = Client()
    client.force_login(PartnerUserFactory())
    for n in range(5):
        response = client.post(need_url(need), {"message": f"Offer number {n}."})
        assert response.status_code == 302
    response = client.post(need_url(need), {"message": "A sixth, carefully typed offer."},
                           REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 429
    html = response.content.decode()
    assert "A sixth, carefully typed offer." in html
    assert "too many messages" in html
    assert Interest.objects.count() == 5 and len(mail.outbox) == 5


def test_interest_is_limited_per_client_address_across_partners(clock, settings):
    settings.THROTTLE_LIMITS = {
        **settings.THROTTLE_LIMITS,
        "interest": {"per_key": (5, 3600), "per_client": (2, 3600)},
    }
    need = CooperationNeedFactory()
    codes = []
    for _ in range(3):
        client = Client()
        client.force_login(PartnerUserFactory())
        codes.append(client.post(need_url(need), {"message": "Interested."}).status_code)
    assert codes == [302, 302, 429]
    assert Interest.objects.count() == 2


def test_interest_window_resets_after_the_period(clock):
    need = CooperationNeedFactory()
    client = Client()
    client.force_login(PartnerUserFactory())
    for _ in range(6):
        client.post(need_url(need), {"message": "Interested."})
    assert Interest.objects.count() == 5
    clock["t"] += 3600
    assert client.post(need_url(need), {"message": "Interested."}).status_code == 302
    assert Interest.objects.count() == 6


def test_client_address_is_the_one_axes_resolves(rf, settings):
    # Whatever axes is configured with (DJANGO_PROXY_COUNT through ipware, or a callable),
    # throttling counts the same address as sign-in lockouts.
    request = rf.get("/", REMOTE_ADDR="10.0.0.1")
    assert throttle.client_address(request) == "10.0.0.1"
    settings.AXES_CLIENT_IP_CALLABLE = lambda request: "203.0.113.7"
    assert throttle.client_address(request) == "203.0.113.7"


def test_behind_a_proxy_the_address_nginx_saw_counts_not_what_the_client_wrote(rf, settings):
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    # nginx appends the real peer to whatever X-Forwarded-For the client sent.
    request = rf.get("/", REMOTE_ADDR="127.0.0.1",
                     HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9")
    assert throttle.client_address(request) == "203.0.113.9"


def test_without_proxies_a_forged_forwarded_header_is_ignored(rf):
    request = rf.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert throttle.client_address(request) == "203.0.113.9"
