"""Every public form follows the GOV.UK error pattern (templates/includes/form.html and
templates/django/forms/): a summary linking to each field, error messages the fields name in
aria-describedby, aria-invalid, "Error:" before the page title, and no autofocus."""

import lxml.html
import pytest
from django.utils import translation

from tests.factories import (
    CooperationNeedFactory,
    PartnerUserFactory,
)

pytestmark = pytest.mark.django_db


def _doc(response):
    return lxml.html.fromstring(response.content.decode())


def _assert_gov_uk_errors(response, invalid_fields):
    doc = _doc(response)
    summary = doc.xpath("//*[@data-error-summary]")
    assert len(summary) == 1
    assert summary[0].get("tabindex") == "-1"
    assert summary[0].xpath(".//*[@role='alert']//h2")
    # The summary comes before the form's first field.
    first_field = doc.xpath("//form//*[@aria-invalid]")
    assert first_field and summary[0].sourceline < first_field[0].sourceline
    links = [a.get("href") for a in summary[0].xpath(".//a")]
    assert links == [f"#id_{name}" for name in invalid_fields]
    for name in invalid_fields:
        field = doc.get_element_by_id(f"id_{name}")
        assert field.get("aria-invalid") == "true"
        described = field.get("aria-describedby").split()
        assert f"id_{name}_error" in described
        message = doc.get_element_by_id(f"id_{name}_error")
        assert message.text_content().strip()
    assert doc.xpath("//script[contains(@src, 'js/error-summary.js')]")
    return doc


def test_contact_form_errors_follow_the_gov_uk_pattern(client):
    response = client.post("/en/contact/", {"name": "", "email": "not an address",
                                            "message": ""})
    doc = _assert_gov_uk_errors(response, ["name", "email", "message"])
    assert doc.findtext(".//title").startswith("Error: ")
    assert "Error:" in doc.get_element_by_id("id_email_error").text_content()
    # A valid field is neither marked invalid nor described by an error.
    organisation = doc.get_element_by_id("id_organisation")
    assert organisation.get("aria-invalid") is None


def test_vietnamese_title_starts_with_loi(client):
    response = client.post("/vi/lien-he/", {"name": ""})
    title = _doc(response).findtext(".//title")
    assert title.startswith("Lỗi: ")


def test_sign_in_errors_follow_the_gov_uk_pattern(client):
    response = client.post("/en/account/sign-in/", {"username": "", "password": ""})
    doc = _assert_gov_uk_errors(response, ["username", "password"])
    assert doc.findtext(".//title").startswith("Error: ")


def test_wrong_password_is_listed_in_the_summary_and_titled_error(client):
    PartnerUserFactory(username="undp")
    response = client.post("/en/account/sign-in/", {"username": "undp", "password": "nope"})
    doc = _doc(response)
    summary = doc.xpath("//*[@data-error-summary]")[0]
    assert "correct username and password" in summary.text_content()
    assert doc.findtext(".//title").startswith("Error: ")


def test_password_reset_errors_follow_the_gov_uk_pattern(client):
    response = client.post("/en/account/password/reset/", {"email": "nobody"})
    _assert_gov_uk_errors(response, ["email"])


def test_interest_form_errors_follow_the_gov_uk_pattern(client):
    need = CooperationNeedFactory()
    client.force_login(PartnerUserFactory())
    with translation.override("en"):
        url = need.get_absolute_url()
    response = client.post(url, {"message": "short"})
    assert response.status_code in (200, 400)
    doc = _assert_gov_uk_errors(response, ["message"])
    assert doc.findtext(".//title").startswith("Error: ")


def test_pages_without_errors_have_no_summary_and_a_plain_title(client):
    for url in ("/en/account/sign-in/", "/en/contact/", "/en/account/password/reset/"):
        doc = _doc(client.get(url))
        assert not doc.xpath("//*[@data-error-summary]"), url
        assert not doc.findtext(".//title").startswith("Error"), url
        assert not doc.xpath("//*[@aria-invalid]"), url


@pytest.mark.parametrize("url", ["/en/account/sign-in/", "/vi/tai-khoan/dang-nhap/",
                                 "/en/account/password/reset/", "/en/contact/"])
def test_no_autofocus_skips_the_page_explanation(client, url):
    assert "autofocus" not in client.get(url).content.decode()


def test_flash_messages_are_in_a_status_region(client):
    need = CooperationNeedFactory()
    client.force_login(PartnerUserFactory())
    with translation.override("en"):
        url = need.get_absolute_url()
    response = client.post(url, {"message": "We could fund a study visit next year."},
                           follow=True)
    region = _doc(response).xpath("//*[@role='status'][@class='messages-region']")
    assert region and "Thank you" in region[0].text_content()


def test_newsletter_subscribe_errors_follow_the_gov_uk_pattern(client):
    from django.urls import reverse

    with translation.override("en"):
        url = reverse("newsletter:subscribe")
    response = client.post(url, {"email": "", "language": "en", "newsletter": "on"})
    doc = _assert_gov_uk_errors(response, ["email"])
    assert doc.findtext(".//title").startswith("Error: ")
