import io

import pytest
from django.core.management import call_command

from reports.models import QuarterlyReport
from reports.services import report_regenerate


@pytest.fixture
def demo_q3_2020(db):
    """The Q III/2020 report drafted from the demo data (seed 004's quarter)."""
    call_command("load_demo", stdout=io.StringIO())
    return report_regenerate(QuarterlyReport.objects.create(
        year=2020, quarter=3, number="45/BC-HTQT",
        addressee_vi="Thứ trưởng Nguyễn Khánh Ngọc",
        addressee_en="Deputy Minister Nguyễn Khánh Ngọc",
    ))
