"""The contact form: one e-mail to the Secretariat per message, bots get nothing through, the
throttle, and no message lost when the mail server fails."""

from time import time

import pytest
from django.core import mail

from contact.forms import started_token
from contact.models import ContactMessage
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db
URL = "/en/contact/"


@pytest.fixture(autouse=True)
def _secretariat(settings):
    settings.CONTACT_EMAILS = ["secretariat@moj.example"]
    settings.CONTACT_MIN_FILL_SECONDS = 3


def _data(**changes):
    data = {
        "name": "Nguyễn Văn An",
        "email": "an@example.org",
        "organisation": "UNDP",
        "message": "Could the Group share the 2020 forum proceedings in English?",
        "website": "",
        "started": started_token(time() - 30),  # a person who took 30 s to write
    }
    data.update(changes)
    return data


def test_a_message_is_e_mailed_once_to_the_secretariat_and_kept(client):
    response = client.post(URL, _data())
    assert response.status_code == 302
    assert response["Location"] == "/en/contact/sent/"
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["secretariat@moj.example"]
    assert sent.reply_to == ["an@example.org"]
    assert "Nguyễn Văn An" in sent.subject
    assert "2020 forum proceedings" in sent.body
    kept = ContactMessage.objects.get()
    assert kept.email == "an@example.org" and kept.language == "en"
    assert kept.emailed_at is not None


def test_the_reader_sees_a_clear_confirmation(client):
    response = client.post(URL, _data(), follow=True)
    text = response.content.decode()
    assert "Message sent" in text and "The Secretariat has received your message" in text
    assert '<meta name="robots" content="noindex">' in text


def test_the_message_is_kept_when_the_mail_server_fails(client, settings, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    response = client.post(URL, _data())
    assert response.status_code == 302  # the reader is told it arrived: it did, in the admin
    kept = ContactMessage.objects.get()
    assert kept.emailed_at is None
    assert "2020 forum proceedings" in kept.message


def test_a_filled_honeypot_gets_no_e_mail_and_the_same_confirmation(client):
    response = client.post(URL, _data(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"] == "/en/contact/sent/"
    assert mail.outbox == [] and not ContactMessage.objects.exists()


def test_a_forged_timestamp_gets_no_e_mail(client):
    response = client.post(URL, _data(started="1700000000"))
    assert response.status_code == 302
    assert mail.outbox == [] and not ContactMessage.objects.exists()


def test_a_form_sent_too_fast_gets_no_e_mail_and_a_neutral_message(client):
    response = client.post(URL, _data(started=started_token(time() - 1)))
    assert response.status_code == 400
    assert "Please check your message, then send it again." in response.content.decode()
    assert mail.outbox == [] and not ContactMessage.objects.exists()


def test_an_expired_form_is_shown_again_with_a_fresh_start(client, settings):
    settings.CONTACT_MAX_FORM_AGE = 60
    response = client.post(URL, _data(started=started_token(time() - 3600)))
    assert response.status_code == 200
    assert "open too long" in response.content.decode()
    assert mail.outbox == []
    assert response.context["form"]["started"].value() != _data()["started"]


def test_throttled_after_the_limit_per_address(client, settings):
    settings.THROTTLE_LIMITS = {**settings.THROTTLE_LIMITS,
                                "contact": {"per_key": (3, 3600), "per_client": (10, 3600)}}
    for _ in range(3):
        assert client.post(URL, _data()).status_code == 302
    response = client.post(URL, _data())
    assert response.status_code == 429
    assert "Too many messages" in response.content.decode()
    assert len(mail.outbox) == 3 and ContactMessage.objects.count() == 3
    # Another reader's address from another machine still gets through.
    other = client.post(URL, _data(email="lan@example.org"), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_throttled_per_client_address_whatever_the_e_mail(client, settings):
    settings.THROTTLE_LIMITS = {**settings.THROTTLE_LIMITS,
                                "contact": {"per_key": (3, 3600), "per_client": (2, 3600)}}
    for n in range(2):
        assert client.post(URL, _data(email=f"r{n}@example.org")).status_code == 302
    assert client.post(URL, _data(email="r9@example.org")).status_code == 429
    assert len(mail.outbox) == 2


def test_a_newline_in_the_name_cannot_inject_mail_headers(client):
    response = client.post(URL, _data(name="An\r\nBcc: victim@example.org"))
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and "\n" not in mail.outbox[0].subject
    assert mail.outbox[0].bcc == []


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client):
    text = client.get(URL).content.decode()
    assert '<div class="contact-trap" hidden>' in text
    assert 'name="website"' in text and 'tabindex="-1"' in text


def test_contact_page_shows_the_editable_page_in_both_languages(client):
    PageFactory(key="contact", title_vi="Liên hệ Tổ thư ký", title_en="Contact the Secretariat",
                body_vi="<p>58–60 Trần Phú, Ba Đình, Hà Nội</p>",
                body_en="<p>58–60 Tran Phu Street, Ba Dinh, Hanoi</p>")
    en = client.get(URL).content.decode()
    vi = client.get("/vi/lien-he/").content.decode()
    assert "58–60 Tran Phu Street" in en and 'hreflang="vi" href="http://testserver/vi/lien-he/"' in en
    assert "58–60 Trần Phú" in vi and 'hreflang="en" href="http://testserver/en/contact/"' in vi


def test_the_form_works_before_the_secretariat_writes_the_page(client):
    response = client.get(URL)
    assert response.status_code == 200 and "Contact the Secretariat" in response.content.decode()


def test_messages_are_kept_when_no_recipient_is_configured(client, settings):
    settings.CONTACT_EMAILS = []
    assert client.post(URL, _data()).status_code == 302
    assert mail.outbox == [] and ContactMessage.objects.get().emailed_at is None
