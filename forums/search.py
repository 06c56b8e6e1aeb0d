from django.utils.translation import gettext_lazy as _

from partnership_portal.richtext import search_text
from partnership_portal.search import SearchSource, register_source

from .models import Event


def _document(event):
    return {
        "title_vi": event.title_vi, "title_en": event.title_en,
        "summary_vi": event.summary_vi or event.theme_vi,
        "summary_en": event.summary_en or event.theme_en,
        "body": " ".join([event.theme_vi or "", event.theme_en or "",
                          search_text(event.body_vi or ""), search_text(event.body_en or ""),
                          event.city_vi or "", event.city_en or "", event.get_kind_display()]),
        "date": event.start,
    }


def register():
    register_source(SearchSource("events", _("Forums and events"), Event,
                                 lambda: Event.objects.all(), _document))
