"""The audit log (security.AuditEvent): each kind of event is written with user, address and
object; only administrators read it; nobody edits it; old rows are purged."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from documents.models import Access
from security.models import AuditEvent
from tests.factories import (
    DocumentFactory,
    DocumentFileFactory,
    FileVersionFactory,
    InterestFactory,
    PartnerUserFactory,
    StaffUserFactory,
    SuperuserFactory,
    TOTPDeviceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"
ADDRESS = "192.0.2.44"


def events(action):
    return list(AuditEvent.objects.filter(action=action))


def download_url(document_file):
    return reverse("documents:download", args=[document_file.pk])


def test_partner_only_download_is_logged_with_user_address_and_file(client):
    partner = PartnerUserFactory(username="undp")
    document_file = DocumentFileFactory(document=DocumentFactory(access=Access.PARTNERS))
    client.force_login(partner)
    response = client.get(download_url(document_file), REMOTE_ADDR=ADDRESS)
    assert response.status_code == 200
    [event] = events("restricted_download")
    assert event.user == partner and event.username == "undp"
    assert event.address == ADDRESS
    assert event.object_type == "documents.DocumentFile"
    assert event.object_id == str(document_file.pk)
    assert event.detail == Access.PARTNERS


def test_secretariat_only_download_and_earlier_version_are_logged(client, staff):
    document_file = DocumentFileFactory(document=DocumentFactory(access=Access.SECRETARIAT))
    version = FileVersionFactory(document_file=document_file)
    client.force_login(staff)
    client.get(download_url(document_file))
    client.get(reverse("documents:version", args=[version.pk]))
    assert [e.detail for e in AuditEvent.objects.filter(
        action="restricted_download").order_by("pk")] == [
        Access.SECRETARIAT, "earlier version"]


def test_public_downloads_and_refusals_write_nothing(client):
    public = DocumentFileFactory()
    hidden = DocumentFileFactory(document=DocumentFactory(access=Access.PARTNERS))
    assert client.get(download_url(public)).status_code == 200
    assert client.get(download_url(hidden)).status_code == 302  # to sign-in
    assert AuditEvent.objects.count() == 0


def test_reader_pages_write_nothing(client, post):
    for url in ("/vi/", "/en/news/", post.get_absolute_url()):
        client.get(url)
    assert AuditEvent.objects.count() == 0


def test_reading_interest_messages_in_the_admin_is_logged(client, staff):
    interest = InterestFactory()
    client.force_login(staff)
    assert client.get("/admin/cooperation/interest/").status_code == 200
    assert client.get(f"/admin/cooperation/interest/{interest.pk}/change/").status_code == 200
    listed, opened = AuditEvent.objects.filter(action="interest_read").order_by("pk")
    assert listed.object_id == "" and listed.user == staff
    assert opened.object_id == str(interest.pk) and opened.object_type == "cooperation.Interest"


def test_interest_messages_shown_on_a_need_in_the_admin_are_logged(client, staff):
    interest = InterestFactory()
    client.force_login(staff)
    url = f"/admin/cooperation/cooperationneed/{interest.need.pk}/change/"
    assert interest.message in client.get(url).content.decode()
    [event] = events("interest_read")
    assert event.object_type == "cooperation.CooperationNeed"
    assert event.object_id == str(interest.need.pk) and event.detail == "shown inline"


def test_admin_sign_in_and_failure_are_logged(client):
    SuperuserFactory(username="admin")
    client.post("/admin/login/", {"username": "admin", "password": "wrong"}, REMOTE_ADDR=ADDRESS)
    client.post("/admin/login/", {"username": "admin", "password": PASSWORD},
                REMOTE_ADDR=ADDRESS)
    [failed] = events("sign_in_failed")
    assert failed.username == "admin" and failed.user is None and failed.detail == "admin"
    assert failed.address == ADDRESS
    [signed_in] = events("admin_sign_in")
    assert signed_in.user.username == "admin"


def test_partner_sign_in_is_logged(client):
    PartnerUserFactory(username="undp")
    client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD})
    assert [e.username for e in events("partner_sign_in")] == ["undp"]


def test_axes_lockout_is_logged(client):
    PartnerUserFactory(username="undp")
    for _attempt in range(5):
        client.post("/en/account/sign-in/", {"username": "undp", "password": "wrong"})
    assert [e.username for e in events("locked_out")] == ["undp"]


def test_group_and_permission_changes_are_logged_with_who_did_them(client, staff):
    editor = StaffUserFactory(username="editor")
    group = Group.objects.get_or_create(name="Publisher")[0]
    assert events("permissions_changed")[0].detail.startswith("is_staff: True")  # created
    AuditEvent.objects.all().delete()
    client.force_login(staff)
    response = client.post(f"/admin/auth/user/{editor.pk}/change/", {
        "username": "editor", "is_active": "on", "is_staff": "on", "is_superuser": "on",
        "groups": [group.pk], "last_login_0": "", "last_login_1": "",
        "date_joined_0": "2026-01-01", "date_joined_1": "00:00:00",
        "partner_account-TOTAL_FORMS": "0", "partner_account-INITIAL_FORMS": "0",
        "partner_account-MIN_NUM_FORMS": "0", "partner_account-MAX_NUM_FORMS": "1",
    })
    assert response.status_code == 302, response.context["adminform"].form.errors
    changes = AuditEvent.objects.filter(action="permissions_changed", object_id=str(editor.pk))
    details = sorted(e.detail for e in changes)
    assert details == ["groups added: Publisher", "is_superuser: False → True"]
    assert all(e.user == staff for e in changes)


def test_user_permission_and_group_permission_changes_are_logged(db):
    user = UserFactory()
    group = Group.objects.create(name="Editors")
    permission = Permission.objects.get(codename="change_post")
    user.user_permissions.add(permission)
    group.permissions.add(permission)
    group.permissions.clear()
    user.is_staff = True
    user.save()
    details = list(AuditEvent.objects.order_by("pk").values_list("object_repr", "detail"))
    assert details == [
        (str(user), "user_permissions added: news.change_post"),
        ("Editors", "permissions added: news.change_post"),
        ("Editors", "permissions removed: news.change_post"),
        (str(user), "is_staff: False → True"),
    ]


def test_signing_in_does_not_log_a_permission_change(client):
    PartnerUserFactory(username="undp")
    client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD})
    assert not events("permissions_changed")


@pytest.mark.two_factor
def test_two_factor_events_are_logged(client):
    from tests.factories import totp_code

    partner = PartnerUserFactory(username="undp")
    device = TOTPDeviceFactory(user=partner)
    client.post("/en/account/sign-in/", {"username": "undp", "password": PASSWORD})
    client.post("/en/account/two-step/code/", {"code": "999999" if totp_code(device) != "999999"
                                                else "888888"})
    device.refresh_from_db()
    device.throttle_reset()
    client.post("/en/account/two-step/code/", {"code": totp_code(device)})
    client.post("/en/account/two-step/recovery-codes/")
    device.delete()  # e.g. an administrator removes it in the admin
    assert list(AuditEvent.objects.exclude(action="partner_sign_in").order_by("pk")
                .values_list("action", flat=True)) == [
        "two_factor_failed", "two_factor_verified", "recovery_codes_created",
        "two_factor_removed"]


def test_only_administrators_read_the_log_and_nobody_edits_it(client, staff):
    event = AuditEvent.objects.create(action="sign_in_failed", username="x")
    url = "/admin/security/auditevent/"
    client.force_login(staff)
    assert client.get(url).status_code == 200
    assert client.get(f"{url}{event.pk}/change/").status_code == 200
    assert client.post(f"{url}{event.pk}/delete/").status_code == 403
    assert client.get(f"{url}add/").status_code == 403
    page = client.get(f"{url}{event.pk}/change/").content.decode()
    assert 'name="_save"' not in page

    administrator = StaffUserFactory(username="administrator")
    administrator.groups.add(Group.objects.get_or_create(name="Administrator")[0])
    other = Client()
    other.force_login(administrator)
    assert other.get(url).status_code == 200

    editor = StaffUserFactory(username="editor", permissions=["news.change_post"])
    third = Client()
    third.force_login(editor)
    assert third.get(url).status_code == 403
    assert "auditevent" not in third.get("/admin/").content.decode()


def test_log_exports_as_csv(client, staff):
    event = AuditEvent.objects.create(action="sign_in_failed", username="=cmd()",
                                      address=ADDRESS)
    client.force_login(staff)
    response = client.post("/admin/security/auditevent/", {
        "action": "export_csv", "_selected_action": [event.pk]})
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode("utf-8-sig")
    assert "sign_in_failed" in body and ADDRESS in body
    assert "'=cmd()" in body  # no formula runs when a spreadsheet opens it


def test_purge_removes_entries_older_than_the_retention(settings):
    settings.AUDIT_LOG_RETENTION_DAYS = 30
    old = AuditEvent.objects.create(action="sign_in_failed",
                                    at=timezone.now() - timedelta(days=31))
    recent = AuditEvent.objects.create(action="sign_in_failed",
                                       at=timezone.now() - timedelta(days=29))
    call_command("purge_audit_log", stdout=open("/dev/null", "w"))
    assert list(AuditEvent.objects.all()) == [recent]
    assert not AuditEvent.objects.filter(pk=old.pk).exists()
