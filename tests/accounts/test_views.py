import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation

from partnership_portal import access
from tests.factories import PartnerUserFactory, SuperuserFactory, UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"


def test_partner_role_comes_from_the_partner_account():
    def is_partner(user):
        return access.PARTNERS in access.levels(user)

    assert is_partner(PartnerUserFactory())
    assert is_partner(SuperuserFactory())  # a superuser: has the document library permissions
    assert not is_partner(UserFactory())
    inactive = PartnerUserFactory(is_active=False)
    assert not is_partner(inactive)


def test_sign_in_page_exists_in_both_languages(client):
    assert client.get("/en/account/sign-in/").status_code == 200
    vi = client.get("/vi/tai-khoan/dang-nhap/")
    assert vi.status_code == 200 and '<html lang="vi">' in vi.content.decode()


def test_wrong_password_gives_a_clear_error_and_no_session(client):
    PartnerUserFactory(username="undp")
    response = client.post("/en/account/sign-in/", {"username": "undp", "password": "nope"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert "_auth_user_id" not in client.session


def test_sign_in_refuses_an_outside_next_url(client):
    PartnerUserFactory(username="undp")
    response = client.post("/en/account/sign-in/",
                           {"username": "undp", "password": PASSWORD, "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/en/account/"


def test_account_page_shows_the_organisation_and_signs_out_by_post(client):
    partner = PartnerUserFactory(username="undp")
    client.force_login(partner)
    html = client.get("/en/account/").content.decode()
    assert partner.partner_account.organisation.name_en in html
    assert client.get("/en/account/sign-out/").status_code == 405  # never by a plain link
    assert client.post("/en/account/sign-out/").status_code == 302
    assert client.get("/en/account/").status_code == 302


def test_password_change(client):
    partner = PartnerUserFactory(username="undp")
    client.force_login(partner)
    response = client.post("/en/account/password/", {
        "old_password": PASSWORD, "new_password1": "Another-long-pass-2025",
        "new_password2": "Another-long-pass-2025"})
    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.check_password("Another-long-pass-2025")


def test_password_reset_by_email_then_the_link_works_once(client):
    PartnerUserFactory(username="undp", email="undp@example.org")
    client.post("/en/account/password/reset/", {"email": "undp@example.org"})
    assert len(mail.outbox) == 1
    # The link uses the Site record's domain (DJANGO_SITE_DOMAIN in production).
    link = re.search(r"http://example.com(/en/account/password/reset/\S+/)", mail.outbox[0].body)
    assert link
    response = client.get(link.group(1), follow=True)
    assert response.context["validlink"]
    form_url = response.redirect_chain[-1][0]
    done = client.post(form_url, {"new_password1": "Brand-new-pass-2025",
                                  "new_password2": "Brand-new-pass-2025"})
    assert done.status_code == 302
    assert get_user_model().objects.get(username="undp").check_password("Brand-new-pass-2025")
    again = client.get(link.group(1), follow=True)
    assert again.context["validlink"] is False
    assert "link" in again.content.decode().lower()


def test_password_reset_for_unknown_address_reveals_nothing(client):
    response = client.post("/en/account/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302 and len(mail.outbox) == 0


def test_tampered_reset_link_shows_a_message_not_an_error(client):
    response = client.get("/en/account/password/reset/Mg/bad-token/", follow=True)
    assert response.status_code == 200
    assert response.context["validlink"] is False


def test_password_guessing_is_locked_out_after_five_tries(client):
    PartnerUserFactory(username="undp")
    for _ in range(5):
        client.post("/en/account/sign-in/", {"username": "undp", "password": "guess"})
    response = client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("path", [
    "/en/account/", "/en/account/password/", "/en/account/password/changed/",
    "/en/account/password/reset/MQ/set-password/",
])
def test_personal_pages_are_never_stored_by_caches(client, path):
    client.force_login(PartnerUserFactory())
    response = client.get(path)
    assert response.status_code in (200, 302)
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control


@pytest.mark.parametrize("language, message", [
    ("en", "This password is too short. It must contain at least 12 characters."),
    ("vi", "Mật khẩu quá ngắn. Mật khẩu phải có ít nhất 12 ký tự."),
])
def test_partner_password_change_refuses_eleven_characters(client, language, message):
    partner = PartnerUserFactory(username="undp")
    client.force_login(partner)
    with translation.override(language):
        url = reverse("accounts:password_change")
    short = "Xq7-vL2#pRz"  # 11 characters, neither common nor numeric
    response = client.post(url, {"old_password": PASSWORD, "new_password1": short,
                                 "new_password2": short})
    assert response.status_code == 200
    assert message in response.content.decode()
    partner.refresh_from_db()
    assert partner.check_password(PASSWORD)


@pytest.mark.parametrize("path, data, messages", [
    ("/vi/tai-khoan/dang-nhap/", {"username": "", "password": ""},
     ["Nhập tên đăng nhập", "Nhập mật khẩu"]),
    ("/en/account/sign-in/", {"username": "undp", "password": ""}, ["Enter your password"]),
    ("/vi/ban-tin/dang-ky/", {"email": "", "language": "vi", "newsletter": "on"},
     ["Nhập địa chỉ thư điện tử"]),
    ("/en/newsletter/subscribe/", {"email": "not-an-address", "language": "en",
                                   "newsletter": "on"},
     ["Enter an e-mail address like name@example.org"]),
    ("/en/account/password/reset/", {"email": ""}, ["Enter your e-mail address"]),
])
def test_an_empty_or_wrong_field_is_named_by_what_to_enter(client, path, data, messages):
    """The error summary lists one message a field: each says which entry to fix, not
    "This field is required." twice."""
    form = client.get(path).context.get("form")
    if form is not None and "started" in form.fields:  # the subscribe form's signed start
        data = {**data, "started": form["started"].value()}
    html = client.post(path, data).content.decode()
    for message in messages:
        assert message in html, message
    assert "Trường này là bắt buộc" not in html and "This field is required" not in html
