import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from newsletter import mailing
from newsletter.models import Delivery, Subscriber
from tests.factories import (
    AgreementFactory,
    DocumentFactory,
    IssueFactory,
    IssueItemFactory,
    PartnerOrganisationFactory,
    PostFactory,
    SubscriberFactory,
)

pytestmark = pytest.mark.django_db


def subscribe(client, email, language="vi", **extra):
    with translation.override(language):
        url = reverse("newsletter:subscribe")
    form = client.get(url).context["form"]
    data = {"email": email, "language": language, "newsletter": "on",
            "started": form["started"].initial, "website": "", **extra}
    return client.post(url, data)


def link_in(message, name):
    return re.search(r"https?://[^\s\"<>]+/" + name + r"/[^\s\"<>]+/", message.body).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def mailing_requested(**kwargs):
    issue = IssueFactory(**kwargs)
    issue.mailing_requested_at = timezone.now()
    issue.save()
    return issue


def test_subscribe_confirm_and_newsletter_sent_once_to_confirmed_only(client):
    subscribe(client, "Reader@Example.org", language="en")
    assert len(mail.outbox) == 1
    confirmation = mail.outbox[0]
    assert confirmation.to == ["reader@example.org"]
    assert "Confirm" in confirmation.subject  # the subscriber's language
    subscribe(client, "never.confirmed@example.org")
    gone = SubscriberFactory(email="gone@example.org", unsubscribed_at=timezone.now())

    confirm_path = path_of(link_in(confirmation, "confirm"))
    assert client.get(confirm_path).status_code == 200  # a button: scanners confirm nothing
    assert not Subscriber.objects.get(email="reader@example.org").is_active
    client.post(confirm_path)
    assert Subscriber.objects.get(email="reader@example.org").is_active

    issue = mailing_requested(title_en="Newsletter Q III/2020")
    mail.outbox.clear()
    call_command("send_newsletter")
    assert [m.to for m in mail.outbox] == [["reader@example.org"]]
    message = mail.outbox[0]
    assert "Newsletter Q III/2020" in message.subject
    html = message.alternatives[0][0]
    assert "<img" not in html
    assert "https://portal.example.org/en/newsletter/" in html  # absolute links
    assert issue.delivery_counts()["sent"] == 1
    assert not Delivery.objects.filter(subscriber=gone).exists()

    call_command("send_newsletter")  # the rerun sends nothing more
    assert len(mail.outbox) == 1


def test_expired_confirmation_link_confirms_nothing(client, settings):
    subscribe(client, "late@example.org")
    settings.NEWSLETTER_CONFIRM_MAX_AGE = -1
    response = client.post(path_of(link_in(mail.outbox[0], "xac-nhan")))
    assert response.status_code == 400
    assert not Subscriber.objects.get(email="late@example.org").is_active


def test_honeypot_and_too_fast_posts_are_dropped_silently(client, settings):
    subscribe(client, "robot@example.org", website="http://spam.example")
    settings.NEWSLETTER_MIN_FORM_SECONDS = 60
    subscribe(client, "fast@example.org")
    assert mail.outbox == []
    assert not Subscriber.objects.exists()


def test_subscribing_is_throttled_per_address(client):
    for _attempt in range(5):
        Subscriber.objects.filter(email="flood@example.org").delete()
        subscribe(client, "flood@example.org")
    assert len(mail.outbox) == 3  # THROTTLE_SUBSCRIBE_PER_EMAIL


def test_killed_run_resumes_without_duplicates(monkeypatch):
    SubscriberFactory.create_batch(4)
    mailing_requested()
    real = mailing.issue_message
    calls = []

    def killed_on_third(issue, subscriber, cache=None):
        calls.append(subscriber)
        if len(calls) == 3:
            raise KeyboardInterrupt  # what stopping the run (Ctrl-C) raises midway
        return real(issue, subscriber, cache)

    monkeypatch.setattr(mailing, "issue_message", killed_on_third)
    with pytest.raises(KeyboardInterrupt):
        call_command("send_newsletter")
    assert len(mail.outbox) == 2
    assert Delivery.objects.filter(status="pending").count() == 2  # the claim was released
    monkeypatch.setattr(mailing, "issue_message", real)
    call_command("send_newsletter")
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert len(recipients) == 4 and len(set(recipients)) == 4


def test_run_killed_outright_is_never_resent():
    subscriber = SubscriberFactory()
    issue = mailing_requested()
    mailing.list_issue_recipients(issue)
    Delivery.objects.update(status="sending", claimed_at=timezone.now() - timedelta(hours=2))
    call_command("send_newsletter")
    assert mail.outbox == []
    assert Delivery.objects.get(subscriber=subscriber).status == "failed"


