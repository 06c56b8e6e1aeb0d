"""Keep the derived dates stored on agreements current (cooperation/status.py).

Every edit that can move them recomputes the agreements concerned at once, in the same
transaction: the agreement itself (its dates, publication), its signatures, its parties (a
party deleted or removed can complete the signatures) and its links. Publishing a partner
changes nothing: all parties count, published or not. Writes that bypass signals
(`QuerySet.update`, raw SQL) need `manage.py recompute_agreement_dates`.
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from .models import Agreement, AgreementLink, Partner, Signature
from .status import recompute_agreement_dates

_deferred = threading.local()


@contextmanager
def recompute_once():
    """Inside, writes only note the agreements they touch; each is recomputed once on the way
    out (a spreadsheet import would otherwise recompute an agreement four times per row)."""
    if getattr(_deferred, "ids", None) is not None:
        yield  # already collecting: the outermost block recomputes
        return
    _deferred.ids = set()
    try:
        yield
        ids = _deferred.ids
    finally:
        _deferred.ids = None
    if ids:
        recompute_agreement_dates(sorted(ids))


def _recompute(ids):
    pending = getattr(_deferred, "ids", None)
    if pending is None:
        return recompute_agreement_dates(ids)
    pending.update(pk for pk in ids if pk)
    return {}


def _agreement_saved(sender, instance, **kwargs):
    values = _recompute([instance.pk])
    # The instance in hand shows the stored dates too.
    for name, value in values.get(instance.pk, {}).items():
        setattr(instance, name, value)


def _remember_previous(sender, instance, **kwargs):
    # A signature or link moved to another agreement leaves that one to recompute.
    previous = (sender._default_manager.filter(pk=instance.pk).values().first()
                if instance.pk else None)
    instance._previous_agreement_ids = (
        [previous.get("agreement_id"), previous.get("target_id")] if previous else [])


def _signature_changed(sender, instance, **kwargs):
    _recompute([instance.agreement_id,
                               *getattr(instance, "_previous_agreement_ids", [])])


def _link_changed(sender, instance, **kwargs):
    # The target's replacement dates follow the link; the source's own dates don't.
    _recompute([instance.target_id,
                               *getattr(instance, "_previous_agreement_ids", [])])


def _parties_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            _recompute([instance.pk])
    elif action == "pre_clear":
        instance._cleared_agreement_ids = list(instance.agreements.values_list("pk", flat=True))
    elif action in ("post_add", "post_remove"):
        _recompute(pk_set)
    elif action == "post_clear":
        _recompute(getattr(instance, "_cleared_agreement_ids", []))


def _remember_partner_agreements(sender, instance, **kwargs):
    # Deleting a partner drops its party rows without an m2m signal.
    instance._party_to_ids = list(instance.agreements.values_list("pk", flat=True))


def _partner_deleted(sender, instance, **kwargs):
    _recompute(getattr(instance, "_party_to_ids", []))


def connect():
    post_save.connect(_agreement_saved, sender=Agreement, dispatch_uid="agreement-dates-save")
    for model, receiver in ((Signature, _signature_changed), (AgreementLink, _link_changed)):
        uid = f"agreement-dates-{model._meta.model_name}"
        pre_save.connect(_remember_previous, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(_parties_changed, sender=Agreement.parties.through,
                        dispatch_uid="agreement-dates-parties")
    pre_delete.connect(_remember_partner_agreements, sender=Partner,
                       dispatch_uid="agreement-dates-partner-pre-delete")
    post_delete.connect(_partner_deleted, sender=Partner,
                        dispatch_uid="agreement-dates-partner-delete")
