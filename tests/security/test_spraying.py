"""Password spraying: many user names tried from one address are stopped, on the admin and the
partner sign-in, while other addresses can still sign in (security/spraying.py)."""

import pytest
from django.test import Client

from security.models import AuditEvent
from tests.factories import PartnerUserFactory, SuperuserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"
ATTACKER = "203.0.113.7"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.SIGNIN_CLIENT_FAILURE_LIMIT = 6
    settings.SIGNIN_CLIENT_WINDOW = 900
    settings.SIGNIN_CLIENT_BLOCK_SECONDS = 900


def spray(client, url, count, address=ATTACKER):
    # One guess per user name: axes (five per user name and address) never triggers.
    return [client.post(url, {"username": f"user{n}", "password": "Summer2026!!"},
                        REMOTE_ADDR=address).status_code for n in range(count)]


@pytest.mark.parametrize("url", ["/en/account/sign-in/", "/admin/login/"])
def test_many_user_names_from_one_address_are_refused(client, url):
    PartnerUserFactory(username="undp")
    assert spray(client, url, 6) == [200] * 6  # wrong passwords, the form again
    blocked = client.post(url, {"username": "undp", "password": PASSWORD},
                          REMOTE_ADDR=ATTACKER, HTTP_ACCEPT_LANGUAGE="en")
    assert blocked.status_code == 429
    assert "Too many sign-in attempts failed from your connection" in blocked.content.decode()
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(action="address_blocked", address=ATTACKER).count() == 1


def test_the_block_message_is_in_vietnamese_on_the_vietnamese_sign_in(client):
    spray(client, "/vi/tai-khoan/dang-nhap/", 7)
    blocked = client.post("/vi/tai-khoan/dang-nhap/", {"username": "a", "password": "b"},
                          REMOTE_ADDR=ATTACKER)
    assert blocked.status_code == 429
    assert "Có quá nhiều lần đăng nhập không thành công từ kết nối của bạn" in \
        blocked.content.decode()


def test_failures_on_the_admin_and_the_site_count_together(client):
    spray(client, "/admin/login/", 3)
    spray(client, "/en/account/sign-in/", 3)
    assert spray(client, "/en/account/sign-in/", 1) == [429]


def test_other_addresses_still_sign_in(client):
    SuperuserFactory(username="admin")
    spray(client, "/admin/login/", 7)
    other = Client()
    response = other.post("/admin/login/?next=/admin/", {"username": "admin",
                                                          "password": PASSWORD},
                          REMOTE_ADDR="198.51.100.20")
    assert response.status_code == 302 and "_auth_user_id" in other.session


def test_below_the_limit_nothing_is_blocked(client):
    PartnerUserFactory(username="undp")
    spray(client, "/en/account/sign-in/", 5)
    response = client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD},
                           REMOTE_ADDR=ATTACKER)
    assert response.status_code == 302


def test_the_block_ends_after_its_time(client, settings):
    from django.core.cache import cache

    settings.SIGNIN_CLIENT_BLOCK_SECONDS = 1
    spray(client, "/en/account/sign-in/", 7)
    assert spray(client, "/en/account/sign-in/", 1) == [429]
    cache.clear()  # the block key and the window's counter expire (simulated)
    assert spray(client, "/en/account/sign-in/", 1) == [200]


def test_thresholds_come_from_the_environment(monkeypatch):
    import importlib

    import partnership_portal.settings as portal_settings

    monkeypatch.setenv("SIGNIN_CLIENT_FAILURE_LIMIT", "50")
    monkeypatch.setenv("SIGNIN_CLIENT_BLOCK_SECONDS", "3600")
    try:
        reloaded = importlib.reload(portal_settings)
        assert reloaded.SIGNIN_CLIENT_FAILURE_LIMIT == 50
        assert reloaded.SIGNIN_CLIENT_BLOCK_SECONDS == 3600
    finally:
        monkeypatch.delenv("SIGNIN_CLIENT_FAILURE_LIMIT")
        monkeypatch.delenv("SIGNIN_CLIENT_BLOCK_SECONDS")
        importlib.reload(portal_settings)
