"""Issue 13's "done when" on the demo data: the Q III/2020 newsletter, on the web, as a PDF with
Vietnamese letters, and mailed once to confirmed subscribers only."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from pypdf import PdfReader

from newsletter.models import Issue
from tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_issue():
    call_command("load_demo", stdout=io.StringIO())
    return Issue.objects.get(slug_en="newsletter-q3-2020")


def test_demo_issue_opens_with_the_forum_first_and_its_pdf_reads_in_vietnamese(client,
                                                                              demo_issue):
    with translation.override("vi"):
        page = client.get(demo_issue.get_absolute_url()).content.decode()
        pdf = client.get(demo_issue.get_pdf_url()).content
    assert page.index("hòa giải ở cơ sở") < page.index("JICA")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Bản tin số 1, Quý III/2020" in text
    assert "Nhóm quan hệ đối tác pháp luật" in text


def test_demo_issue_is_mailed_once_to_confirmed_subscribers_only(demo_issue):
    confirmed = SubscriberFactory(language="en")
    SubscriberFactory(confirmed_at=None)
    Issue.objects.filter(pk=demo_issue.pk).update(mailing_requested_at=timezone.now())
    call_command("send_newsletter", stdout=io.StringIO())
    call_command("send_newsletter", stdout=io.StringIO())
    assert [m.to for m in mail.outbox] == [[confirmed.email]]
    assert "Q III/2020" in mail.outbox[0].subject
