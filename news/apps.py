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
        from . import sections

        # After the forums' events (order 20), where the news list always stood.
        register_section("partner", sections.partner_news, order=30)
        register_section("agreement", sections.agreement_news, order=30)
        from partnership_portal.sitemaps import register_sitemap

        from .sitemaps import CategorySitemap, PostSitemap

        register_sitemap("news", PostSitemap, order=10)
        register_sitemap("news-categories", CategorySitemap, order=11)
        from partnership_portal.sitemaps import register_list_page

        register_list_page("news:list", _("News"), order=10)
