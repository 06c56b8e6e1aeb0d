"""Sections this app adds to the home, partner and project pages."""

from urllib.parse import urlencode

from django.db.models import Q
from django.urls import reverse

from partnership_portal.capped import CappedList

from .models import Event, EventOrganiser, EventPerson


def upcoming_events(request, **context):
    events = list(Event.objects.published().upcoming().for_listing()[:4])
    return {"template": "forums/includes/home_section.html", "events": events}


def partner_events(request, partner, **context):
    events = CappedList.of(
        Event.objects.published()
        .for_listing()
        # Each event once (organiser and speaker's organisation both), without DISTINCT.
        .filter(Q(pk__in=EventOrganiser.objects.filter(partner=partner).values("event"))
                | Q(pk__in=EventPerson.objects.filter(organisation=partner).values("event")))
        .order_by("-start"),
        f"{reverse('forums:list')}?{urlencode({'partner': partner.slug_vi})}",
    )
    if events:
        return {"template": "forums/includes/event_section.html", "events": events}
    return None


def project_events(request, project, **context):
    events = list(
        Event.objects.published().for_listing().filter(project=project).order_by("-start")[:10]
    )
    if events:
        return {"template": "forums/includes/event_section.html", "events": events}
    return None