def test_email_has_one_click_unsubscribe_headers_and_post_unsubscribes(client):
    subscriber = SubscriberFactory()
    mailing_requested()
    call_command("send_newsletter")
    message = mail.outbox[0]
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<https://portal.example.org/vi/ban-tin/huy-dang-ky/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # A mail client's one-click POST: no CSRF token, no cookie.
    client.handler.enforce_csrf_checks = True
    response = client.post(path_of(header.strip("<>")), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None


def test_unsubscribe_link_in_email_asks_then_unsubscribes(client):
    subscriber = SubscriberFactory(language="en")
    mailing_requested()
    call_command("send_newsletter")
    url = path_of(re.search(r"Unsubscribe: (\S+)", mail.outbox[0].body).group(1))
    page = client.get(url)
    assert page.status_code == 200 and b"<form method=\"post\"" in page.content
    subscriber.refresh_from_db()
    assert subscriber.is_active  # GET changes nothing
    client.post(url)
    subscriber.refresh_from_db()
    assert not subscriber.is_active
    second = mailing_requested()
    call_command("send_newsletter")
    assert not Delivery.objects.filter(issue=second).exists()


def test_issue_email_shows_only_public_items(category):
    SubscriberFactory()
    issue = mailing_requested()
    IssueItemFactory(issue=issue, post=PostFactory(category=category, title_vi="Tin công khai"))
    IssueItemFactory(issue=issue, post=PostFactory(category=category, title_vi="Tin nháp",
                                                   status="draft"))
    call_command("send_newsletter")
    assert "Tin công khai" in mail.outbox[0].body
    assert "Tin nháp" not in mail.outbox[0].body


def test_alert_for_a_partner_sends_one_mail_per_new_item(category):
    partner = PartnerOrganisationFactory()
    follower = SubscriberFactory(newsletter=False)
    follower.partners.add(partner)
    SubscriberFactory(newsletter=False, confirmed_at=None).partners.add(partner)
    post = PostFactory(category=category, title_vi="Tin về đối tác",
                       publish_at=timezone.now() - timedelta(hours=1))
    post.partners.add(partner)
    PostFactory(category=category, title_vi="Tin khác")  # links to nobody followed
    call_command("send_alerts")
    assert [m.to for m in mail.outbox] == [[follower.email]]
    assert "Tin về đối tác" in mail.outbox[0].subject
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers
    call_command("send_alerts")
    assert len(mail.outbox) == 1


def test_two_runs_at_once_send_each_address_once(monkeypatch):
    SubscriberFactory.create_batch(3)
    mailing_requested()
    real = mailing.issue_message
    started_other_run = []

    def second_run_starts_meanwhile(issue, subscriber, cache=None):
        if not started_other_run:
            started_other_run.append(True)
            call_command("send_newsletter")  # another process, while this one holds a claim
        return real(issue, subscriber, cache)

    monkeypatch.setattr(mailing, "issue_message", second_run_starts_meanwhile)
    call_command("send_newsletter")
    recipients = [m.to[0] for m in mail.outbox]
    assert len(recipients) == 3 and len(set(recipients)) == 3


def test_alerts_skip_documents_not_open_to_everyone():
    partner = PartnerOrganisationFactory()
    SubscriberFactory(newsletter=False).partners.add(partner)
    agreement = AgreementFactory()
    agreement.parties.add(partner)
    agreement.documents.add(DocumentFactory(access="partners"))
    call_command("send_alerts")
    # The agreement itself concerns the partner; its partner-only document is not announced.
    assert len(mail.outbox) == 1
    assert agreement.title_vi in mail.outbox[0].subject


def test_addresses_never_confirmed_are_forgotten_after_the_link_expires(client):
    subscribe(client, "forgetful@example.org")
    Subscriber.objects.update(created_at=timezone.now() - timedelta(days=4))
    kept = SubscriberFactory(email="kept@example.org")
    call_command("send_newsletter")
    assert list(Subscriber.objects.all()) == [kept]


def test_alert_for_an_item_unpublished_before_sending_is_cancelled(category, monkeypatch):
    partner = PartnerOrganisationFactory()
    SubscriberFactory(newsletter=False).partners.add(partner)
    post = PostFactory(category=category, publish_at=timezone.now() - timedelta(hours=1))
    post.partners.add(partner)
    mailing.list_alerts()
    post.status = "draft"
    post.save()
    call_command("send_alerts")
    assert mail.outbox == []
    assert Delivery.objects.get().status == "cancelled"


def test_an_error_on_one_message_fails_it_and_the_run_goes_on(monkeypatch):
    broken, *fine = SubscriberFactory.create_batch(3)
    issue = mailing_requested()
    real = mailing.issue_message

    def breaks_for_one(issue, subscriber, cache=None):
        if subscriber == broken:
            raise ValueError("cannot build this one")
        return real(issue, subscriber, cache)

    monkeypatch.setattr(mailing, "issue_message", breaks_for_one)
    call_command("send_newsletter")
    assert sorted(m.to[0] for m in mail.outbox) == sorted(s.email for s in fine)
    assert issue.delivery_counts() == {"pending": 0, "sending": 0, "sent": 2, "failed": 1,
                                       "cancelled": 0}
    call_command("send_newsletter")  # failed ones wait for "Retry failed deliveries"
    assert len(mail.outbox) == 2
