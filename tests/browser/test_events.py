from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db(transaction=True)
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def test_filter_events_by_year_and_open_one(page):
    EventFactory(title_en="Workshop on foreign judgments",
                 start=datetime(2020, 9, 25, 8, 30, tzinfo=HANOI),
                 end=datetime(2020, 9, 25, 11, 30, tzinfo=HANOI))
    EventFactory(title_en="Seminar on e-justice", start=datetime(2023, 5, 10, 8, tzinfo=HANOI),
                 end=datetime(2023, 5, 10, 11, tzinfo=HANOI))
    page.goto("/en/forums/")
    page.get_by_label("Year").select_option("2020")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/forums/?*year=2020*")
    past = page.locator("section[aria-labelledby=past-heading] .card")
    assert past.count() == 1
    past.get_by_role("link", name="Workshop on foreign judgments").click()
    assert page.locator("h1").inner_text() == "Workshop on foreign judgments"
    assert "This event has taken place." in page.locator("main").inner_text()
    assert "25 September 2020" in page.locator("main").inner_text()
