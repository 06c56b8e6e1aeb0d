import pytest

from partnership_portal import search
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_header_search_without_diacritics_finds_and_highlights(page, category):
    PostFactory(category=category, title_vi="Hợp tác pháp luật với Lào",
                title_en="Legal cooperation with Laos")
    PostFactory(category=category, title_vi="Hội thảo về trọng tài", title_en="Arbitration workshop")
    search.rebuild()
    page.goto("/vi/")
    box = page.get_by_role("search", name="Tìm kiếm trên trang").get_by_role("searchbox")
    box.fill("hop tac phap luat")
    box.press("Enter")
    page.wait_for_url("**/vi/tim-kiem/?q=hop+tac+phap+luat")
    results = page.locator(".search-results li")
    # The title match comes first; the workshop matches only in its text (the factory body).
    assert [results.nth(i).locator("a").inner_text() for i in range(results.count())] == [
        "Hợp tác pháp luật với Lào", "Hội thảo về trọng tài"]
    # The phrase is marked as one run, not word by word.
    assert results.first.locator("mark").all_inner_texts() == ["Hợp tác pháp luật"]
