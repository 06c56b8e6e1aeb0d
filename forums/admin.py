from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from partnership_portal.admin import PublishableAdmin
from partnership_portal.spreadsheets import SpreadsheetAdminMixin

from .models import AgendaItem, Event, EventOrganiser, EventPerson, EventPhoto
from .rhythm import rhythm_for
from .spreadsheets import EventResource


class PersonInline(TranslationTabularInline):
    model = EventPerson
    extra = 0
    autocomplete_fields = ("organisation",)


class OrganiserInline(admin.TabularInline):
    model = EventOrganiser
    extra = 0
    autocomplete_fields = ("partner",)


class AgendaInline(TranslationTabularInline):
    model = AgendaItem
    extra = 0


class PhotoInline(TranslationStackedInline):
    model = EventPhoto
    extra = 0


@admin.register(Event)
class EventAdmin(SpreadsheetAdminMixin, PublishableAdmin):
    resource_classes = [EventResource]
    inlines = [OrganiserInline, PersonInline, AgendaInline, PhotoInline]
    list_display = (
        "title",
        "kind",
        "start",
        "stage",
        "delegates",
        "publication",
        "preview_link",
        "ics_link",
    )
    list_filter = ("kind", "stage", "status", "mode")
    search_fields = ("title_vi", "title_en", "theme_vi", "theme_en")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("project", "agreements", "documents")
    date_hierarchy = "start"
    change_list_template = "admin/forums/event/change_list.html"
    fieldsets = (
        (None, {"fields": ("kind", "title", "slug", "theme", "summary", "body", "outcomes")}),
        (
            _("When and where"),
            {
                "fields": (
                    ("start", "end"),
                    "all_day",
                    "mode",
                    "venue_name",
                    "address",
                    ("city", "country"),
                )
            },
        ),
        (_("Stage"), {"fields": ("stage", "stage_note", "delegates")}),
        (_("Links"), {"fields": ("project", "agreements", "documents")}),
        (_("Publishing"), {"fields": ("status", "publish_at")}),
    )

    @admin.display(description=_("calendar"))
    def ics_link(self, obj):
        return format_html('<a href="{}">.ics</a>', reverse("forums:ics", args=[obj.slug]))

    def get_urls(self):
        return [
            path(
                "rhythm/", self.admin_site.admin_view(self.rhythm_view), name="forums_event_rhythm"
            ),
            *super().get_urls(),
        ]

    def rhythm_view(self, request):
        raw = request.GET.get("year", "")
        valid = raw.isascii() and raw.isdigit() and 1900 < int(raw) < 3000
        year = int(raw) if valid else timezone.localdate().year
        years = [rhythm_for(y) for y in range(year - 2, year + 2)]
        context = {
            **self.admin_site.each_context(request),
            "title": _("The Group's rhythm"),
            "years": years,
            "year": year,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/forums/event/rhythm.html", context)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            self._warn_if_agenda_left_behind(request, form, formsets)
        # Warn, never block: the secretariat may have good reasons. Only the limits this
        # entry can break are mentioned here; the rhythm page shows the rest.
        event = form.instance
        concerns = {
            Event.Kind.ANNUAL_FORUM: "too_many_forums",
            Event.Kind.SURVEY_DELEGATION: "too_many_surveys",
        }
        if event.kind in concerns:
            for code, message in rhythm_for(timezone.localtime(event.start).year).warnings:
                if code == concerns[event.kind]:
                    messages.warning(request, message)

    def _warn_if_agenda_left_behind(self, request, form, formsets):
        """Moving an event keeps its agenda times as they were. Warned, not shifted: the
        editor may have moved only the date, or retimed the programme in the same save, and
        only they know which times still hold."""
        if not ({"start", "end"} & set(form.changed_data)):
            return
        if any(fs.model is AgendaItem and fs.has_changed() for fs in formsets):
            return  # the editor revised the agenda together with the move
        event = form.instance
        timed = [item.time for item in event.agenda.all() if item.time is not None]
        if not timed:
            return
        start = timezone.localtime(event.start, timezone.get_default_timezone())
        messages.warning(
            request,
            _("The event now starts on %(date)s at %(time)s, but its agenda times were not "
              "changed (first item at %(first)s). Check the agenda.")
            % {"date": start.strftime("%d/%m/%Y"), "time": start.strftime("%H:%M"),
               "first": min(timed).strftime("%H:%M")},
        )
