"""The forums' panels on the admin dashboard (registered in ForumsConfig.ready)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from partnership_portal.dashboard import PANEL_ITEMS, change_url, viewable_models

from .models import Event
from .rhythm import rhythm_for


def upcoming_events(request):
    """Events not over yet, drafts included (the secretariat plans them), cancelled left out."""
    if not viewable_models(request, [Event]):
        return None
    events = (Event.objects.upcoming().exclude(stage=Event.Stage.CANCELLED)
              [:PANEL_ITEMS])
    return {
        "title": _("Upcoming events"),
        "items": [
            {"label": str(event), "url": change_url(event),
             "meta": date_format(timezone.localtime(event.start), "SHORT_DATETIME_FORMAT")
             + ("" if event.is_public else " · " + _("not published"))}
            for event in events
        ],
        "empty": _("No event is planned."),
        "more_url": reverse("admin:forums_event_changelist"),
        "more_label": _("All events"),
    }


def rhythm_warnings(request):
    """This year's departures from the Group's rhythm (Decision 954/QĐ-BTP)."""
    if not viewable_models(request, [Event]):
        return None
    year = timezone.localdate().year
    return {
        "title": _("The Group's rhythm in %(year)s") % {"year": year},
        "items": [{"label": message} for _code, message in rhythm_for(year).warnings],
        "empty": _("No warning: the year follows the Group's rhythm so far."),
        "more_url": reverse("admin:forums_event_rhythm"),
        "more_label": _("The Group's rhythm"),
    }
