"""Spreadsheet import and export for the admin (django-import-export), shared by the apps.

One row per item, one column per field and language (`title_vi`, `title_en`), codes for
choices. The apps declare their resources (cooperation/spreadsheets.py,
forums/spreadsheets.py); this module holds the rules every import follows:

- the file is checked before any row is read: .xlsx or .csv, at most MAX_UPLOAD_BYTES (and
  MAX_UNPACKED_BYTES once unzipped: an .xlsx is a zip), MAX_ROWS rows, known column names
  only, and no formulas (their values would be whatever Excel last cached, or nothing);
- every row is validated, and its errors are reported by the spreadsheet's own row number
  and column name; nothing is saved unless every row is valid (one transaction);
- a blank cell in a slug, status or publish date column keeps what the item has (new
  items: slug from the title, draft, now), so a sheet need not repeat them;
- imported items are drafts unless the row says "published", and only users allowed to
  publish may import a row that publishes (see `SpreadsheetResource.check_publishing`);
- exported text cells that a spreadsheet would run as a formula (= + - @) are written with a
  leading apostrophe, which the import removes again, so an export imports unchanged.
"""

import csv
import io
import zipfile

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpResponse
from django.urls import path
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import ImportForm, SelectableFieldsExportForm

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
# An import runs inside one request (gunicorn's 30 s timeout): 500 agreement rows took 44 s
# to dry-run on a loaded test machine, so files are kept to 300 rows; the register holds
# fewer than 200 agreements.
MAX_ROWS = 300
# What spreadsheet programs treat as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"


def neutralise(value):
    """A text cell a spreadsheet would run as a formula, prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore(value):
    """The text `neutralise` wrote, apostrophe removed; other cells trimmed."""
    if isinstance(value, str):
        value = value.strip()
        if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
            return value[1:]
    return value


class KeepWhenBlank(fields.Field):
    """A column whose blank cell keeps the item's value (a new item's default)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("saves_null_values", False)
        super().__init__(*args, **kwargs)


class IsoDateWidget(widgets.DateWidget):
    """A date as 2020-10-27 (an Excel date cell too), refused in the editor's language."""

    def __init__(self):
        super().__init__(format=DATE_FORMAT)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except ValueError as e:
            raise ValueError(_("“%(value)s” is not a date written as 2020-10-27.")
                             % {"value": value}) from e


class MinuteDateTimeWidget(widgets.DateTimeWidget):
    """A date and Hanoi time as 2024-10-03 08:00 (an Excel date cell too)."""

    def __init__(self):
        super().__init__(format=DATETIME_FORMAT)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except ValueError as e:
            raise ValueError(_("“%(value)s” is not a date and time written as "
                               "2024-10-03 08:00.") % {"value": value}) from e


def _to_minute(moment):
    return moment.replace(second=0, microsecond=0)


