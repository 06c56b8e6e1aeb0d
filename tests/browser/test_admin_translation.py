"""The secretariat edits a post's Vietnamese after its English: the dashboard counts it, the
translation status page lists it as "English probably outdated", and marking it up to date
clears it."""

import os
from datetime import timedelta

import pytest
from django.utils import timezone

from partnership_portal.models import TranslationStamp
from tests.factories import PostFactory, SuperuserFactory

pytestmark = pytest.mark.django_db(transaction=True)
SCREENSHOTS = os.environ.get("SCREENSHOT_DIR")  # set to look at the pages yourself


def shot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


def test_translation_page_lists_post_whose_vietnamese_changed_after_english(page, category):
    SuperuserFactory(username="secretariat")
    post = PostFactory(category=category, title_vi="Hội nghị thường niên Nhóm đối tác",
                       title_en="Annual meeting of the Partnership Group")
    # Translated an hour ago.
    TranslationStamp.objects.update(changed_at=timezone.now() - timedelta(hours=1))

    page.goto("/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")

    # Nothing is outdated yet.
    page.goto("/admin/translations/")
    assert page.locator(".translation-items").count() == 0

    # The Vietnamese body is edited in the admin form; the English is left as it was.
    page.goto(f"/admin/news/post/{post.pk}/change/")
    page.wait_for_function(
        "() => window.CKEDITOR && CKEDITOR.instances.id_body_vi"
        " && CKEDITOR.instances.id_body_vi.status === 'ready'"
    )
    page.evaluate("CKEDITOR.instances.id_body_vi.setData("
                  "'<p>Bổ sung kết luận của Thứ trưởng.</p>')")
    page.locator("input[name=_save]").last.click()
    page.wait_for_url("**/admin/news/post/")

    # The dashboard counts it and leads to the translation status page.
    page.goto("/admin/")
    panel = page.locator("#translations-panel")
    assert panel.locator("tbody tr").count() == 1
    shot(page, "dashboard")
    panel.get_by_role("link", name="Tình trạng bản dịch").click()
    page.wait_for_url("**/admin/translations/")

    row = page.locator(".translation-items tbody tr", has_text="Hội nghị thường niên Nhóm đối tác")
    assert row.count() == 1
    english = row.locator('td[lang="en"]')
    assert "Có thể đã cũ" in english.inner_text()
    assert "Có thể đã cũ" not in row.locator('td[lang="vi"]').inner_text()
    assert english.get_by_role("link", name="Xem bản English").get_attribute("href").startswith(
        "/en/news/")
    shot(page, "translation_status")

    english.get_by_role("button", name="Đánh dấu là đã cập nhật").click()
    page.wait_for_url("**/admin/translations/**")
    assert page.locator(".translation-items").count() == 0
    assert "đã cập nhật" in page.locator(".messagelist").inner_text()
