"""The secretariat's journey: change a live post without readers seeing it, preview, compare,
publish; then compare two versions in the history and restore the older one."""

import pytest

from news.models import Post
from tests.browser.test_csp import watch_csp
from tests.factories import PostFactory, SuperuserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page):
    page.goto("/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")


def wait_for_editors(page):
    page.wait_for_function(
        "() => window.CKEDITOR && ['id_body_vi', 'id_body_en'].every("
        "id => CKEDITOR.instances[id] && CKEDITOR.instances[id].status === 'ready')"
    )


def show_tab_of(page, field_id):
    panel = page.locator(f"#{field_id}").evaluate("e => e.closest('.ui-tabs-panel').id")
    page.locator(f'.ui-tabs-nav a[href="#{panel}"]').click()


def test_live_post_changed_previewed_compared_published_then_restored(
        page, browser, live_server, category):
    SuperuserFactory(username="secretariat")
    post = PostFactory(category=category, title_vi="Tiêu đề đang công bố",
                       title_en="The published title")
    reader = browser.new_context(base_url=live_server.url)
    reader_page = reader.new_page()
    public_en = f"/en/news/{post.slug_en}/"
    assert "The published title" in reader_page.goto(public_en).text()

    console = watch_csp(page)
    sign_in(page)
    change = f"/admin/news/post/{post.pk}/change/"
    page.goto(change)
    wait_for_editors(page)
    show_tab_of(page, "id_title_en")
    page.fill("#id_title_en", "The title being prepared")
    page.locator("input[name=_save_pending]").click()
    page.wait_for_selector(".revisions-pending")
    assert page.input_value("#id_title_en") == "The title being prepared"

    # Readers (and the page cache) still get the published text.
    assert "The published title" in reader_page.goto(public_en).text()

    with page.expect_popup() as popup:
        page.get_by_role("link", name="EN", exact=True).click()
    preview = popup.value
    preview.wait_for_load_state()
    assert "The title being prepared" in preview.content()
    preview.close()

    page.get_by_role("link", name="So sánh với phiên bản đang công bố").click()
    assert "The title being prepared" in page.content()
    assert "The published title" in page.content()
    page.get_by_role("link", name="Quay lại các thay đổi chưa công bố").click()
    wait_for_editors(page)
    page.get_by_role("button", name="Công bố các thay đổi").click()
    page.wait_for_selector(".messagelist")
    assert Post.objects.get().title_en == "The title being prepared"
    assert "The title being prepared" in reader_page.goto(public_en).text()

    # Two versions now (the first save made none: the post came from a factory): save once
    # more, compare the two latest, restore the older one.
    page.goto(change)
    wait_for_editors(page)
    show_tab_of(page, "id_title_en")
    page.fill("#id_title_en", "A wrong title")
    page.locator("input[name=_save]").last.click()
    page.wait_for_url("**/admin/news/post/")
    page.goto(f"/admin/news/post/{post.pk}/history/")
    page.get_by_role("button", name="So sánh").click()
    assert "A wrong title" in page.content()
    page.get_by_role("link", name="Khôi phục phiên bản lúc", exact=False).click()
    wait_for_editors(page)
    page.locator("input[name=_save]").last.click()
    page.wait_for_url("**/admin/news/post/")
    assert Post.objects.get().title_en == "The title being prepared"

    assert page.evaluate("window.__cspViolations") == []
    assert console == []
    reader.close()


def test_a_deleted_agreement_is_recovered_with_its_signatures(page):
    from datetime import date

    from cooperation.models import Agreement
    from tests.factories import AgreementFactory, PartnerOrganisationFactory, sign

    SuperuserFactory(username="secretariat")
    agreement = AgreementFactory(title_vi="Bản ghi nhớ với Bộ Tư pháp Lào")
    party = PartnerOrganisationFactory()
    agreement.parties.add(party)
    sign(agreement, party, date(2020, 10, 27))
    console = watch_csp(page)
    sign_in(page)
    page.goto(f"/admin/cooperation/agreement/{agreement.pk}/change/")
    page.locator("input[name=_save]").last.click()
    page.wait_for_url("**/admin/cooperation/agreement/")
    page.goto(f"/admin/cooperation/agreement/{agreement.pk}/delete/")
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/cooperation/agreement/")
    assert not Agreement.objects.exists()

    page.locator("a.recoverlink").click()
    page.get_by_role("row", name="Bản ghi nhớ với Bộ Tư pháp Lào").get_by_role("link").click()
    page.locator("input[name=_save]").last.click()
    page.wait_for_url("**/admin/cooperation/agreement/")
    recovered = Agreement.objects.get()
    assert recovered.signatures.count() == 1
    assert page.evaluate("window.__cspViolations") == []
    assert console == []
