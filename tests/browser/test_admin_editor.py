import pytest

from news.models import Post
from tests.factories import SuperuserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def show_tab_of(page, field_id):
    """Click the language tab whose panel holds the field (one tab group per field)."""
    panel = page.locator(f"#{field_id}").evaluate("e => e.closest('.ui-tabs-panel').id")
    page.locator(f'.ui-tabs-nav a[href="#{panel}"]').click()


def test_rich_text_editor_works_in_each_language_tab(page, live_server, category):
    SuperuserFactory(username="secretariat")
    outside = []
    page.on(
        "request",
        lambda r: (
            None if r.url.startswith((live_server.url, "data:", "blob:")) else outside.append(r.url)
        ),
    )
    page.goto("/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.goto("/admin/news/post/add/")
    page.wait_for_function(
        "() => window.CKEDITOR && ['id_body_vi', 'id_body_en'].every("
        "id => CKEDITOR.instances[id] && CKEDITOR.instances[id].status === 'ready')"
    )
    show_tab_of(page, "id_title_en")
    page.fill("#id_title_en", "Test post")
    show_tab_of(page, "id_body_en")
    frame = page.frame_locator("#cke_id_body_en iframe")
    frame.locator("body").click()
    frame.locator("body").type("Typed in the English tab")
    show_tab_of(page, "id_title_vi")
    page.fill("#id_title_vi", "Bài viết thử")
    show_tab_of(page, "id_body_vi")
    frame = page.frame_locator("#cke_id_body_vi iframe")
    frame.locator("body").click()
    frame.locator("body").type("Gõ trong thẻ tiếng Việt")
    page.select_option("#id_category", str(category.pk))
    page.locator("input[name=_save]").last.click()
    page.wait_for_url("**/admin/news/post/")
    post = Post.objects.get()
    assert "Typed in the English tab" in post.body_en
    assert "Gõ trong thẻ tiếng Việt" in post.body_vi
    assert outside == []
