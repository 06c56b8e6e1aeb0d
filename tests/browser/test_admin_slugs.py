"""The slug the admin fills in while an editor types a title is the server's slug
(static/admin/portal/slugs.js mirrors partnership_portal/slugs.py)."""

import unicodedata

import pytest
from text_unidecode import unidecode

from partnership_portal.slugs import slug_from_title
from tests.factories import SuperuserFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLES = [
    "Đoàn đại biểu Đà Nẵng",
    "Hội thảo Luật Tương trợ tư pháp về hình sự",
    "ĐOÀN CÔNG TÁC TẠI LÀO",
    "ư ơ ă â ê ô đ Đ",
    "ặ ỗ ữ ậ ẫ ệ ộ ợ ự ỹ ỵ",
    "Thông tư số 01/2020/TT-BTP: hướng dẫn (sửa đổi)",
    "Women's rights and “access” to justice — 2021",
    "Women’s rights",
    "1,000 cán bộ tư pháp được đào tạo; 2.5 triệu USD",
    "  khoảng   trắng  ",
    "Ghi chú & phụ lục &amp; mục lục &#39;x&#x41;",
    "€5 ½ x² ﬁ ß æ ø ł œ Ğü Ω Москва",
    "???",
    "Hội nghị thường niên Nhóm quan hệ đối tác pháp luật năm 2020 về cải cách tư pháp và "
    "xây dựng pháp luật tại Việt Nam",
    "Chương trình hỗ trợ kỹ thuật dài hạn giai đoạn 2021-2025 của Cơ quan Hợp tác Quốc tế "
    "Nhật Bản JICA",
    "a" * 79 + " b",
    "a" * 85,
    "ngắn " + "b" * 90 + " cuối",
]

# The ranges whose characters slugs.js transliterates like text-unidecode does.
RANGES = [(0x80, 0x530), (0x1E00, 0x1F00), (0x2000, 0x2190)]


def login(page):
    SuperuserFactory(username="secretariat")
    page.goto("/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")


def slugs_in_browser(page, titles):
    page.goto("/admin/login/")
    page.add_script_tag(url="/static/admin/portal/slugs.js")
    return page.evaluate("titles => titles.map(t => window.portalSlugFromTitle(t))", titles)


def test_javascript_slug_equals_server_slug_for_a_table_of_titles(page):
    expected = [slug_from_title(title) for title in TITLES]
    assert slugs_in_browser(page, TITLES) == expected
    assert expected[0] == "doan-dai-bieu-da-nang"


def test_javascript_transliterates_every_character_as_the_server_does(page):
    """Each character of the covered ranges (the table in slugs.js) between two letters."""
    chars = [chr(c) for a, b in RANGES for c in range(a, b)]
    # Sanity: the ranges hold characters the server turns into letters.
    assert unidecode(unicodedata.normalize("NFKD", "Đ")) == "D"
    titles = [f"a{ch}b" for ch in chars]
    got = slugs_in_browser(page, titles)
    wrong = {
        f"U+{ord(ch):04X}": (js, slug_from_title(title))
        for ch, title, js in zip(chars, titles, got, strict=True)
        if js != slug_from_title(title)
    }
    assert wrong == {}


def type_title(page, field_id, text):
    """Show the language tab holding the field, then type (prepopulate listens to keyup)."""
    panel = page.locator(f"#{field_id}").evaluate("e => e.closest('.ui-tabs-panel').id")
    page.locator(f'.ui-tabs-nav a[href="#{panel}"]').click()
    page.locator(f"#{field_id}").press_sequentially(text)


ADD_FORMS = [
    # (add form, source field, title vi, title en)
    ("/admin/news/post/add/", "title",
     "Hội thảo Luật Tương trợ tư pháp về hình sự", "Workshop on the Law on Legal Assistance"),
    ("/admin/news/category/add/", "name", "Hoạt động của Nhóm", "Group's activities"),
    ("/admin/forums/event/add/", "title",
     "Đoàn đại biểu Đà Nẵng thăm Bộ", "Đà Nẵng delegation visits the Ministry"),
    ("/admin/cooperation/agreement/add/", "title",
     "Bản ghi nhớ về hợp tác pháp luật: ặ ỗ ữ", "Memorandum on legal co-operation"),
    ("/admin/cooperation/partner/add/", "name",
     "Cơ quan Hợp tác Quốc tế Hàn Quốc", "Korea International Cooperation Agency"),
    ("/admin/cooperation/project/add/", "title",
     "Dự án tăng cường năng lực tư pháp", "Strengthening judicial capacity"),
    ("/admin/cooperation/cooperationneed/add/", "title",
     "Nhu cầu hỗ trợ kỹ thuật về bồi thường nhà nước", "Technical assistance: state liability"),
    ("/admin/documents/document/add/", "title",
     "Báo cáo thường niên năm 2020 (ư ơ ă â ê ô)", "Annual report 2020"),
]


def test_slug_fills_in_while_typing_vietnamese_titles_in_both_language_tabs(page):
    login(page)
    for url, source, title_vi, title_en in ADD_FORMS:
        page.goto(url)
        type_title(page, f"id_{source}_vi", title_vi)
        type_title(page, f"id_{source}_en", title_en)
        assert (url, page.input_value("#id_slug_vi")) == (url, slug_from_title(title_vi))
        assert (url, page.input_value("#id_slug_en")) == (url, slug_from_title(title_en))
