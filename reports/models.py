"""Quarterly and annual report drafts to the supervising Deputy Minister (seed 004's shape).

A report holds two things kept apart: the *data part*, a JSON snapshot of the period taken
from the portal (regenerated at will), and the *narrative* the secretariat writes in both
languages (never overwritten by a regeneration).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from documents.models import Access
from partnership_portal.models import TimeStamped

from .periods import Period


class QuarterlyReport(TimeStamped):
    """A report for one quarter, or for a whole year (the annual report) when the quarter is
    left empty."""

    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(
        _("quarter"), null=True, blank=True,
        choices=[(1, "I"), (2, "II"), (3, "III"), (4, "IV")],
        help_text=_("Leave empty for the annual report."),
    )
    # The Ministry's heading: agency, number, place and date.
    agency = models.TextField(_("agency"), max_length=200, blank=True,
                              help_text=_("One line per level, the parent first."))
    number = models.CharField(_("number"), max_length=60, blank=True,
                              help_text=_("E.g. 123/BC-HTQT; left blank until issued."))
    place = models.CharField(_("place"), max_length=100, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    addressee = models.CharField(_("addressee"), max_length=250, blank=True)
    signatory = models.CharField(_("signatory"), max_length=200, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=250, blank=True)
    # The narrative, pre-filled from the data where it allows, then the secretariat's own.
    introduction = models.TextField(_("introduction"), blank=True)
    results_summary = models.TextField(_("summary of results"), blank=True)
    limitations = models.TextField(_("limitations and difficulties"), blank=True)
    proposals = models.TextField(_("proposals"), blank=True)
    plan_text = models.TextField(_("plan for the next period"), blank=True)
    # The data part: one snapshot per language (see reports/snapshot.py).
    snapshot = models.JSONField(_("data"), default=dict, blank=True, editable=False)
    snapshot_taken_at = models.DateTimeField(_("data taken at"), null=True, editable=False)
    library_access = models.CharField(
        _("access in the document library"), max_length=12, choices=Access.choices,
        default=Access.SECRETARIAT,
        help_text=_("Who may open the report once it is filed into the document library."),
    )
    document = models.ForeignKey(
        "documents.Document", on_delete=models.SET_NULL, null=True, blank=True,
        editable=False, related_name="+", verbose_name=_("filed as"),
    )

    class Meta:
        ordering = ["-year", "-quarter", "-pk"]
        verbose_name = _("quarterly or annual report")
        verbose_name_plural = _("quarterly and annual reports")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quarter__isnull=True) | models.Q(quarter__in=[1, 2, 3, 4]),
                name="reports_quarter_1_to_4",
            ),
        ]

    def __str__(self):
        return str(self.title())

    @property
    def period(self):
        return Period(self.year, self.quarter)

    def title(self):
        if self.quarter:
            return _("Report of the Legal Partnership Group, %(period)s") % {
                "period": self.period.label()}
        return _("Annual report of the Legal Partnership Group, %(year)s") % {"year": self.year}

    def clean(self):
        if self.year and not 1990 <= self.year <= 2200:
            raise ValidationError({"year": _("Give a year such as 2020.")})
