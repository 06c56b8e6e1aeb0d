"""Partners and agreements as spreadsheets (import and export in the admin).

One row per partner or agreement, identified by its Vietnamese slug (`slug_vi`): a row whose
slug exists updates that item, any other row creates one. An agreement's parties are the
partners' slugs separated by ";", and its signatures one cell, "party-slug: date" separated
by ";", the date written as far as it is known: "2020-10-27" (day), "2020-10" (month) or
"2020" (year only), which sets the signature's date precision. The signature cell lists every
signature: a party left out of it has its signature removed. Shared rules (file checks, one
transaction, drafts by default) in partnership_portal/spreadsheets.py.
"""

import re
from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export import fields

from partnership_portal.spreadsheets import (
    KeepWhenBlank,
    KeepWhenBlankChar,
    KeepWhenBlankMinuteDateTime,
    SlugListWidget,
    SpreadsheetResource,
    choice_codes,
    date_widget,
)

from .models import Agreement, Partner, Signature
from .signals import recompute_once

PUBLISHING_HELP = {
    "status": _("“draft” (or empty: a new item is a draft) or “published”."),
    "publish_at": _("Publication date and time, e.g. 2024-10-03 08:00; empty: now."),
    "slug_vi": _("Web address word; identifies the item. Empty: a new item, slug made "
                 "from the title."),
}



