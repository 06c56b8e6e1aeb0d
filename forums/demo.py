"""Demo events: the 2020 events of seed 004, the 2025 delegation to Laos, and an
illustrative series of annual forums (forums/demo_data.py), linked to partners, projects,
agreements and documents."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings

from cooperation.models import Agreement, Partner, Project
from documents.models import Document

from .demo_data import EVENTS
from .models import AgendaItem, Event, EventOrganiser, EventPerson

# Demo events that carry library documents (documents/demo.py runs first).
EVENT_DOCUMENTS = {
    "grassroots-conciliation-forum-2020": ["proceedings-grassroots-conciliation-forum-2020"],
}


def load():
    tz = ZoneInfo(settings.TIME_ZONE)
    partners = {p.slug_en: p for p in Partner.objects.all()}
    created = 0
    for data in EVENTS:
        if Event.objects.filter(slug_en=data["key"]).exists():
            continue
        fields = {
            k: data[k]
            for k in (
                "kind",
                "title_vi",
                "title_en",
                "theme_vi",
                "theme_en",
                "summary_vi",
                "summary_en",
                "body_vi",
                "body_en",
                "outcomes_vi",
                "outcomes_en",
                "mode",
                "venue_name_vi",
                "venue_name_en",
                "address",
                "city_vi",
                "city_en",
                "country",
                "state",
                "delegates",
                "all_day",
            )
            if k in data
        }
        event = Event.objects.create(
            slug_en=data["key"],
            status=Event.Status.PUBLISHED,
            start=datetime.fromisoformat(data["start"]).replace(tzinfo=tz),
            end=datetime.fromisoformat(data["end"]).replace(tzinfo=tz),
            project=Project.objects.filter(slug_en=data.get("project") or "").first(),
            **fields,
        )
        event.agreements.set(Agreement.objects.filter(slug_en__in=data.get("agreements", [])))
        event.documents.set(
            Document.objects.filter(slug_en__in=EVENT_DOCUMENTS.get(data["key"], []))
        )
        for organiser in data.get("organisers", []):
            EventOrganiser.objects.create(
                event=event, partner=partners[organiser["partner"]], role=organiser["role"]
            )
        for order, person in enumerate(data.get("people", [])):
            EventPerson.objects.create(
                event=event,
                role=person["role"],
                name=person.get("name", ""),
                title_vi=person.get("title_vi", ""),
                title_en=person.get("title_en", ""),
                organisation=partners.get(person.get("organisation") or ""),
                order=order,
            )
        for order, item in enumerate(data.get("agenda", [])):
            AgendaItem.objects.create(
                event=event,
                order=order,
                speakers=item.get("speakers", ""),
                time=time.fromisoformat(item["time"]) if item.get("time") else None,
                title_vi=item["title_vi"],
                title_en=item.get("title_en", ""),
            )
        created += 1
    return f"{created} events created, {Event.objects.count()} in all"