class MinuteDateTime(fields.Field):
    """A date-time written to the minute: a cell equal to the stored value to the minute
    leaves the seconds as they are, so an exported sheet imports without changes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MinuteDateTimeWidget())
        super().__init__(*args, **kwargs)

    def save(self, instance, row, is_m2m=False, **kwargs):
        current = getattr(instance, self.attribute, None)
        cleaned = self.clean(row, **kwargs)
        if current and cleaned and _to_minute(current) == _to_minute(cleaned):
            return
        super().save(instance, row, is_m2m, **kwargs)


class KeepWhenBlankMinuteDateTime(MinuteDateTime):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("saves_null_values", False)
        super().__init__(*args, **kwargs)


class KeepWhenBlankChar(widgets.CharWidget):
    """Text; a blank cell cleans to None, which `KeepWhenBlank` does not save (and a plain
    column of a nullable field stores)."""

    def clean(self, value, row=None, **kwargs):
        return super().clean(value, row, **kwargs) or None


class SlugListWidget(widgets.ManyToManyWidget):
    """Related items by their Vietnamese slug, separated by ";"; an unknown slug is an error
    (django-import-export's widget would drop it silently)."""

    def __init__(self, model, field="slug_vi"):
        super().__init__(model, separator=";", field=field)

    def clean(self, value, row=None, **kwargs):
        slugs = [s.strip() for s in str(value or "").split(";") if s.strip()]
        found = {getattr(o, self.field): o for o in
                 self.model.objects.filter(**{f"{self.field}__in": slugs})}
        unknown = [s for s in slugs if s not in found]
        if unknown:
            raise ValueError(_("No %(model)s with the code: %(codes)s.") % {
                "model": self.model._meta.verbose_name, "codes": ", ".join(unknown)})
        return self.model.objects.filter(pk__in=[o.pk for o in found.values()])


class SpreadsheetResource(resources.ModelResource):
    """Base of the apps' resources: validation, error columns, formula-safe export."""

    # Column: what to write in it, shown on the import page.
    column_help = {}

    class Meta:
        abstract = True

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        # A language's text not written yet is stored as None (modeltranslation, the admin):
        # its blank cell must read back as None, or an exported sheet would re-import as a
        # change.
        if isinstance(f, (models.CharField, models.TextField)) and f.null:
            return KeepWhenBlankChar
        return super().widget_from_django_field(f, default)

    # --- import ---------------------------------------------------------------------------
    def before_import_row(self, row, **kwargs):
        for key in list(row.keys()):
            row[key] = restore(row[key])
        super().before_import_row(row, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        was_published = (instance.pk is not None and
                         type(instance).objects.filter(pk=instance.pk,
                                                       status="published").exists())
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as e:
            errors = e.update_error_dict(errors)
        # Many-to-many cells are only read when saving, after validation: read them now, so a
        # wrong code is reported with its column like any other error.
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as e:
                    errors.setdefault(field.column_name, []).append(str(e))
        try:
            self.check_publishing(instance, was_published)
            self.check_row(instance, row)
        except ValidationError as e:
            errors = e.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def check_publishing(self, instance, was_published):
        """Publishing, or changing what is public, needs the model's publish permission
        (`publish_<model>`, held by publishers and superusers): editors import drafts. Only
        rows that change something are refused (see save_instance), so an editor may
        re-import an export that includes published items."""
        instance._import_refusal = None
        if self.user is None:
            return
        opts = instance._meta
        if self.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}"):
            return
        if was_published:
            instance._import_refusal = _("You may not change a published item by import.")
        elif getattr(instance, "status", None) == "published":
            instance._import_refusal = _("You may not publish by import: leave the status "
                                         "empty or write “draft”.")

    def save_instance(self, instance, is_create, row, **kwargs):
        # Reached only for rows that change something; import_row reports the error.
        if getattr(instance, "_import_refusal", None):
            raise ValidationError({"status": instance._import_refusal})
        super().save_instance(instance, is_create, row, **kwargs)

    def check_row(self, instance, row):
        """Checks spanning several columns or related rows; raise ValidationError."""

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as e:
            raise ValidationError(self._errors_by_column(e.message_dict)) from e

    def _errors_by_column(self, errors):
        """Model errors name the untranslated field (`title`): name the column instead, the
        Vietnamese one since that is the language the model requires."""
        columns = {f.column_name for f in self.get_import_fields()}
        named = {}
        for name, messages in errors.items():
            column = name if name in columns or name == "__all__" else f"{name}_vi"
            if column not in columns and column != "__all__":
                column = name
            named.setdefault(column, []).extend(messages)
        return named

    # --- export ---------------------------------------------------------------------------
    def export_field(self, field, instance, **kwargs):
        return neutralise(super().export_field(field, instance, **kwargs))


def _check_xlsx(data):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as e:
        raise ValidationError(_("This file is not an Excel workbook (.xlsx).")) from e
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(_("This workbook is too large once unpacked."))
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as e:  # openpyxl raises many kinds for a damaged workbook
        raise ValidationError(_("This file is not an Excel workbook (.xlsx).")) from e
    sheet = book.worksheets[0]
    cells = []
    for row in sheet.iter_rows():
        for cell in row:
            if getattr(cell, "data_type", None) == "f":
                cells.append(cell.coordinate)
    book.close()
    if cells:
        raise ValidationError(
            _("Cells %(cells)s contain formulas. Replace them with their values (Copy, then "
              "Paste values) and import again.") % {"cells": ", ".join(cells[:10])})


def _check_csv(text):
    cells = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        for column, value in enumerate(row):
            if value.startswith("="):
                cells.append(f"{_column_letter(column)}{number}")
    if cells:
        raise ValidationError(
            _("Cells %(cells)s contain formulas. Replace them with their values (Copy, then "
              "Paste values) and import again.") % {"cells": ", ".join(cells[:10])})


def _column_letter(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


class SpreadsheetImportForm(ImportForm):
    """The upload form, refusing a file that is not a clean spreadsheet of this resource
    before any row is read."""

    def __init__(self, formats, resources, **kwargs):
        self.format_classes = formats
        self.resource_classes = resources
        super().__init__(formats, resources, **kwargs)
        self.fields["import_file"].help_text = _(
            "An Excel workbook (.xlsx, first sheet) or a CSV file in UTF-8, at most 2 MB. "
            "Nothing is saved until you confirm the preview.")

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("import_file")
        format_index = cleaned.get("format")
        if not upload or format_index in (None, ""):
            return cleaned
        if upload.size > MAX_UPLOAD_BYTES:
            self.add_error("import_file", _("The file is larger than 2 MB."))
            return cleaned
        data = upload.read()
        upload.seek(0)
        input_format = self.format_classes[int(format_index)]()
        try:
            if input_format.is_binary():
                _check_xlsx(data)
                dataset = input_format.create_dataset(data)
            else:
                try:
                    text = data.decode("utf-8-sig")
                except UnicodeDecodeError as e:
                    raise ValidationError(
                        _("This file is not a CSV file in UTF-8. In Excel, save it as "
                          "“CSV UTF-8”.")) from e
                _check_csv(text)
                dataset = input_format.create_dataset(text)
        except ValidationError as e:
            self.add_error("import_file", e)
            return cleaned
        except Exception:
            self.add_error("import_file", _("This file cannot be read as a spreadsheet."))
            return cleaned
        if dataset.height > MAX_ROWS:
            self.add_error("import_file", _("At most %(max)s rows at a time.") % {"max": MAX_ROWS})
        resource_class = self.resource_classes[int(cleaned.get("resource") or 0)]
        self._check_columns(resource_class, dataset.headers or [])
        return cleaned

    def _check_columns(self, resource_class, headers):
        resource = resource_class()
        known = [f.column_name for f in resource.get_import_fields()]
        headers = [str(h).strip() for h in headers if h not in (None, "")]
        unknown = [h for h in headers if h not in known]
        missing = [c for c in resource.get_import_id_fields() if c not in headers]
        if unknown:
            self.add_error("import_file", _("Unknown columns: %(columns)s. The columns are: "
                                            "%(known)s.") % {"columns": ", ".join(unknown),
                                                             "known": ", ".join(known)})
        if missing:
            self.add_error("import_file", _("Missing columns: %(columns)s.")
                           % {"columns": ", ".join(missing)})


def choice_codes(choices):
    """The codes to type in a column, quoted, each with its label in the admin's language
    (evaluated when the import page is shown, not at import time)."""
    return lazy(lambda: ", ".join(f"“{value}” ({label})" for value, label in choices), str)()


class ColumnExportForm(SelectableFieldsExportForm):
    """The fields to export are named by their column, exactly as the sheet's first row
    and the import page name them (`title_vi`), not as English words made from them."""

    def _get_field_label(self, resource, field_name):
        field = resource.fields.get(field_name)
        return format_html("<code>{}</code>", field.column_name if field else field_name)


class SpreadsheetAdminMixin(ImportExportMixin):
    """Import and export in the admin, with the rules of this module: .xlsx and .csv, the
    model's add and change permissions to import, view to export, one transaction."""

    import_form_class = SpreadsheetImportForm
    export_form_class = ColumnExportForm
    import_template_name = "admin/spreadsheets/import.html"
    formats = [base_formats.XLSX, base_formats.CSV]
    from_encoding = "utf-8-sig"

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_import_resource_kwargs(self, request, **kwargs):
        return {**super().get_import_resource_kwargs(request, **kwargs), "user": request.user}

    def get_import_data_kwargs(self, **kwargs):
        # Nothing is saved when any row is invalid, at the confirm step too.
        return {**super().get_import_data_kwargs(**kwargs),
                "rollback_on_validation_errors": True, "use_transactions": True}

    def get_import_context_data(self, **kwargs):
        resource_class = self.get_import_resource_classes(None)[0]
        resource = resource_class()
        return {
            **super().get_import_context_data(**kwargs),
            "columns": [(f.column_name, resource.column_help.get(f.column_name, ""))
                        for f in resource.get_import_fields()],
        }

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_import_template"
        return [
            path("import/template.<str:extension>",
                 self.admin_site.admin_view(self.import_template_view), name=name),
            *super().get_urls(),
        ]

    def import_template_view(self, request, extension):
        """An empty sheet with the columns, to fill in."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        file_format = {"xlsx": base_formats.XLSX, "csv": base_formats.CSV}.get(extension)
        if file_format is None:
            raise PermissionDenied
        resource = self.get_export_resource_classes(request)[0]()
        dataset = resource.export(queryset=self.model.objects.none())
        data = file_format().export_data(dataset)
        response = HttpResponse(data, content_type=file_format().get_content_type())
        filename = f"{self.opts.model_name}-template.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_export_formats(self):
        return self.formats

    def get_import_formats(self):
        return self.formats


# Used by the apps' resources: dates as ISO text ("2024-10-03").
date_widget = IsoDateWidget()
