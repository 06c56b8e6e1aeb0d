"""Two-step sign-in set up in the Vietnamese admin, in Chromium, with the site's CSP on."""

import base64
import time

import pytest
from django_otp.oath import TOTP

from tests.factories import SuperuserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.two_factor]


def code_for(secret):
    """What an authenticator app shows for the secret typed from the page."""
    key = base64.b32decode(secret.replace(" ", ""))
    generator = TOTP(key)
    generator.time = time.time()
    return f"{generator.token():06d}"


def test_administrator_sets_up_two_step_sign_in_then_reaches_the_admin(page):
    SuperuserFactory(username="secretariat")
    violations = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto("/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_url("**/vi/tai-khoan/xac-minh-hai-buoc/thiet-lap/**")
    assert page.locator("h1").inner_text() == "Thiết lập xác minh hai bước"
    qr = page.get_by_role("img", name="Mã QR để thêm tài khoản này vào ứng dụng xác thực")
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0")
    secret = page.locator("#secret-key").inner_text()

    page.get_by_label("Mã từ ứng dụng").fill("000000" if code_for(secret) != "000000"
                                           else "111111")
    page.get_by_role("button", name="Bật xác minh hai bước").click()
    assert "Mã không đúng." in page.locator(".field-invalid").inner_text()
    assert page.get_by_label("Mã từ ứng dụng").get_attribute("aria-invalid") == "true"

    time.sleep(1.1)  # django-otp waits a second after a wrong code
    page.get_by_label("Mã từ ứng dụng").fill(code_for(secret))
    page.get_by_role("button", name="Bật xác minh hai bước").click()
    assert page.locator("h1").inner_text() == "Mã dự phòng của bạn"
    assert page.locator(".recovery-codes li").count() == 10
    page.get_by_role("link", name="Tôi đã lưu các mã dự phòng, tiếp tục").click()
    page.wait_for_url("**/admin/")
    assert page.locator("#site-name").count() == 1
    assert violations == []
