"""Two-step sign-in (security/): required for administrators and publishers, optional for
partners; codes from an authenticator app, recovery codes, throttled guessing."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from news.models import Post
from partnership_portal import access
from security.models import AuditEvent
from tests.factories import (
    PartnerUserFactory,
    StaffUserFactory,
    SuperuserFactory,
    TOTPDeviceFactory,
    UserFactory,
    totp_code,
)

pytestmark = [pytest.mark.django_db, pytest.mark.two_factor]
PASSWORD = "correct horse battery"
VERIFY_VI = "/vi/tai-khoan/xac-minh-hai-buoc/ma/"
SETUP_VI = "/vi/tai-khoan/xac-minh-hai-buoc/thiet-lap/"


@pytest.fixture
def publisher(db):
    """Staff allowed to publish news (a `publish_*` permission, as the publishing workflow
    defines them) and to change posts."""
    permission, _created = Permission.objects.get_or_create(
        codename="publish_post", content_type=ContentType.objects.get_for_model(Post),
        defaults={"name": "Can publish post"})
    user = StaffUserFactory(username="publisher", permissions=["news.change_post"])
    user.user_permissions.add(permission)
    return user


def sign_in_to_admin(client, username):
    return client.post("/admin/login/?next=/admin/", {"username": username,
                                                       "password": PASSWORD})


def test_who_must_use_two_step_sign_in(publisher):
    editor = StaffUserFactory(permissions=["news.change_post"])
    administrator = StaffUserFactory()
    administrator.groups.add(Group.objects.get_or_create(name="Administrator")[0])
    assert access.requires_two_factor(SuperuserFactory())
    assert access.requires_two_factor(publisher)
    assert access.requires_two_factor(administrator)
    assert not access.requires_two_factor(editor)
    assert not access.requires_two_factor(PartnerUserFactory())


def test_publisher_without_device_is_sent_to_set_up_then_reaches_the_admin(client, publisher):
    response = sign_in_to_admin(client, "publisher")
    assert response.status_code == 302
    for path in ("/admin/", "/admin/news/post/", "/admin/news/post/add/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="vi")
        assert response.status_code == 302, path
        assert response.url.startswith(SETUP_VI), response.url

    page = client.get(SETUP_VI + "?next=/admin/news/post/")
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html  # the QR code, drawn here
    assert page["Cache-Control"] == "private, no-store" or "no-store" in page["Cache-Control"]
    device = TOTPDevice.objects.get(user=publisher, confirmed=False)

    wrong = client.post(SETUP_VI, {"code": "000000" if totp_code(device) != "000000"
                                   else "111111", "next": "/admin/news/post/"})
    assert wrong.status_code == 200 and wrong.context["form"].errors
    device.refresh_from_db()
    device.throttle_reset()

    done = client.post(SETUP_VI, {"code": totp_code(device), "next": "/admin/news/post/"})
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10 and all(code in done.content.decode() for code in codes)
    device.refresh_from_db()
    assert device.confirmed
    admin_page = client.get("/admin/news/post/")
    assert admin_page.status_code == 200
    assert 'href="/vi/tai-khoan/xac-minh-hai-buoc/">Xác minh hai bước</a>' in \
        admin_page.content.decode()  # where recovery codes are made anew
    assert AuditEvent.objects.filter(action="two_factor_enabled", user=publisher).exists()


def test_superuser_with_device_must_give_a_code_after_the_password(client):
    admin = SuperuserFactory(username="admin")
    device = TOTPDeviceFactory(user=admin)
    sign_in_to_admin(client, "admin")
    response = client.get("/admin/news/post/")
    assert response.status_code == 302 and response.url.startswith(VERIFY_VI)

    wrong = client.post(VERIFY_VI, {"code": "12345", "next": "/admin/"})
    assert wrong.status_code == 200
    assert "code" in wrong.context["form"].errors
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    device.throttle_reset()

    right = client.post(VERIFY_VI, {"code": totp_code(device), "next": "/admin/news/post/"})
    assert right.status_code == 302 and right.url == "/admin/news/post/"
    assert client.get("/admin/news/post/").status_code == 200


def test_the_same_code_cannot_be_used_twice(client):
    admin = SuperuserFactory(username="admin")
    device = TOTPDeviceFactory(user=admin)
    code = totp_code(device)
    sign_in_to_admin(client, "admin")
    assert client.post(VERIFY_VI, {"code": code}).status_code == 302
    client.post("/admin/logout/")
    other = client.__class__()
    sign_in_to_admin(other, "admin")
    assert other.post(VERIFY_VI, {"code": code}).status_code == 200  # replay refused
    assert other.get("/admin/").status_code == 302


def test_code_guessing_is_slowed_down(client):
    admin = SuperuserFactory(username="admin")
    device = TOTPDeviceFactory(user=admin)
    sign_in_to_admin(client, "admin")
    client.post(VERIFY_VI, {"code": "000001" if totp_code(device) != "000001" else "000002"})
    # Straight after a wrong code even the right one is refused: django-otp's delay doubles
    # after each failure (1 s, 2 s, 4 s ...).
    response = client.post(VERIFY_VI, {"code": totp_code(device)})
    assert response.status_code == 429
    assert "Nhập sai mã quá nhiều lần. Vui lòng chờ" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_set_up_code_guessing_is_slowed_down_too(client, publisher):
    client.force_login(publisher)
    client.get(SETUP_VI)
    device = TOTPDevice.objects.get(user=publisher)
    client.post(SETUP_VI, {"code": "000001" if totp_code(device) != "000001" else "000002"})
    response = client.post(SETUP_VI, {"code": totp_code(device)})
    assert "Nhập sai mã quá nhiều lần" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed


def test_recovery_code_works_once(client):
    admin = SuperuserFactory(username="admin")
    TOTPDeviceFactory(user=admin)
    from security import twofactor

    codes = twofactor.new_recovery_codes(admin)
    sign_in_to_admin(client, "admin")
    used = client.post(VERIFY_VI, {"code": codes[0].upper(), "next": "/admin/"})
    assert used.status_code == 200 and used.context["remaining"] == 9
    assert client.get("/admin/").status_code == 200
    assert not StaticToken.objects.filter(token=codes[0]).exists()

    again = client.__class__()
    sign_in_to_admin(again, "admin")
    assert again.post(VERIFY_VI, {"code": codes[0]}).status_code == 200
    assert again.get("/admin/").status_code == 302


def test_editor_without_publishing_rights_is_not_asked(client):
    StaffUserFactory(username="editor", permissions=["news.change_post"])
    sign_in_to_admin(client, "editor")
    assert client.get("/admin/news/post/").status_code == 200


def test_partner_without_two_step_signs_in_normally(client):
    PartnerUserFactory(username="undp")
    response = client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/en/account/").status_code == 200


def test_partner_with_two_step_on_must_give_a_code(client):
    partner = PartnerUserFactory(username="undp")
    device = TOTPDeviceFactory(user=partner)
    client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD})
    for path in ("/en/account/", "/en/documents/", "/en/"):
        response = client.get(path)
        assert response.status_code == 302 and "/en/account/two-step/code/" in response.url
    right = client.post("/en/account/two-step/code/", {"code": totp_code(device)})
    assert right.status_code == 302 and right.url == "/en/account/"
    assert client.get("/en/account/").status_code == 200


def test_partner_turns_two_step_on_and_off(client):
    partner = PartnerUserFactory(username="undp")
    client.force_login(partner)
    page = client.get("/en/account/two-step/")
    assert "Set up two-step verification" in page.content.decode()
    client.get("/en/account/two-step/set-up/")
    device = TOTPDevice.objects.get(user=partner)
    response = client.post("/en/account/two-step/set-up/", {"code": totp_code(device)})
    assert len(response.context["codes"]) == 10
    assert "You have 10 unused recovery codes." in client.get(
        "/en/account/two-step/").content.decode()

    client.post("/en/account/two-step/turn-off/")
    assert not TOTPDevice.objects.filter(user=partner).exists()
    assert AuditEvent.objects.filter(action="two_factor_removed").count() == 1


def test_publishers_cannot_turn_two_step_off(client, publisher):
    device = TOTPDeviceFactory(user=publisher)
    sign_in_to_admin(client, "publisher")
    client.post(VERIFY_VI, {"code": totp_code(device)})
    assert client.post("/vi/tai-khoan/xac-minh-hai-buoc/tat/").status_code == 403
    assert TOTPDevice.objects.filter(user=publisher).exists()


def test_regenerating_recovery_codes_replaces_the_old_ones(client):
    partner = PartnerUserFactory(username="undp")
    device = TOTPDeviceFactory(user=partner)
    from security import twofactor

    old = twofactor.new_recovery_codes(partner)
    client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD})
    client.post("/en/account/two-step/code/", {"code": totp_code(device)})
    response = client.post("/en/account/two-step/recovery-codes/")
    new = response.context["codes"]
    assert len(new) == 10 and not set(new) & set(old)
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(new)


def test_unverified_session_cannot_regenerate_codes(client):
    partner = PartnerUserFactory(username="undp")
    TOTPDeviceFactory(user=partner)
    client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD})
    response = client.post("/en/account/two-step/recovery-codes/")
    assert response.status_code == 302 and "/two-step/code/" in response.url


def test_next_cannot_lead_off_site(client):
    admin = SuperuserFactory(username="admin")
    device = TOTPDeviceFactory(user=admin)
    sign_in_to_admin(client, "admin")
    response = client.post(VERIFY_VI, {"code": totp_code(device),
                                       "next": "https://evil.example/"})
    assert response.status_code == 302 and response.url == "/admin/"


def test_force_login_staff_are_not_stopped_when_the_setting_is_off(client, settings):
    settings.TWO_FACTOR_REQUIRED = False
    client.force_login(SuperuserFactory())
    assert client.get("/admin/").status_code == 200


def test_pages_exist_in_both_languages(client):
    client.force_login(UserFactory())
    vi = client.get("/vi/tai-khoan/xac-minh-hai-buoc/").content.decode()
    en = client.get("/en/account/two-step/").content.decode()
    assert "Xác minh hai bước" in vi and "Two-step verification" in en
    assert re.search(r'<html lang="vi">', vi)
