"""The GOV.UK error summary in a real browser, under the site's strict CSP: it receives focus
after a failed sign-in (static/js/error-summary.js), its links move focus to the field, and the
contact form with errors fits a 390 px phone (screenshot in test-artifacts/ for a person)."""

from pathlib import Path

import pytest

from tests.factories import PageFactory, PartnerUserFactory

pytestmark = pytest.mark.django_db(transaction=True)

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FOCUSED_SUMMARY = "() => document.activeElement.hasAttribute('data-error-summary')"


def _summary_is_focused(page):
    # The deferred script has run once "load" fired; evaluate() works under the CSP where a
    # polling wait_for_function (eval) does not.
    page.wait_for_load_state("load")
    return page.evaluate(FOCUSED_SUMMARY)


def test_summary_receives_focus_after_a_failed_sign_in(page):
    PartnerUserFactory(username="undp")
    csp_errors = []
    page.on("console", lambda m: csp_errors.append(m.text)
            if "Content Security Policy" in m.text else None)
    page.goto("/en/account/sign-in/")
    # Nothing is focused on arrival: the explanation above the form is read first.
    assert page.evaluate("document.activeElement === document.body")
    page.get_by_label("Username").fill("undp")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Sign in").click()
    assert _summary_is_focused(page)
    assert page.title().startswith("Error: ")
    assert "There is a problem" in page.evaluate("document.activeElement.textContent")
    assert csp_errors == []


def test_summary_link_moves_focus_to_the_field(page):
    page.goto("/en/account/sign-in/")
    page.get_by_role("button", name="Sign in").click()
    assert _summary_is_focused(page)
    page.locator("[data-error-summary] a").first.click()
    assert page.evaluate("document.activeElement.id") == "id_username"


def test_contact_form_with_errors_on_a_phone(browser, live_server):
    PageFactory(key="contact", title_vi="Liên hệ Tổ thư ký", title_en="Contact the Secretariat",
                body_vi="<h2>Địa chỉ</h2><p>58–60 Trần Phú, Ba Đình, Hà Nội</p>",
                body_en="<h2>Address</h2><p>58–60 Tran Phu Street, Ba Dinh, Hanoi</p>")
    ARTIFACTS.mkdir(exist_ok=True)
    for language, path, button in (("vi", "/vi/lien-he/", "Gửi thư"),
                                   ("en", "/en/contact/", "Send message")):
        context = browser.new_context(base_url=live_server.url,
                                      viewport={"width": 390, "height": 844},
                                      device_scale_factor=2, is_mobile=True, has_touch=True)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(path)
        page.locator("#id_email").fill("not an address")
        page.get_by_role("button", name=button).click()
        assert _summary_is_focused(page)
        assert page.locator("[data-error-summary] a").count() == 3
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        # The honeypot is invisible and out of the accessibility tree.
        assert not page.locator("#id_website").is_visible()
        page.screenshot(path=str(ARTIFACTS / f"contact-errors-390-{language}.png"),
                        full_page=True)
        context.close()
