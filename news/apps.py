from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from . import search

        search.register()
        from partnership_portal.sections import register_section

        from .home import latest_news_section

        register_section("home", latest_news_section, order=10)
