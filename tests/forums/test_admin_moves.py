"""Moving an event in the admin warns the editor when its agenda keeps the old times."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.factories import AgendaItemFactory, EventFactory
from tests.forums.test_admin import event_data

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def seminar():
    event = EventFactory(kind="seminar", title_vi="Đoàn khảo sát", title_en="Survey",
                         start=datetime(2024, 10, 3, 8, tzinfo=HANOI),
                         end=datetime(2024, 10, 4, 17, tzinfo=HANOI))
    AgendaItemFactory(event=event, time=time(8, 30), order=1)
    AgendaItemFactory(event=event, time=time(10, 0), order=2)
    return event


def agenda_data(event, **changes):
    items = list(event.agenda.all())
    data = {"agenda-TOTAL_FORMS": str(len(items)), "agenda-INITIAL_FORMS": str(len(items))}
    for i, item in enumerate(items):
        data.update({
            f"agenda-{i}-id": str(item.pk), f"agenda-{i}-event": str(event.pk),
            f"agenda-{i}-time": item.time.strftime("%H:%M:%S"),
            f"agenda-{i}-title_vi": item.title_vi, f"agenda-{i}-title_en": item.title_en,
            f"agenda-{i}-speakers": "", f"agenda-{i}-order": str(item.order),
        })
    data.update(changes)
    return data


def save(client, event, **fields):
    data = event_data(kind="seminar", **fields)
    data.update(agenda_data(event, **fields))
    response = client.post(reverse("admin:forums_event_change", args=[event.pk]), data,
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302, response.context["adminform"].form.errors
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_moving_an_event_warns_that_the_agenda_kept_its_times(client, staff, seminar):
    client.force_login(staff)
    texts = save(client, seminar, start_0="05/10/2024", start_1="14:00:00",
                 end_0="05/10/2024", end_1="17:00:00")
    assert any("now starts on 05/10/2024 at 14:00, but its agenda times were not changed "
               "(first item at 08:30)" in t for t in texts)
    # Warned, not shifted: the agenda is the editor's to fix.
    assert [i.time for i in seminar.agenda.all()] == [time(8, 30), time(10, 0)]


def test_moving_an_event_together_with_its_agenda_gives_no_warning(client, staff, seminar):
    client.force_login(staff)
    texts = save(client, seminar, start_0="05/10/2024", start_1="14:00:00",
                 end_0="05/10/2024", end_1="17:00:00",
                 **{"agenda-0-time": "14:30:00", "agenda-1-time": "16:00:00"})
    assert not any("agenda times were not changed" in t for t in texts)


def test_saving_an_event_without_moving_it_gives_no_warning(client, staff, seminar):
    client.force_login(staff)
    texts = save(client, seminar, title_en="Survey delegation")
    assert not any("agenda times were not changed" in t for t in texts)