class PartnerResource(SpreadsheetResource):
    slug_vi = KeepWhenBlank(attribute="slug_vi", column_name="slug_vi",
                            widget=KeepWhenBlankChar())
    slug_en = KeepWhenBlank(attribute="slug_en", column_name="slug_en",
                            widget=KeepWhenBlankChar())
    status = KeepWhenBlank(attribute="status", column_name="status", widget=KeepWhenBlankChar())
    publish_at = KeepWhenBlankMinuteDateTime(attribute="publish_at", column_name="publish_at")

    column_help = {
        **PUBLISHING_HELP,
        "kind": choice_codes(Partner.Kind.choices),
        "country": _("Two-letter ISO code (VN, LA, AZ...); empty: international."),
    }

    class Meta:
        model = Partner
        name = _("Partners")
        fields = ("slug_vi", "slug_en", "name_vi", "name_en", "short_name_vi", "short_name_en",
                  "kind", "country", "website", "description_vi", "description_en", "status",
                  "publish_at")
        export_order = fields
        import_id_fields = ("slug_vi",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True


SIGNATURE = re.compile(r"^\s*([^:]+?)\s*:\s*(\S.*?)\s*$")
SIGNATURE_FORMATS = (
    ("%Y-%m-%d", Signature.Precision.DAY), ("%d/%m/%Y", Signature.Precision.DAY),
    ("%Y-%m", Signature.Precision.MONTH), ("%m/%Y", Signature.Precision.MONTH),
    ("%Y", Signature.Precision.YEAR),
)
PRECISION_FORMATS = {Signature.Precision.DAY: "%Y-%m-%d", Signature.Precision.MONTH: "%Y-%m",
                     Signature.Precision.YEAR: "%Y"}


def parse_signature_date(text):
    """(date, precision) from "2020-10-27", "27/10/2020", "2020-10", "10/2020" or "2020"."""
    for pattern, precision in SIGNATURE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date(), precision
        except ValueError:
            continue
    raise ValueError(text)


class AgreementResource(SpreadsheetResource):
    slug_vi = KeepWhenBlank(attribute="slug_vi", column_name="slug_vi",
                            widget=KeepWhenBlankChar())
    slug_en = KeepWhenBlank(attribute="slug_en", column_name="slug_en",
                            widget=KeepWhenBlankChar())
    parties = fields.Field(attribute="parties", column_name="parties",
                           widget=SlugListWidget(Partner))
    signatures = fields.Field(column_name="signatures", readonly=True)
    entry_into_force = fields.Field(attribute="entry_into_force",
                                    column_name="entry_into_force", widget=date_widget)
    valid_from = fields.Field(attribute="valid_from", column_name="valid_from",
                              widget=date_widget)
    valid_until = fields.Field(attribute="valid_until", column_name="valid_until",
                               widget=date_widget)
    terminated_on = fields.Field(attribute="terminated_on", column_name="terminated_on",
                                 widget=date_widget)
    status = KeepWhenBlank(attribute="status", column_name="status", widget=KeepWhenBlankChar())
    publish_at = KeepWhenBlankMinuteDateTime(attribute="publish_at", column_name="publish_at")

    column_help = {
        **PUBLISHING_HELP,
        "kind": choice_codes(Agreement.Kind.choices),
        "nature": choice_codes(Agreement.Nature.choices),
        "level": choice_codes(Agreement.Level.choices),
        "parties": _("Slugs (slug_vi) of the partners, separated by “;”."),
        "signatures": _("“party-slug: date” separated by “;”; the date as far as it is "
                        "known: 2020-10-27, 2020-10 or 2020."),
        "entry_into_force": _("Dates as 2020-10-27."),
        "effective_on_signature": _("1 (yes) or 0 (no)."),
        "concluded_undated": _("1 (yes) or 0 (no)."),
        "body_vi": _("HTML; cleaned of anything the editor would not allow."),
    }

    class Meta:
        model = Agreement
        name = _("Agreements")
        fields = ("slug_vi", "slug_en", "title_vi", "title_en", "kind", "nature", "level",
                  "parties", "signatures", "entry_into_force", "effective_on_signature",
                  "valid_from", "valid_until", "terminated_on", "concluded_undated",
                  "summary_vi", "summary_en", "body_vi", "body_en", "status", "publish_at")
        export_order = fields
        import_id_fields = ("slug_vi",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def get_queryset(self):
        return super().get_queryset().prefetch_related("parties", "signatures__party")

    def import_data_inner(self, *args, **kwargs):
        # Inside the import's transaction: each agreement's stored dates are recomputed once,
        # after all its rows, parties and signatures are written.
        with recompute_once():
            return super().import_data_inner(*args, **kwargs)

    def dehydrate_signatures(self, agreement):
        if agreement.pk is None:
            return ""
        return "; ".join(
            f"{s.party.slug_vi}: {s.date.strftime(PRECISION_FORMATS[s.date_precision])}"
            for s in agreement.signatures.all())

    def check_row(self, agreement, row):
        agreement._imported_signatures = None
        if "signatures" not in row:
            return
        errors, signed = [], {}
        try:
            parties = set(self.fields["parties"].clean(row)) if "parties" in row else None
        except ValueError:
            parties = None  # reported in the parties column
        entries = [e for e in str(row["signatures"] or "").split(";") if e.strip()]
        slugs = [SIGNATURE.match(e).group(1) if SIGNATURE.match(e) else "" for e in entries]
        known = {p.slug_vi: p for p in Partner.objects.filter(slug_vi__in=slugs)}
        for entry in entries:
            match = SIGNATURE.match(entry)
            if not match:
                errors.append(_("“%(entry)s” is not “party-slug: date”.")
                              % {"entry": entry.strip()})
                continue
            slug, when = match.groups()
            party = known.get(slug)
            try:
                day, precision = parse_signature_date(when)
            except ValueError:
                errors.append(_("“%(date)s” is not a date (2020-10-27, 2020-10 or 2020).")
                              % {"date": when})
                continue
            if party is None:
                errors.append(_("No partner with the code: %(codes)s.") % {"codes": slug})
            elif party.pk in signed:
                errors.append(_("%(party)s signs twice.") % {"party": slug})
            elif parties is not None and party not in parties:
                errors.append(_("%(party)s is not one of the parties.") % {"party": slug})
            else:
                signed[party.pk] = (day, precision)
        if errors:
            raise ValidationError({"signatures": errors})
        entry = agreement.entry_into_force
        last = max((day for day, _precision in signed.values()), default=None)
        if entry and last and entry < last:
            raise ValidationError({"entry_into_force": _(
                "Entry into force (%(entry)s) cannot come before the last signature "
                "(%(signed)s).") % {"entry": entry.strftime("%d/%m/%Y"),
                                    "signed": last.strftime("%d/%m/%Y")}})
        agreement._imported_signatures = signed

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if not super().skip_row(instance, original, row, import_validation_errors):
            return False
        wanted = getattr(instance, "_imported_signatures", None)
        if wanted is None:
            return True
        current = {s.party_id: (s.date, s.date_precision)
                   for s in Signature.objects.filter(agreement_id=original.pk)}
        return current == wanted

    def save_m2m(self, instance, row, **kwargs):
        super().save_m2m(instance, row, **kwargs)
        wanted = getattr(instance, "_imported_signatures", None)
        if wanted is None:
            return
        instance.signatures.exclude(party_id__in=wanted).delete()
        for party_id, (day, precision) in wanted.items():
            signature = (instance.signatures.filter(party_id=party_id).first()
                         or Signature(agreement=instance, party_id=party_id))
            if (signature.pk is None or signature.date != day
                    or signature.date_precision != precision):
                signature.date, signature.date_precision = day, precision
                signature.save()  # signals recompute the agreement's stored dates

