"""Review workflow: an editor submits, publishers are told and see a queue, a publisher
approves (now or at a time) or sends back with a comment the editor reads."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from documents.models import Document
from news.models import Post
from partnership_portal import review, roles
from partnership_portal.models import ReviewRequest
from tests.admin_forms import form_data
from tests.factories import DocumentFactory, PostFactory, RoleUserFactory, SuperuserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return RoleUserFactory(username="editor", email="editor@example.org", role=roles.EDITOR)


@pytest.fixture
def publisher(db):
    return RoleUserFactory(username="publisher", email="pub@example.org", role=roles.PUBLISHER)


@pytest.fixture
def draft(category):
    return PostFactory(category=category, status=Post.Status.DRAFT,
                       title_vi="Hội thảo hòa giải", title_en="Conciliation workshop")


def _press(client, item, button, **fields):
    """Open the item's change form and press one of the review buttons, as a browser would."""
    url = reverse(f"admin:{item._meta.app_label}_{item._meta.model_name}_change", args=[item.pk])
    data = form_data(client.get(url))
    data.update(fields)
    data[button] = "1"
    return client.post(url, data)


def test_editor_submits_from_the_change_form_and_publishers_get_an_email(
        client, editor, publisher, draft, django_capture_on_commit_callbacks):
    RoleUserFactory(username="gone", email="gone@example.org", role=roles.PUBLISHER,
                    is_active=False)
    RoleUserFactory(username="library", email="lib@example.org", role=roles.DOCUMENTS_MANAGER)
    RoleUserFactory(username="other-editor", email="ed2@example.org", role=roles.EDITOR)
    boss = SuperuserFactory(username="boss", email="boss@example.org")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = _press(client, draft, "_review_submit", review_message="Nhờ anh xem giúp.")
    assert response.status_code == 302
    request = ReviewRequest.objects.get()
    assert request.item == draft and request.state == ReviewRequest.State.SUBMITTED
    assert request.submitted_by == editor and request.message == "Nhờ anh xem giúp."
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == sorted([publisher.email, boss.email])
    assert "Gửi duyệt" in message.subject and "Submitted for review" in message.subject
    assert "Nhờ anh xem giúp." in message.body
    assert f"/admin/news/post/{draft.pk}/change/" in message.body
    draft.refresh_from_db()
    assert draft.status == Post.Status.DRAFT  # submitting publishes nothing


def test_submitting_twice_keeps_one_open_request(editor, draft):
    first = review.submit_for_review(item=draft, user=editor)
    assert review.submit_for_review(item=draft, user=editor) == first
    assert ReviewRequest.objects.count() == 1


def test_awaiting_review_lists_what_the_user_may_publish(editor, publisher, draft):
    document = DocumentFactory(status=Document.Status.DRAFT)
    on_post = review.submit_for_review(item=draft, user=editor)
    on_document = review.submit_for_review(item=document, user=editor)
    manager = RoleUserFactory(username="library", role=roles.DOCUMENTS_MANAGER)
    assert list(review.awaiting_review(publisher)) == [on_post, on_document]
    assert list(review.awaiting_review(manager)) == [on_document]
    assert list(review.awaiting_review(editor)) == []


