from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "cooperation"
    verbose_name = _("International cooperation")

    def ready(self):
        from . import search, signals

        signals.connect()

        search.register()
        from partnership_portal.sections import register_section

        from .home import recent_agreements_section

        register_section("home", recent_agreements_section, order=30)
        from partnership_portal.sitemaps import register_sitemap

        from .sitemaps import AgreementSitemap, NeedSitemap, PartnerSitemap, ProjectSitemap

        register_sitemap("agreements", AgreementSitemap, order=30)
        register_sitemap("partners", PartnerSitemap, order=31)
        register_sitemap("projects", ProjectSitemap, order=32)
        register_sitemap("needs", NeedSitemap, order=33)
        from partnership_portal.dashboard import register_panel

        from .dashboard import newest_interest

        register_panel(newest_interest, order=70)

        from partnership_portal.sitemaps import register_list_page

        register_list_page("cooperation:overview", _("International cooperation"), order=30)
        for order, (url_name, label) in enumerate([
            ("cooperation:agreements", _("Agreements register")),
            ("cooperation:partners", _("Partners")),
            ("cooperation:projects", _("Projects and aid")),
            ("cooperation:needs", _("Cooperation needs")),
        ], start=31):
            register_list_page(url_name, label, parent="cooperation:overview", order=order)
