"""Events as spreadsheets (import and export in the admin).

One row per event, identified by its Vietnamese slug (`slug_vi`); start and end in Hanoi
time as "2024-10-03 08:00". Organisers, people, agenda and photos are edited in the admin,
not in the sheet. Shared rules in partnership_portal/spreadsheets.py.
"""

from django.utils.translation import gettext_lazy as _

from cooperation.spreadsheets import PUBLISHING_HELP
from partnership_portal.spreadsheets import (
    KeepWhenBlank,
    KeepWhenBlankChar,
    KeepWhenBlankMinuteDateTime,
    MinuteDateTime,
    SpreadsheetResource,
    choice_codes,
)

from .models import Event


class EventResource(SpreadsheetResource):
    slug_vi = KeepWhenBlank(attribute="slug_vi", column_name="slug_vi",
                            widget=KeepWhenBlankChar())
    slug_en = KeepWhenBlank(attribute="slug_en", column_name="slug_en",
                            widget=KeepWhenBlankChar())
    start = MinuteDateTime(attribute="start", column_name="start")
    end = MinuteDateTime(attribute="end", column_name="end")
    status = KeepWhenBlank(attribute="status", column_name="status", widget=KeepWhenBlankChar())
    publish_at = KeepWhenBlankMinuteDateTime(attribute="publish_at", column_name="publish_at")

    column_help = {
        **PUBLISHING_HELP,
        "kind": choice_codes(Event.Kind.choices),
        "mode": choice_codes(Event.Mode.choices),
        "stage": choice_codes(Event.Stage.choices),
        "start": _("Hanoi time, e.g. 2024-10-03 08:00."),
        "all_day": _("1 (yes) or 0 (no)."),
        "country": _("Two-letter ISO code (VN, LA, AZ...)."),
    }

    class Meta:
        model = Event
        name = _("Events")
        fields = ("slug_vi", "slug_en", "title_vi", "title_en", "kind", "theme_vi", "theme_en",
                  "start", "end", "all_day", "mode", "venue_name_vi", "venue_name_en",
                  "address", "city_vi", "city_en", "country", "stage", "stage_note_vi",
                  "stage_note_en", "delegates", "summary_vi", "summary_en", "body_vi",
                  "body_en", "outcomes_vi", "outcomes_en", "status", "publish_at")
        export_order = fields
        import_id_fields = ("slug_vi",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
