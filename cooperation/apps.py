from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "cooperation"
    verbose_name = _("International cooperation")

    def ready(self):
        from . import search

        search.register()
        from partnership_portal.sections import register_section

        from .home import recent_agreements_section

        register_section("home", recent_agreements_section, order=30)