def test_queue_page_lists_items_awaiting_review_with_links(client, editor, publisher, draft):
    review.submit_for_review(item=draft, user=editor, message="Xin duyệt")
    decided = PostFactory(category=draft.category, status=Post.Status.DRAFT, title_vi="Đã xong")
    review.submit_for_review(item=decided, user=editor)
    review.send_back(item=decided, user=publisher, comment="Sửa lại")
    client.force_login(publisher)
    response = client.get(reverse("admin:partnership_portal_reviewrequest_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="/admin/news/post/{draft.pk}/change/"' in html and "Xin duyệt" in html
    assert "Đã xong" not in html  # decided: shown under its own filter
    everything = client.get(reverse("admin:partnership_portal_reviewrequest_changelist"),
                            {"state": "all"}).content.decode()
    assert "Đã xong" in everything


def test_editor_has_no_queue(client, editor):
    client.force_login(editor)
    response = client.get(reverse("admin:partnership_portal_reviewrequest_changelist"))
    assert response.status_code == 403


def test_publisher_approves_and_publishes_now(
        client, editor, publisher, draft, django_capture_on_commit_callbacks):
    review.submit_for_review(item=draft, user=editor)
    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        _press(client, draft, "_review_approve", review_comment="Tốt")
    draft.refresh_from_db()
    assert draft.is_public and draft.updated_by == publisher
    assert abs(draft.publish_at - timezone.now()) < timedelta(minutes=1)
    request = ReviewRequest.objects.get()
    assert request.state == ReviewRequest.State.APPROVED and request.decided_by == publisher
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert "Đã duyệt" in mail.outbox[0].subject


def test_publisher_approves_at_a_chosen_time(client, editor, publisher, draft):
    review.submit_for_review(item=draft, user=editor)
    client.force_login(publisher)
    later = timezone.localtime() + timedelta(days=2)
    _press(client, draft, "_review_approve",
           review_publish_at=later.strftime("%Y-%m-%dT%H:%M"))
    draft.refresh_from_db()
    assert draft.is_scheduled and not draft.is_public
    assert draft.publish_at == later.replace(second=0, microsecond=0)
    assert client.get(draft.get_absolute_url()).status_code == 200  # publisher previews
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_sent_back_comment_is_shown_to_the_editor_and_mailed(
        client, editor, publisher, draft, django_capture_on_commit_callbacks):
    review.submit_for_review(item=draft, user=editor)
    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        _press(client, draft, "_review_send_back",
               review_comment="Bổ sung bản tiếng Anh của phần tóm tắt.")
    assert ReviewRequest.objects.get().state == ReviewRequest.State.SENT_BACK
    assert mail.outbox[-1].to == [editor.email]
    assert "Bổ sung bản tiếng Anh của phần tóm tắt." in mail.outbox[-1].body
    client.force_login(editor)
    html = client.get(reverse("admin:news_post_change", args=[draft.pk])).content.decode()
    assert "Bổ sung bản tiếng Anh của phần tóm tắt." in html
    assert "Đã trả lại" in html
    assert 'name="_review_submit"' in html  # and may submit again
    draft.refresh_from_db()
    assert draft.status == Post.Status.DRAFT


def test_sending_back_needs_a_comment(client, editor, publisher, draft):
    review.submit_for_review(item=draft, user=editor)
    client.force_login(publisher)
    _press(client, draft, "_review_send_back", review_comment="  ")
    assert ReviewRequest.objects.get().state == ReviewRequest.State.SUBMITTED


def test_editor_cannot_approve_by_posting_the_button(client, editor, publisher, draft):
    review.submit_for_review(item=draft, user=editor)
    url = reverse("admin:news_post_change", args=[draft.pk])
    client.force_login(publisher)
    html = client.get(url).content.decode()
    assert 'name="_review_approve"' in html and 'name="_review_send_back"' in html
    client.force_login(editor)
    html = client.get(url).content.decode()
    assert 'name="_review_approve"' not in html and "Chờ duyệt" in html
    _press(client, draft, "_review_approve")
    draft.refresh_from_db()
    assert draft.status == Post.Status.DRAFT
    assert ReviewRequest.objects.get().state == ReviewRequest.State.SUBMITTED


def test_a_new_item_can_be_saved_and_submitted_at_once(client, editor, category):
    client.force_login(editor)
    data = form_data(client.get(reverse("admin:news_post_add")))
    data.update(title_vi="Tin mới gửi duyệt", category=category.pk, _review_submit="1")
    response = client.post(reverse("admin:news_post_add"), data)
    post = Post.objects.get(title_vi="Tin mới gửi duyệt")
    assert response["Location"] == reverse("admin:news_post_change", args=[post.pk])
    assert review.open_request(post).submitted_by == editor


def test_approving_an_item_already_live_keeps_its_publish_date(editor, publisher, category):
    live = PostFactory(category=category)
    published_on = live.publish_at
    review.submit_for_review(item=live, user=editor)
    decision = review.approve(item=live, user=publisher)
    live.refresh_from_db()
    assert live.publish_at == published_on and decision.publish_at == published_on
    assert decision.state == ReviewRequest.State.APPROVED


def test_an_editor_submitting_changes_to_a_live_item_reaches_the_publishers(
        client, editor, publisher, category, django_capture_on_commit_callbacks):
    """The changes wait as unpublished changes; the review request and its e-mail must not
    be rolled back with the save that stored them."""
    from partnership_portal.models import PendingChange

    live = PostFactory(category=category, title_vi="Tin đã đăng", title_en="A live post")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = _press(client, live, "_review_submit", summary_vi="Tóm tắt đã sửa.",
                          review_message="Nhờ chị duyệt phần tóm tắt.")
    assert response.status_code == 302
    assert PendingChange.objects.filter(object_id=str(live.pk)).exists()
    request = ReviewRequest.objects.get()
    assert request.item == live and request.state == ReviewRequest.State.SUBMITTED
    assert request.message == "Nhờ chị duyệt phần tóm tắt."
    assert [m.to for m in mail.outbox] == [[publisher.email]]
    live.refresh_from_db()
    assert live.summary_vi != "Tóm tắt đã sửa."  # readers still see the live text


def test_a_message_to_the_reviewer_survives_a_form_error(client, editor, publisher, draft):
    """A required field left empty sends the form back: the message typed for the reviewer
    (and a publisher's comment and time) come back with it, escaped, not emptied."""
    client.force_login(editor)
    data = form_data(client.get(reverse("admin:news_post_add")))
    data.update(title_vi="Tin thiếu chuyên mục", category="", _review_submit="1",
                review_message="Nhờ chị xem <b>kỹ</b> phần số liệu.")
    html = client.post(reverse("admin:news_post_add"), data).content.decode()
    assert "Nhờ chị xem &lt;b&gt;kỹ&lt;/b&gt; phần số liệu.</textarea>" in html
    assert not ReviewRequest.objects.exists()

    client.force_login(publisher)
    url = reverse("admin:news_post_change", args=[draft.pk])
    data = form_data(client.get(url))
    data.update(category="", _review_approve="1", review_comment="Đã sửa tiêu đề.",
                review_publish_at="2030-01-02T09:00")
    html = client.post(url, data).content.decode()
    assert "Đã sửa tiêu đề.</textarea>" in html and 'value="2030-01-02T09:00"' in html
