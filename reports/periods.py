"""Reporting periods: a quarter, or a whole year for the annual report."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None  # None: the whole year

    @property
    def first_day(self):
        return date(self.year, 3 * self.quarter - 2 if self.quarter else 1, 1)

    @property
    def last_day(self):
        if not self.quarter or self.quarter == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.quarter + 1, 1) - timedelta(days=1)

    def bounds(self):
        """[start, end) as aware datetimes in Hanoi time, for filtering date-time fields."""
        tz = timezone.get_default_timezone()
        return (datetime.combine(self.first_day, time.min, tz),
                datetime.combine(self.last_day + timedelta(days=1), time.min, tz))

    def following(self):
        if not self.quarter:
            return Period(self.year + 1)
        if self.quarter == 4:
            return Period(self.year + 1, 1)
        return Period(self.year, self.quarter + 1)

    @property
    def quarters_so_far(self):
        """The quarters of the year up to the end of this period."""
        return range(1, (self.quarter or 4) + 1)

    def label(self):
        """"Quý III/2020" / "Q III/2020", or "năm 2020" / "2020": in the active language."""
        if not self.quarter:
            return _("the year %(year)s") % {"year": self.year}
        return _("Q %(quarter)s/%(year)s") % {"quarter": ROMAN[self.quarter], "year": self.year}
