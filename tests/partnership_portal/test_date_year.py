"""`DateYear` gives the same years as Django's ExtractYear, on SQLite without calling Python
once a row."""

from datetime import date

import pytest
from django.db.models import Count, F
from django.db.models.functions import ExtractYear

from cooperation.models import Agreement
from partnership_portal.expressions import DateYear
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


def test_date_year_equals_extract_year_including_missing_dates():
    for day in (date(1998, 1, 1), date(2020, 12, 31), date(2024, 2, 29), None):
        AgreementFactory(valid_from=day)
    rows = Agreement.objects.annotate(
        ours=DateYear("valid_from"), django=ExtractYear("valid_from"),
        shifted=DateYear(F("valid_from")),
    ).values_list("ours", "django", "shifted")
    assert sorted(rows, key=lambda row: row[1] or 0) == [
        (None, None, None), (1998, 1998, 1998), (2020, 2020, 2020), (2024, 2024, 2024)]


def test_date_year_groups_and_filters_like_a_column():
    AgreementFactory(valid_from=date(2019, 5, 1))
    AgreementFactory(valid_from=date(2019, 11, 30))
    AgreementFactory(valid_from=date(2021, 1, 2))
    per_year = dict(Agreement.objects.annotate(year=DateYear("valid_from"))
                    .values("year").order_by("year").annotate(n=Count("pk"))
                    .values_list("year", "n"))
    assert per_year == {2019: 2, 2021: 1}
    assert Agreement.objects.annotate(year=DateYear("valid_from")).filter(year=2019).count() == 2
