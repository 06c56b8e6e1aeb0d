from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter and subscriptions")

    def ready(self):
        from partnership_portal.sitemaps import register_sitemap

        from .sitemaps import IssueSitemap

        register_sitemap("newsletter", IssueSitemap, order=60)
