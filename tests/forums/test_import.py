"""Events imported from, and exported to, spreadsheets in the admin."""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from forums.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
XLSX, CSV = "0", "1"
HEADER = ["slug_vi", "title_vi", "title_en", "kind", "start", "end", "city_vi", "country",
          "body_vi", "status"]


def csv_bytes(rows):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def upload(client, content, name="events.csv", file_format=CSV):
    return client.post(reverse("admin:forums_event_import"),
                       {"resource": "0", "format": file_format,
                        "import_file": SimpleUploadedFile(name, content)},
                       HTTP_ACCEPT_LANGUAGE="en")


def confirm(client, response):
    form = response.context["confirm_form"]
    return client.post(reverse("admin:forums_event_process_import"),
                       {name: form.initial[name] for name in form.fields})


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def row(slug="hoi-thao-da-nang", **changes):
    values = {"slug_vi": slug, "title_vi": "Hội thảo tại Đà Nẵng", "title_en": "Seminar in Da Nang",
              "kind": "seminar", "start": "2024-10-03 08:00", "end": "2024-10-03 11:30",
              "city_vi": "Đà Nẵng", "country": "VN", "body_vi": "<p>Chương trình</p>",
              "status": ""}
    values.update(changes)
    return [values[c] for c in HEADER]


def test_valid_file_creates_draft_events_in_hanoi_time(admin_client):
    preview = upload(admin_client, csv_bytes([HEADER, row(), row("khao-sat", kind="survey_delegation")]))
    assert preview.context["result"].totals["new"] == 2
    assert Event.objects.count() == 0  # dry run
    assert confirm(admin_client, preview).status_code == 302
    event = Event.objects.get(slug_vi="hoi-thao-da-nang")
    assert event.start == datetime(2024, 10, 3, 8, 0, tzinfo=HANOI)
    assert event.status == "draft" and event.country.code == "VN"
    assert event.slug_en == "seminar-in-da-nang"


def test_one_bad_row_saves_nothing_and_names_row_and_column(admin_client):
    content = csv_bytes([HEADER, row(), row("sai", start="03/10/2024 8h", end="2024-10-02 08:00"),
                         row("sai-2", kind="party")])
    response = upload(admin_client, content)
    html = response.content.decode()
    assert not response.context.get("confirm_form")
    assert "Row 3, column start: “03/10/2024 8h” is not a date and time written as 2024-10-03 08:00." in html
    assert "Row 4, column kind:" in html
    assert Event.objects.count() == 0


def test_end_before_start_is_reported(admin_client):
    html = upload(admin_client, csv_bytes([HEADER, row(end="2024-10-02 08:00")])).content.decode()
    assert "Row 2, column end: The event cannot end before it starts." in html


def test_export_then_import_changes_nothing(admin_client):
    EventFactory(title_vi="Hội thảo", title_en="-2 seminar", city_vi="Hà Nội", country="VN",
                 start=datetime(2024, 10, 3, 8, 0, 17, tzinfo=HANOI),
                 end=datetime(2024, 10, 3, 11, 0, tzinfo=HANOI))
    before = Event.objects.get().sequence
    for file_format, name in ((CSV, "e.csv"), (XLSX, "e.xlsx")):
        exported = admin_client.post(reverse("admin:forums_event_export"),
                                     {"resource": "0", "format": file_format,
                                      **{f"eventresource_{f}": "on" for f in
                                         ("slug_vi", "title_vi", "title_en", "kind", "start",
                                          "end", "city_vi", "country", "status", "publish_at")}})
        preview = upload(admin_client, exported.content, name=name, file_format=file_format)
        result = preview.context["result"]
        assert not result.has_validation_errors() and not result.has_errors()
        assert (result.totals["skip"], result.totals["update"]) == (1, 0)
        confirm(admin_client, preview)
    assert Event.objects.get().sequence == before  # calendars see no new revision


def test_csv_export_neutralises_formula_cells(admin_client):
    EventFactory(title_vi="@SUM(A1)", title_en="=1+1")
    response = admin_client.post(reverse("admin:forums_event_export"),
                                 {"resource": "0", "format": CSV,
                                  "eventresource_title_vi": "on", "eventresource_title_en": "on"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1] == ["'@SUM(A1)", "'=1+1"]


def test_event_list_offers_import_export_and_the_rhythm_page(admin_client):
    html = admin_client.get(reverse("admin:forums_event_changelist"),
                            HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert reverse("admin:forums_event_import") in html
    assert reverse("admin:forums_event_export") in html
    assert reverse("admin:forums_event_rhythm") in html
    assert "Nhập từ bảng tính" in html
