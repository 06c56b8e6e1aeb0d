import pytest
from django.utils import translation

from tests.factories import PostFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def post_pair(category):
    post = PostFactory(
        category=category,
        title_vi="Ký Chương trình hợp tác với A-déc-bai-gian",
        title_en="Cooperation programme with Azerbaijan signed",
    )
    PostFactory(category=category, title_vi="Tin khác", title_en="Another item")
    with translation.override("vi"):
        vi = post.get_absolute_url()
    with translation.override("en"):
        en = post.get_absolute_url()
    return post, vi, en


def test_switching_language_on_a_news_item_lands_on_its_counterpart(page, post_pair):
    _post, vi, en = post_pair
    page.goto(vi)
    assert page.locator("h1").inner_text() == "Ký Chương trình hợp tác với A-déc-bai-gian"
    page.get_by_role("navigation", name="Ngôn ngữ").get_by_role("link", name="English").click()
    page.wait_for_url(f"**{en}")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Cooperation programme with Azerbaijan signed"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url(f"**{vi}")


def _active(page):
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return {id: e.id, text: e.textContent.trim(), href: e.getAttribute('href'),"
        " outline: getComputedStyle(e).outlineStyle, hreflang: e.getAttribute('hreflang')}; }"
    )


def test_keyboard_reaches_main_content_through_the_skip_link(page, post_pair):
    page.goto("/en/news/")
    page.keyboard.press("Tab")
    first = _active(page)
    assert first["href"] == "#main" and first["text"] == "Skip to main content"
    assert first["outline"] != "none"  # visible focus
    page.keyboard.press("Enter")
    assert _active(page)["id"] == "main"
    page.keyboard.press("Tab")
    # The next stop is inside the main content, not back in the header.
    assert page.evaluate("() => document.getElementById('main').contains(document.activeElement)")


def test_keyboard_reaches_and_uses_the_language_switcher(page, post_pair):
    _post, vi, en = post_pair
    page.goto(en)
    for _ in range(8):
        page.keyboard.press("Tab")
        if _active(page)["hreflang"] == "vi":
            break
    active = _active(page)
    assert active["hreflang"] == "vi" and active["outline"] != "none"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{vi}")
