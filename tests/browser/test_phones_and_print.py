"""Phones, print and the web font: every page type reflows at 320 CSS px (WCAG 1.4.10), the
header stays compact with a menu that needs no JavaScript, form controls are large enough not
to make phones zoom, print drops the screen-only parts, and the font swap moves nothing.

Screenshots go to test-artifacts/ for a person to look at."""

import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.utils import timezone, translation

from cooperation.models import Area, CooperationNeed, Project
from tests.factories import (
    AgreementFactory,
    DocumentFactory,
    DocumentFileFactory,
    EventFactory,
    PageFactory,
    PartnerOrganisationFactory,
    PostFactory,
    sign,
)

pytestmark = pytest.mark.django_db(transaction=True)

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LONG_NAME_EN = (
    "International Organisation for the Harmonisation and Unification of Private Commercial "
    "Law and Judicial Cooperation in Civil Matters"
)
LONG_NAME_VI = (
    "Tổ chức quốc tế về hài hòa và thống nhất pháp luật thương mại tư và hợp tác tư pháp "
    "trong lĩnh vực dân sự"
)


def _urls(item):
    urls = {}
    for code in ("vi", "en"):
        with translation.override(code):
            urls[code] = item.get_absolute_url()
    return urls


@pytest.fixture
def site(category):
    """One published item of every kind, with the long names and words that widen pages."""
    PageFactory()
    post = PostFactory(
        category=category,
        title_vi="Đoàn công tác sang Lào",
        title_en="Working delegation to Laos",
        body_vi='<p>Xem <a href="https://moj.gov.vn/qt/tintuc">Cổng thông tin Bộ Tư pháp</a>.</p>',
        body_en='<p>See <a href="https://moj.gov.vn/qt/tintuc">the Ministry portal</a>.</p>',
    )
    PostFactory.create_batch(2, category=category)
    document = DocumentFileFactory(document=DocumentFactory(title_vi="Bản tin quý III/2020")).document
    post.documents.set([document])
    moj = PartnerOrganisationFactory(name_vi="Bộ Tư pháp", name_en="Ministry of Justice",
                                     kind="vn_agency", country="VN")
    partner = PartnerOrganisationFactory(name_vi=LONG_NAME_VI, name_en=LONG_NAME_EN,
                                         kind="organisation", country="NL")
    agreement = AgreementFactory(
        parties=[moj, partner], valid_from=date(2021, 1, 1), valid_until=date(2025, 12, 31),
        title_vi="Bản ghi nhớ hợp tác về pháp luật thương mại quốc tế và tương trợ tư pháp",
        title_en="Memorandum of understanding on international commercial law and legal assistance",
    )
    sign(agreement, moj, date(2020, 12, 1))
    sign(agreement, partner, date(2020, 12, 1))
    area = Area.objects.create(slug="legal-aid", name_vi="Trợ giúp pháp lý", name_en="Legal aid")
    need = CooperationNeed.objects.create(
        title_vi="Số hóa trợ giúp pháp lý", title_en="Digital legal aid", description_vi="Mô tả.",
        agency=moj, area=area, start_year=2025, end_year=2027, status="published")
    project = Project.objects.create(
        title_vi="Dự án tăng cường tiếp cận công lý", title_en="Access to justice project",
        kind="project", status="published", publish_at=timezone.now() - timedelta(days=1))
    event = EventFactory(kind="annual_forum", title_vi="Diễn đàn đối tác pháp luật 2024",
                         title_en="Legal Partnership Forum 2024")
    from partnership_portal import search

    search.rebuild()
    return {
        "post": _urls(post), "document": _urls(document), "agreement": _urls(agreement),
        "partner": _urls(partner), "need": _urls(need), "project": _urls(project),
        "event": _urls(event),
    }


LISTS = {
    "vi": ["/vi/", "/vi/tin-tuc/", "/vi/tai-lieu/", "/vi/hop-tac/", "/vi/hop-tac/thoa-thuan/",
           "/vi/hop-tac/doi-tac/", "/vi/hop-tac/du-an/", "/vi/hop-tac/nhu-cau/", "/vi/dien-dan/",
           "/vi/tim-kiem/?q=hop+tac", "/vi/tai-khoan/dang-nhap/", "/vi/gioi-thieu/",
           "/vi/khong-co-trang-nay/"],
    "en": ["/en/", "/en/news/", "/en/documents/", "/en/cooperation/",
           "/en/cooperation/agreements/", "/en/cooperation/partners/",
           "/en/cooperation/projects/", "/en/cooperation/needs/", "/en/forums/",
           "/en/search/?q=cooperation", "/en/account/sign-in/", "/en/about/",
           "/en/no-such-page/"],
}


def _phone(browser, live_server, width, height=844, **options):
    context = browser.new_context(locale="vi-VN", base_url=live_server.url,
                                  viewport={"width": width, "height": height}, **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


def _shot(page, name, **options):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), **options)


@pytest.mark.parametrize("width", [320, 390])
def test_every_page_type_reflows_without_sideways_scrolling(browser, live_server, site, width):
    context, page = _phone(browser, live_server, width)
    paths = LISTS["vi"] + LISTS["en"] + [url for urls in site.values() for url in urls.values()]
    too_wide = {}
    for path in paths:
        page.goto(path)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if scroll_width > page.evaluate("innerWidth"):
            too_wide[path] = scroll_width
    page.goto("/en/cooperation/agreements/")
    _shot(page, f"phone-{width}-register-en", full_page=True)
    page.goto(site["agreement"]["vi"])
    _shot(page, f"phone-{width}-agreement-vi", full_page=True)
    context.close()
    assert too_wide == {}


