from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = _("Forums and events")

    def ready(self):
        from . import search

        search.register()
        from partnership_portal.sections import register_section

        from . import sections

        register_section("home", sections.upcoming_events, order=20)
        register_section("partner", sections.partner_events, order=20)
        register_section("project", sections.project_events, order=20)
        from partnership_portal.sitemaps import register_sitemap

        from .sitemaps import EventSitemap

        register_sitemap("events", EventSitemap, order=40)
        from partnership_portal.dashboard import register_panel

        from .dashboard import rhythm_warnings, upcoming_events

        register_panel(upcoming_events, order=50)
        register_panel(rhythm_warnings, order=60)

        from partnership_portal.sitemaps import register_list_page

        register_list_page("forums:list", _("Forums and events"), order=20)
        register_list_page("forums:series", _("The annual Legal Partnership Forum"),
                           parent="forums:list", order=21)
