"""The admin's editing comfort, as an editor sees it in the browser."""

import pytest

from tests.factories import SuperuserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_title_inputs_are_wide_enough_for_long_titles(page):
    SuperuserFactory(username="secretariat")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto("/admin/cooperation/agreement/add/")
    title = page.locator("#id_title_vi")
    assert title.get_attribute("maxlength") == "300"
    # Django's default is 20em (about 260 px); a 300-character title needs the line's width.
    assert title.bounding_box()["width"] >= 600
    slug = page.locator("#id_slug_vi")
    assert slug.bounding_box()["width"] >= 400
