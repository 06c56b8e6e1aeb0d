from datetime import date

from django.db import transaction
from django.db.models import Max
from django.db.models.signals import m2m_changed, post_save
from django.utils.translation import gettext_lazy as _

from partnership_portal.richtext import search_text
from partnership_portal.search import (
    SearchSource,
    day_to_datetime,
    index_object,
    register_source,
    sources,
)

from .models import Agreement, CooperationNeed, Partner, Project


def _short_names(partner):
    # Both languages, once each when they agree ("UNDP").
    return " ".join(dict.fromkeys(filter(None, [partner.short_name_vi, partner.short_name_en])))


def _names(partners):
    return " ".join(f"{p.name_vi} {p.name_en or ''} {_short_names(p)}" for p in partners
                    if p.is_public)


def _agreement(agreement):
    signed = agreement.signatures.aggregate(last=Max("date"))["last"]
    return {
        "title_vi": agreement.title_vi, "title_en": agreement.title_en,
        "summary_vi": agreement.summary_vi, "summary_en": agreement.summary_en,
        "body": " ".join([search_text(agreement.body_vi), search_text(agreement.body_en),
                          _names(agreement.parties.all()), agreement.get_kind_display()]),
        "date": day_to_datetime(signed),
    }


def _partner(partner):
    return {
        "title_vi": partner.name_vi, "title_en": partner.name_en,
        "summary_vi": partner.description_vi, "summary_en": partner.description_en,
        "body": f"{_short_names(partner)} {partner.country.name if partner.country else ''}",
        "date": None,
    }


def _project(project):
    return {
        "title_vi": project.title_vi, "title_en": project.title_en,
        "summary_vi": project.summary_vi, "summary_en": project.summary_en,
        "body": " ".join([search_text(project.body_vi or ""), search_text(project.body_en or ""),
                          project.decision_number, _names(project.partners.all())]),
        "date": day_to_datetime(project.start),
    }


def _need(need):
    return {
        "title_vi": need.title_vi, "title_en": need.title_en,
        "summary_vi": need.description_vi, "summary_en": need.description_en,
        "body": (f"{need.agency.name_vi} {need.agency.name_en or ''} " if need.agency.is_public
                 else "") + f"{need.area.name_vi} {need.area.name_en}",
        "date": day_to_datetime(date(need.start_year, 1, 1)),
    }


def _reindex_agreement_parties(sender, instance, action, **kwargs):
    # Parties are set after the agreement is saved; its entry names them.
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Agreement):
        transaction.on_commit(lambda: index_object(sources()["agreements"], instance.pk))


def _reindex_after_partner_change(sender, instance, **kwargs):
    # Agreements, projects and needs carry their partners' names in the index.
    def refresh():
        for key, queryset in (("agreements", instance.agreements.all()),
                              ("projects", instance.projects.all()),
                              ("needs", instance.needs.all())):
            for pk in queryset.values_list("pk", flat=True):
                index_object(sources()[key], pk)

    transaction.on_commit(refresh)


def register():
    m2m_changed.connect(_reindex_agreement_parties, sender=Agreement.parties.through,
                        dispatch_uid="search-agreement-parties")
    post_save.connect(_reindex_after_partner_change, sender=Partner,
                      dispatch_uid="search-partner-names")
    # Signature dates may be known only to the year, so results don't show them.
    register_source(SearchSource("agreements", _("Agreements"), Agreement,
                                 lambda: Agreement.objects.all(), _agreement, show_date=False))
    register_source(SearchSource("partners", _("Partners"), Partner,
                                 lambda: Partner.objects.all(), _partner, show_date=False))
    register_source(SearchSource("projects", _("Projects and aid"), Project,
                                 lambda: Project.objects.all(), _project, show_date=False))
    register_source(SearchSource("needs", _("Cooperation needs"), CooperationNeed,
                                 lambda: CooperationNeed.objects.select_related("agency", "area"),
                                 _need, show_date=False))
