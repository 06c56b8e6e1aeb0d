"""Demo cooperation data: every partner, agreement and project in shared/DOMAIN.md, with
their real dates and links (cooperation/demo_data.py), plus illustrative needs."""

from datetime import date
from decimal import Decimal

from partnership_portal.slugs import slug_from_title

from .demo_data import AGREEMENTS, AREAS, NEEDS, PARTNERS, PROJECTS
from .models import (
    Agreement,
    AgreementLink,
    Area,
    CooperationNeed,
    Partner,
    Project,
    ProjectRole,
    Signature,
)


def _date(value):
    return date.fromisoformat(value) if value else None


def load():
    areas = {}
    for data in AREAS:
        areas[data["key"]], _ = Area.objects.get_or_create(
            slug=data["key"], defaults={"name_vi": data["name_vi"], "name_en": data["name_en"]}
        )
    partners = {}
    for data in PARTNERS:
        fields = {k: v for k, v in data.items() if k != "key"}
        partners[data["key"]], _ = Partner.objects.get_or_create(
            slug_en=data["key"],
            defaults={**fields, "slug_vi": slug_from_title(data["name_vi"]),
                      "status": Partner.Status.PUBLISHED},
        )
    agreements, created = {}, 0
    for data in AGREEMENTS:
        existing = Agreement.objects.filter(slug_en=data["key"]).first()
        if existing:
            agreements[data["key"]] = existing
            continue
        agreement = Agreement.objects.create(
            slug_en=data["key"], status=Agreement.Status.PUBLISHED,
            **{k: data[k] for k in ("kind", "nature", "level", "title_vi", "title_en",
                                    "summary_vi", "summary_en", "effective_on_signature")},
            entry_into_force=_date(data.get("entry_into_force")),
            valid_from=_date(data.get("valid_from")),
            valid_until=_date(data.get("valid_until")),
            terminated_on=_date(data.get("terminated_on")),
            concluded_undated=data.get("concluded_undated", False),
        )
        agreement.parties.set([partners[key] for key in data["parties"]])
        agreement.areas.set([areas[key] for key in data.get("areas", [])])
        signatures = data.get("signatures", [])
        for sig in signatures:
            Signature.objects.create(
                agreement=agreement, party=partners[sig["party"]], date=_date(sig["date"]),
                date_precision=sig.get("precision", "day"), method=sig.get("method", "ceremony"),
                signatory=sig.get("signatory", ""),
                signatory_title_vi=sig.get("signatory_title_vi", ""),
                signatory_title_en=sig.get("signatory_title_en", ""),
                place_vi=sig.get("place_vi", ""), place_en=sig.get("place_en", ""),
            )
        if signatures:
            # Sources often name one signatory: the other parties signed the same instrument,
            # at a time known no better than the last recorded signature.
            last = max(signatures, key=lambda s: s["date"])
            signed = {s["party"] for s in signatures}
            for key in data["parties"]:
                if key not in signed:
                    Signature.objects.create(
                        agreement=agreement, party=partners[key], date=_date(last["date"]),
                        date_precision=last.get("precision", "day"),
                        method=last.get("method", "ceremony"),
                    )
        agreements[data["key"]] = agreement
        created += 1
    for data in AGREEMENTS:
        for link in data.get("links", []):
            AgreementLink.objects.get_or_create(
                source=agreements[data["key"]], kind=link["type"],
                target=agreements[link["target"]],
            )
    for data in PROJECTS:
        if Project.objects.filter(slug_en=data["key"]).exists():
            continue
        project = Project.objects.create(
            slug_en=data["key"], status=Project.Status.PUBLISHED, stage=data["status"],
            **{k: data[k] for k in ("kind", "title_vi", "title_en", "summary_vi", "summary_en")},
            budget=Decimal(data["budget"]) if data.get("budget") else None,
            currency=data.get("currency", ""), start=_date(data.get("start")),
            end=_date(data.get("end")), decision_number=data.get("decision_number", ""),
            decision_date=_date(data.get("decision_date")),
        )
        for role in data["roles"]:
            ProjectRole.objects.create(project=project, partner=partners[role["partner"]],
                                       role=role["role"])
        project.agreements.set([agreements[key] for key in data.get("agreements", [])])
    for data in NEEDS:
        if CooperationNeed.objects.filter(slug_en=data["key"]).exists():
            continue
        CooperationNeed.objects.create(
            slug_en=data["key"], status=CooperationNeed.Status.PUBLISHED,
            agency=partners[data["agency"]], area=areas[data["area"]],
            priority=data["priority"], start_year=data["start_year"],
            end_year=data["end_year"], stage=data["status"],
            **{k: data[k] for k in ("title_vi", "title_en", "description_vi", "description_en")},
        )
    return (f"{len(partners)} partners, {created} agreements created "
            f"({Agreement.objects.count()} in all), {Project.objects.count()} projects, "
            f"{CooperationNeed.objects.count()} needs")
