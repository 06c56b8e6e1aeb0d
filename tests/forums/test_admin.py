from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from forums.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def event_data(**extra):
    data = {
        "kind": "survey_delegation", "title_vi": "Đoàn khảo sát", "title_en": "Survey",
        "slug_vi": "", "slug_en": "", "theme_vi": "", "theme_en": "", "summary_vi": "",
        "summary_en": "", "body_vi": "", "body_en": "", "outcomes_vi": "", "outcomes_en": "",
        "start_0": "03/10/2024", "start_1": "08:00:00", "end_0": "04/10/2024", "end_1": "17:00:00",
        "mode": "in_person", "venue_name_vi": "", "venue_name_en": "", "address": "",
        "city_vi": "", "city_en": "", "country": "", "stage": "scheduled", "stage_note_vi": "",
        "stage_note_en": "", "delegates": "", "status": "published",
        "publish_at_0": "01/09/2024", "publish_at_1": "08:00:00",
    }
    for prefix in ("organisers", "people", "agenda", "photos"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0",
                     f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
    data.update(extra)
    return data


def test_fifth_survey_delegation_is_saved_with_a_warning(admin_client):
    for month in (1, 3, 5, 7):
        EventFactory(kind="survey_delegation", start=datetime(2024, month, 3, tzinfo=HANOI),
                     end=datetime(2024, month, 4, tzinfo=HANOI))
    response = admin_client.post(reverse("admin:forums_event_add"), event_data(),
                                 HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert Event.objects.count() == 5
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("5 survey delegations in 2024: the limit is 4 a year." in t for t in texts)


def test_end_before_start_is_refused_with_a_message(admin_client):
    response = admin_client.post(reverse("admin:forums_event_add"),
                                 event_data(end_0="01/10/2024"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end"] == [
        "The event cannot end before it starts."]
    assert Event.objects.count() == 0


def test_rhythm_page_flags_empty_quarters(admin_client):
    EventFactory(kind="seminar", start=datetime(2020, 8, 31, 9, tzinfo=HANOI),
                 end=datetime(2020, 8, 31, 11, tzinfo=HANOI))
    response = admin_client.get(reverse("admin:forums_event_rhythm"), {"year": "2020"},
                                HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Quarters 1, 2, 4 have no thematic conference or seminar." in html
    assert admin_client.get(reverse("admin:forums_event_rhythm"), {"year": "x"}).status_code == 200


@pytest.mark.parametrize("year", ["²", "٣", "99999", "-1", ""])
def test_rhythm_page_survives_odd_years(admin_client, year):
    response = admin_client.get(reverse("admin:forums_event_rhythm"), {"year": year})
    assert response.status_code == 200
