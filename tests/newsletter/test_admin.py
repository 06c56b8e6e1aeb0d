from datetime import date, datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from newsletter.models import Issue
from tests.factories import (
    DocumentFactory,
    EventFactory,
    IssueFactory,
    IssueItemFactory,
    PostFactory,
    StaffUserFactory,
    SubscriberFactory,
    SuperuserFactory,
)

pytestmark = pytest.mark.django_db
HANOI = timezone.get_default_timezone()


def in_q3_2020(month, day):
    return datetime(2020, month, day, 9, tzinfo=HANOI)


def action(client, name, issue):
    return client.post(reverse("admin:newsletter_issue_changelist"),
                       {"action": name, "_selected_action": [issue.pk]}, follow=True)


def test_fill_from_quarter_adds_the_quarters_public_items_once(client, category):
    issue = IssueFactory(year=2020, quarter=3)
    post = PostFactory(category=category, publish_at=in_q3_2020(8, 1))
    PostFactory(category=category, publish_at=in_q3_2020(10, 2))  # Q IV
    PostFactory(category=category, publish_at=in_q3_2020(8, 3), status="draft")
    event = EventFactory(start=in_q3_2020(9, 15), end=in_q3_2020(9, 16))
    document = DocumentFactory(issued_on=date(2020, 9, 30))
    DocumentFactory(issued_on=date(2020, 9, 30), access="secretariat")
    client.force_login(SuperuserFactory())

    action(client, "fill_from_quarter", issue)
    action(client, "fill_from_quarter", issue)  # twice: nothing is added twice

    targets = [item.target for item in issue.items.with_targets()]
    assert targets == [post, event, document]
    orders = [item.order for item in issue.items.all()]
    assert orders == sorted(set(orders))


def test_issue_page_in_admin_shows_delivery_progress(client):
    issue = IssueFactory()
    IssueItemFactory(issue=issue)
    SubscriberFactory.create_batch(2)
    client.force_login(SuperuserFactory())
    action(client, "send_to_subscribers", issue)
    issue.refresh_from_db()
    assert issue.mailing_requested_at is not None
    call_command("send_newsletter", limit=1)
    page = client.get(reverse("admin:newsletter_issue_changelist")).content.decode()
    assert "1 / 1 / 0" in page
    page = client.get(reverse("admin:newsletter_issue_change", args=[issue.pk]))
    assert page.status_code == 200


def test_a_draft_issue_is_not_queued_for_mailing(client):
    issue = IssueFactory(status="draft")
    client.force_login(SuperuserFactory())
    action(client, "send_to_subscribers", issue)
    assert Issue.objects.get(pk=issue.pk).mailing_requested_at is None


def test_addresses_are_shown_only_to_staff_with_the_subscriber_permission(client):
    SubscriberFactory(email="hidden.reader@example.org")
    url = reverse("admin:newsletter_subscriber_changelist")
    client.force_login(StaffUserFactory(permissions=["newsletter.change_issue",
                                                     "newsletter.view_issue"]))
    assert client.get(url).status_code == 403
    issue = IssueFactory()
    page = client.get(reverse("admin:newsletter_issue_change", args=[issue.pk]))
    assert "hidden.reader@example.org" not in page.content.decode()
    client.force_login(StaffUserFactory(permissions=["newsletter.view_subscriber"]))
    assert "hidden.reader@example.org" in client.get(url).content.decode()


def test_secretariat_creates_an_issue_with_ordered_items_in_the_admin(client, category):
    post, other = PostFactory(category=category), PostFactory(category=category)
    client.force_login(SuperuserFactory())
    response = client.post(reverse("admin:newsletter_issue_add"), {
        "year": 2020, "quarter": 3, "number": 7, "title_vi": "Bản tin số 7",
        "title_en": "Newsletter no. 7", "slug_vi": "", "slug_en": "",
        "introduction_vi": "<p>Lời giới thiệu</p>", "introduction_en": "",
        "status": "draft", "publish_at_0": "2020-10-05", "publish_at_1": "09:00:00",
        "items-TOTAL_FORMS": 2, "items-INITIAL_FORMS": 0,
        "items-0-order": 2, "items-0-post": post.pk, "items-0-note_vi": "",
        "items-1-order": 1, "items-1-post": other.pk, "items-1-note_vi": "Đọc trước",
    })
    assert response.status_code == 302, response.context["adminform"].errors
    issue = Issue.objects.get(number=7)
    assert [item.target for item in issue.items.with_targets()] == [other, post]
    assert issue.slug_vi == "ban-tin-so-7"


def test_delivery_list_hides_addresses_from_staff_without_the_subscriber_permission(client):
    SubscriberFactory(email="hidden.reader@example.org")
    issue = IssueFactory()
    issue.mailing_requested_at = timezone.now()
    issue.save()
    call_command("send_newsletter")
    url = reverse("admin:newsletter_delivery_changelist")
    client.force_login(StaffUserFactory(permissions=["newsletter.view_delivery"]))
    page = client.get(url)
    assert page.status_code == 200 and page.context["cl"].result_count == 1
    assert "hidden.reader@example.org" not in page.content.decode()
    assert client.get(url + "?q=hidden.reader").context["cl"].result_count == 0
    client.force_login(StaffUserFactory(permissions=["newsletter.view_delivery",
                                                     "newsletter.view_subscriber"]))
    assert "hidden.reader@example.org" in client.get(url).content.decode()


def test_only_a_publisher_mails_an_issue_to_the_subscribers(client):
    """Mailing every subscriber is a publishing act: editors, who cannot publish, are not
    offered the action, and posting it anyway queues nothing."""
    from partnership_portal import roles
    from tests.factories import RoleUserFactory

    issue = IssueFactory()
    changelist = reverse("admin:newsletter_issue_changelist")
    client.force_login(RoleUserFactory(username="bien.tap", role=roles.EDITOR))
    page = client.get(changelist).content.decode()
    assert 'value="send_to_subscribers"' not in page and 'value="retry_failed"' not in page
    action(client, "send_to_subscribers", issue)
    assert Issue.objects.get(pk=issue.pk).mailing_requested_at is None

    client.force_login(RoleUserFactory(username="duyet.dang", role=roles.PUBLISHER))
    assert 'value="send_to_subscribers"' in client.get(changelist).content.decode()
    action(client, "send_to_subscribers", issue)
    assert Issue.objects.get(pk=issue.pk).mailing_requested_at is not None
