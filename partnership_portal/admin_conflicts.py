"""Never a silent lost update: a change form carries the version of the row it was opened on.

The token is the stored row's `updated_at` (else a hash of the row), which every admin save
bumps, inline-only changes included, since the admin always saves the parent. A save whose
token no longer matches is refused with a message and links to the current version; the form
is shown again with everything typed in it, and with the current token, so a second save,
made knowingly, replaces the other person's version.
"""

import hashlib

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

VERSION_FIELD = "_edit_version"


def stored_row(model, pk):
    # Columns named one by one: modeltranslation's values() would fold name_vi/name_en into
    # the active language's `name`.
    columns = [f.attname for f in model._meta.concrete_fields]
    return model._default_manager.filter(pk=pk).values(*columns).first() if pk is not None \
        else None


def version_token(model, pk) -> str:
    """The stored row's version: its `updated_at` where it has one (derived columns that
    code refreshes without a "last changed" stamp then raise no false alarm), else a hash of
    the row; empty when there is no row (a new or deleted item)."""
    row = stored_row(model, pk)
    if row is None:
        return ""
    if row.get("updated_at") is not None:
        return row["updated_at"].isoformat()
    return hashlib.sha256(repr(sorted(row.items())).encode()).hexdigest()[:32]


def _changed_by(model, pk):
    rows = model._default_manager.filter(pk=pk)
    if any(f.name == "updated_by" for f in model._meta.concrete_fields):
        rows = rows.select_related("updated_by")
    obj = rows.first()
    when = getattr(obj, "updated_at", None)
    user = getattr(obj, "updated_by", None)
    # Items loaded by a script or an import have no last editor: a dash, not a puzzling "?".
    return (timezone.localtime(when).strftime("%d/%m/%Y %H:%M:%S") if when else "—",
            (user.get_full_name() or user.get_username()) if user else "—")


def conflict_message(model, pk):
    opts = model._meta
    when, who = _changed_by(model, pk)
    try:
        current = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk])
        history = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[pk])
    except NoReverseMatch:
        current = history = ""
    return format_html(
        '{} <a href="{}" target="_blank" rel="noopener">{}</a> · <a href="{}" '
        'target="_blank" rel="noopener">{}</a>. {}',
        _("Someone else saved this item while you were editing it (%(when)s, %(who)s). "
          "Your changes have NOT been saved; they are still in the form below.")
        % {"when": when, "who": who},
        current, _("Open the current version"), history, _("history"),
        _("Compare, then save again to replace that version with yours."),
    )


class EditConflictMixin:
    """Adds the version token to change forms and refuses a save made on an older version."""

    def get_readonly_fields(self, request, obj=None):
        fields = tuple(super().get_readonly_fields(request, obj))
        return fields + ("edit_version",) if obj is not None else fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is None:
            return fieldsets
        names = [f for _name, options in fieldsets for f in options["fields"]]
        # (A subclass that replaces get_readonly_fields without super() goes unprotected.)
        readonly = self.get_readonly_fields(request, obj)
        if "edit_version" not in names and "edit_version" in readonly:
            # Declared fieldsets: the token goes last (inside History where there is one).
            name, options = fieldsets[-1]
            fieldsets[-1] = (name, {**options, "fields": [*options["fields"], "edit_version"]})
        return fieldsets

    @admin.display(description=_("version you are editing"))
    def edit_version(self, obj):
        when, who = _changed_by(type(obj), obj.pk)
        return format_html(
            '{} ({})<input type="hidden" name="{}" value="{}">', when, who, VERSION_FIELD,
            version_token(type(obj), obj.pk),
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form_class

        class VersionCheckedForm(form_class):
            def clean(self):
                cleaned = super().clean()
                sent = self.data.get(VERSION_FIELD)
                # Forms posted without a token (scripts, older pages) are not checked.
                model = type(self.instance)
                if sent is not None and sent != version_token(model, self.instance.pk):
                    raise ValidationError(conflict_message(model, self.instance.pk),
                                          code="edit_conflict")
                return cleaned

        VersionCheckedForm.__name__ = form_class.__name__
        return VersionCheckedForm
