from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from contact.models import ContactMessage
from tests.factories import ContactMessageFactory

pytestmark = pytest.mark.django_db


def test_the_secretariat_reads_messages_in_the_admin(client, staff):
    ContactMessageFactory(name="Trần Thị Lan", message="Please send the handbook.")
    client.force_login(staff)
    listing = client.get("/admin/contact/contactmessage/")
    assert listing.status_code == 200 and "Trần Thị Lan" in listing.content.decode()
    message = ContactMessage.objects.get()
    detail = client.get(f"/admin/contact/contactmessage/{message.pk}/change/")
    assert "Please send the handbook." in detail.content.decode()
    assert client.get("/admin/contact/contactmessage/add/").status_code == 403


def test_mark_handled_action(client, staff):
    message = ContactMessageFactory()
    client.force_login(staff)
    client.post("/admin/contact/contactmessage/",
                {"action": "mark_handled", "_selected_action": [message.pk]})
    message.refresh_from_db()
    assert message.handled


def test_purge_deletes_only_messages_past_retention(settings):
    settings.CONTACT_MESSAGE_RETENTION_DAYS = 365
    old = ContactMessageFactory()
    ContactMessage.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=400))
    recent = ContactMessageFactory()
    call_command("purge_contact_messages", stdout=open("/dev/null", "w"))
    assert list(ContactMessage.objects.all()) == [recent]
