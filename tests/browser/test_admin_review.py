"""The review journey in the browser: an editor drafts and submits, a publisher is told by
e-mail and sends it back, the editor reads the comment and submits again, the publisher
schedules it; and two people saving the same item."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from news.models import Post
from partnership_portal import roles
from partnership_portal.models import ReviewRequest
from tests.factories import PostFactory, RoleUserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct horse battery"


def show_tab_of(page, field_id):
    """Click the language tab whose panel holds the field (one tab group per field)."""
    panel = page.locator(f"#{field_id}").evaluate("e => e.closest('.ui-tabs-panel').id")
    page.locator(f'.ui-tabs-nav a[href="#{panel}"]').click()


def sign_in(browser, live_server, username):
    context = browser.new_context(locale="vi-VN", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    return context, page


def test_editor_submits_publisher_sends_back_then_schedules(browser, live_server, category):
    RoleUserFactory(username="bien.tap", email="bientap@example.org", role=roles.EDITOR)
    RoleUserFactory(username="duyet.dang", email="duyet@example.org", role=roles.PUBLISHER)
    mail.outbox.clear()

    editor_context, editor = sign_in(browser, live_server, "bien.tap")
    editor.goto("/admin/news/post/add/")
    assert editor.locator("#id_status").count() == 0  # an editor cannot publish
    editor.fill("#id_title_vi", "Đoàn công tác của Bộ Tư pháp thăm Lào")
    editor.select_option("#id_category", str(category.pk))
    editor.fill("#id_review_message", "Nhờ chị duyệt giúp trước thứ Sáu.")
    editor.click("button[name=_review_submit]")
    editor.wait_for_url(re.compile(r".*/admin/news/post/\d+/change/$"))
    assert "Đã gửi duyệt" in editor.locator(".messagelist").inner_text()
    post = Post.objects.get()
    assert post.status == Post.Status.DRAFT

    # The publisher is told by e-mail, with a link to the item.
    assert [m.to for m in mail.outbox] == [["duyet@example.org"]]
    link = re.search(r"https?://\S+/admin/news/post/\d+/change/", mail.outbox[0].body).group(0)
    publisher_context, publisher = sign_in(browser, live_server, "duyet.dang")
    publisher.goto("/admin/partnership_portal/reviewrequest/")
    publisher.click("text=Đoàn công tác của Bộ Tư pháp thăm Lào")
    assert publisher.url.endswith(link[link.index("/admin/"):])
    assert "Nhờ chị duyệt giúp trước thứ Sáu." in publisher.locator(".field-review_panel").inner_text()
    publisher.fill("#id_review_comment", "Bổ sung tiêu đề tiếng Anh.")
    publisher.click("button[name=_review_send_back]")
    publisher.wait_for_selector(".messagelist")
    assert mail.outbox[-1].to == ["bientap@example.org"]

    # The editor reads the comment on the item, completes it and submits again.
    editor.reload()
    panel = editor.locator(".field-review_panel").inner_text()
    assert "Đã trả lại" in panel and "Bổ sung tiêu đề tiếng Anh." in panel
    show_tab_of(editor, "id_title_en")
    editor.fill("#id_title_en", "Ministry of Justice delegation visits Laos")
    editor.click("button[name=_review_submit]")
    editor.wait_for_selector(".messagelist")
    assert ReviewRequest.objects.filter(state=ReviewRequest.State.SUBMITTED).count() == 1

    # The publisher schedules it for a later time.
    later = timezone.localtime() + timedelta(days=3)
    publisher.reload()
    publisher.fill("#id_review_publish_at", later.strftime("%Y-%m-%dT09:00"))
    publisher.click("button[name=_review_approve]")
    publisher.wait_for_selector(".messagelist")
    post.refresh_from_db()
    assert post.is_scheduled and post.title_en == "Ministry of Justice delegation visits Laos"
    assert timezone.localtime(post.publish_at).strftime("%d/%m %H:%M") == later.strftime(
        "%d/%m 09:00")
    assert "Đã duyệt" in mail.outbox[-1].subject
    editor_context.close()
    publisher_context.close()


def test_a_conflicting_save_is_refused_and_keeps_the_second_persons_text(
        browser, live_server, category):
    post = PostFactory(category=category, title_vi="Bản tin gốc")
    for name in ("an", "binh"):
        RoleUserFactory(username=name, role=roles.PUBLISHER)
    url = f"/admin/news/post/{post.pk}/change/"
    first_context, first = sign_in(browser, live_server, "an")
    second_context, second = sign_in(browser, live_server, "binh")
    first.goto(url)
    second.goto(url)
    first.fill("#id_title_vi", "Bản tin do An sửa")
    first.locator("input[name=_save]").last.click()
    first.wait_for_url("**/admin/news/post/")
    second.fill("#id_title_vi", "Bản tin do Bình sửa")
    second.locator("input[name=_save]").last.click()
    second.wait_for_selector(".errornote")
    assert "Người khác đã lưu nội dung này" in second.content()
    assert second.input_value("#id_title_vi") == "Bản tin do Bình sửa"
    post.refresh_from_db()
    assert post.title_vi == "Bản tin do An sửa"
    first_context.close()
    second_context.close()
