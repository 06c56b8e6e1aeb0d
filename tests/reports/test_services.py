from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from documents.models import Access, Document
from reports.models import QuarterlyReport
from reports.services import report_file_into_library, report_regenerate
from tests.factories import PostFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

HANOI = timezone.get_default_timezone()


def at(*args):
    return datetime(*args, tzinfo=HANOI)


def test_regenerating_data_never_overwrites_the_narrative():
    report = report_regenerate(QuarterlyReport.objects.create(year=2020, quarter=3))
    report.results_summary_vi = "Nội dung do Tổ thư ký viết."
    report.limitations_en = "Written by the secretariat."
    report.save()
    PostFactory(title_en="A later post of the quarter", publish_at=at(2020, 9, 30, 10))

    report_regenerate(report)
    report.refresh_from_db()

    assert report.results_summary_vi == "Nội dung do Tổ thư ký viết."
    assert report.limitations_en == "Written by the secretariat."
    titles = [p["title"] for g in report.snapshot["en"]["news"] for p in g["posts"]]
    assert titles == ["A later post of the quarter"]


def test_empty_narrative_is_prefilled_in_both_languages():
    PostFactory(publish_at=at(2020, 8, 1, 9))
    report = report_regenerate(QuarterlyReport.objects.create(year=2020, quarter=3))

    assert report.introduction_vi.endswith("Quý III/2020 như sau:")
    assert "Q III/2020" in report.introduction_en
    assert "1 news item was published" in report.results_summary_en
    assert report.agency_vi == "BỘ TƯ PHÁP\nVỤ HỢP TÁC QUỐC TẾ"
    assert report.place_en == "Hanoi"
    assert "Quý IV/2020" in report.plan_text_vi
    # Seminars are due every quarter: quarters I-III had none.
    assert report.limitations_en == (
        "No thematic conference or seminar was held in quarter(s) I, II, III.")


def test_filing_into_the_library_creates_a_quarterly_report_with_the_chosen_access():
    staff = SuperuserFactory()
    report = report_regenerate(QuarterlyReport.objects.create(
        year=2020, quarter=3, date=date(2020, 10, 5), library_access=Access.PARTNERS))

    document = report_file_into_library(report, user=staff)

    assert document.kind.code == "quarterly-report"
    assert document.access == Access.PARTNERS
    assert (document.year, document.quarter, document.issued_on) == (2020, 3, date(2020, 10, 5))
    assert document.is_public
    assert document.title_vi == "Báo cáo của Nhóm quan hệ đối tác pháp luật, Quý III/2020"
    files = {f.language: f for f in document.files.all()}
    assert set(files) == {"vi", "en"}
    assert files["vi"].original_name == "bao-cao-q3-2020-vi.pdf"
    assert files["vi"].file.read(5) == b"%PDF-"


def test_filing_again_keeps_the_earlier_pdf_as_a_version():
    staff = SuperuserFactory()
    report = report_regenerate(QuarterlyReport.objects.create(year=2020, quarter=3))
    first = report_file_into_library(report, user=staff)

    report.proposals_en = "A proposal added after filing."
    report.save()
    second = report_file_into_library(report, user=staff)

    assert second.pk == first.pk
    assert Document.objects.count() == 1
    english = second.files.get(language="en")
    assert english.versions.count() == 1


def test_annual_report_covers_the_whole_year_and_plans_the_next():
    PostFactory(title_en="January post", publish_at=at(2021, 1, 5, 9))
    PostFactory(title_en="December post", publish_at=at(2021, 12, 31, 23))
    PostFactory(title_en="Next year's post", publish_at=timezone.now() - timedelta(days=1))
    report = report_regenerate(QuarterlyReport.objects.create(year=2021))

    data = report.snapshot["en"]
    titles = [p["title"] for g in data["news"] for p in g["posts"]]
    assert titles == ["January post", "December post"]
    assert (data["period"], data["next_period"]) == ("the year 2021", "the year 2022")
    assert str(report) == "Báo cáo năm 2021 của Nhóm quan hệ đối tác pháp luật"
