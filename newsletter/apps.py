from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter and subscriptions")

    def ready(self):
        from partnership_portal.sitemaps import register_sitemap

        from .sitemaps import IssueSitemap

        register_sitemap("newsletter", IssueSitemap, order=60)
        from partnership_portal.sections import register_section

        from .sections import follow_agreement, follow_partner

        # Last on the page, after the lists of what is already there.
        register_section("partner", follow_partner, order=90)
        register_section("agreement", follow_agreement, order=90)