def test_header_takes_under_a_quarter_of_a_phone_screen(browser, live_server, site):
    context, page = _phone(browser, live_server, 390)
    for path in ("/vi/", "/en/cooperation/agreements/"):
        page.goto(path)
        height = page.locator("header.site-header").bounding_box()["height"]
        assert height < 0.25 * 844, (path, height)
    _shot(page, "phone-390-header")
    context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_phone_menu_opens_with_and_without_javascript(browser, live_server, site, javascript):
    context, page = _phone(browser, live_server, 390, java_script_enabled=javascript)
    page.goto("/en/news/")
    nav = page.get_by_role("navigation", name="Main")
    assert not nav.get_by_role("link", name="Forums").is_visible()
    nav.locator("summary").click()
    nav.get_by_role("link", name="Forums").click()
    page.wait_for_url("**/en/forums/")
    context.close()


def test_wide_screens_show_the_menu_without_a_menu_button(browser, live_server, site):
    context, page = _phone(browser, live_server, 1280, 800)
    page.goto("/en/news/")
    nav = page.get_by_role("navigation", name="Main")
    assert nav.get_by_role("link", name="Forums").is_visible()
    assert not nav.locator("summary").is_visible()
    _shot(page, "desktop-1280-news")
    page.goto("/vi/hop-tac/thoa-thuan/")
    _shot(page, "desktop-1280-register-vi")
    context.close()


SCREEN_ONLY = [".site-search", ".main-nav", ".lang-switcher", ".subnav", ".filter-form",
               ".prev-next", ".related", ".site-footer"]


def test_print_keeps_the_content_and_drops_screen_only_parts(browser, live_server, site):
    context, page = _phone(browser, live_server, 800, 1100)
    page.emulate_media(media="print")
    printed = {"news": site["post"]["en"], "event": site["event"]["vi"],
               "agreement": site["agreement"]["en"], "register": "/vi/hop-tac/thoa-thuan/"}
    for name, path in printed.items():
        page.goto(path)
        for selector in SCREEN_ONLY:
            for element in page.locator(selector).all():
                assert not element.is_visible(), (path, selector)
        assert page.locator("h1").is_visible()
        brand = page.locator(".brand-name")
        assert brand.is_visible()
        assert brand.evaluate("e => getComputedStyle(e).color") == "rgb(0, 0, 0)"
        _shot(page, f"print-{name}", full_page=True)
    page.goto(site["post"]["en"])
    after = page.locator(".prose a").evaluate("a => getComputedStyle(a, '::after').content")
    assert "https://moj.gov.vn/qt/tintuc" in after
    page.goto("/vi/hop-tac/thoa-thuan/")
    rows = page.locator(".register tbody tr").first
    assert rows.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    context.close()


@pytest.mark.parametrize("path", ["/en/cooperation/agreements/", "/vi/tim-kiem/?q=hop+tac"])
@pytest.mark.parametrize("width", [390, 1280])
def test_form_controls_have_16px_text_and_44px_height(browser, live_server, site, path, width):
    context, page = _phone(browser, live_server, width)
    page.goto(path)
    controls = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), select, button')]
            .filter(e => e.getClientRects().length)
            .map(e => ({id: e.id || e.name || e.textContent.trim(),
                        size: parseFloat(getComputedStyle(e).fontSize),
                        height: e.getBoundingClientRect().height}))"""
    )
    assert len(controls) >= 3
    small = [c for c in controls if c["size"] < 16 or c["height"] < 44]
    context.close()
    assert small == []


def test_fonts_used_above_the_fold_are_preloaded(browser, live_server, site):
    context, page = _phone(browser, live_server, 390)
    for path, faces in (
        ("/vi/", {"latin-400-normal", "latin-700-normal", "vietnamese-400-normal",
                  "vietnamese-700-normal"}),
        ("/en/", {"latin-400-normal", "latin-700-normal", "vietnamese-400-normal"}),
    ):
        page.goto(path)
        preloaded = page.evaluate(
            "[...document.querySelectorAll('link[rel=preload][as=font]')].map(l => l.href)")
        assert {href.rsplit("be-vietnam-pro-", 1)[1].removesuffix(".woff2")
                for href in preloaded} == faces
    context.close()


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)])
def test_font_swap_does_not_shift_the_layout(browser, live_server, site, width, height):
    """The web font arrives late on purpose; preloads and the fallback's metrics keep text
    where it is (a news item on a phone shifted by 0.28 without them)."""
    context, page = _phone(browser, live_server, width, height)

    def slow_font(route):
        time.sleep(0.6)
        route.continue_()

    page.route("**/*.woff2", slow_font)
    page.add_init_script(
        "window.__cls = 0; new PerformanceObserver(list => { for (const e of list.getEntries())"
        " if (!e.hadRecentInput) window.__cls += e.value; })"
        ".observe({type: 'layout-shift', buffered: true});"
    )
    shifts = {}
    for path in ("/en/news/", "/en/cooperation/agreements/", site["post"]["vi"]):
        page.goto(path)
        page.evaluate("document.fonts.ready")
        page.wait_for_timeout(300)
        shifts[path] = page.evaluate("window.__cls")
    context.close()
    assert all(value < 0.05 for value in shifts.values()), shifts
