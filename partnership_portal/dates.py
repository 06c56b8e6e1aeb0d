"""Dates known only to a year or a month: shown, sent in exports and marked up exactly as
precisely as they are known (a year-only signature is stored as 1 January of that year)."""

from django.utils.formats import date_format

DAY, MONTH, YEAR = "day", "month", "year"
# Coarsest first: when two facts meet (a tie between signatures), the coarser one wins.
PRECISIONS = (YEAR, MONTH, DAY)


def coarser(*precisions):
    """The least precise of these precisions (a date is known no better than its parts)."""
    known = [p for p in precisions if p]
    return min(known, key=PRECISIONS.index) if known else DAY


def iso(value, precision=DAY) -> str:
    """ISO 8601 reduced precision: "2023", "2020-12" or "2020-12-01" (also valid for the
    HTML `<time datetime>` attribute)."""
    if not value:
        return ""
    if precision == YEAR:
        return f"{value.year:04d}"
    if precision == MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def display(value, precision=DAY, short=False) -> str:
    """As the reader's language writes it: "2023"; "12/2020" or "December 2020"; a full date
    (the short format in tables). English formats use words for months, never 01/12/2020."""
    if not value:
        return ""
    if precision == YEAR:
        return str(value.year)
    if precision == MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "SHORT_DATE_FORMAT" if short else "DATE_FORMAT")
