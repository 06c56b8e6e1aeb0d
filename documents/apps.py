from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Document library")

    def ready(self):
        from . import search

        search.register()
        from partnership_portal.sitemaps import register_sitemap

        from .sitemaps import DocumentSitemap

        register_sitemap("documents", DocumentSitemap, order=20)
        from partnership_portal.sitemaps import register_list_page

        from .models import DocumentKind

        def kind_exists(code):
            # A series page is a 404 until the secretariat creates its kind.
            return lambda: DocumentKind.objects.filter(code=code).exists()

        register_list_page("documents:list", _("Documents"), order=40)
        register_list_page("documents:newsletter", _("Newsletter by quarter"),
                           parent="documents:list", order=41, available=kind_exists("newsletter"))
        register_list_page("documents:quarterly_reports", _("Quarterly reports"),
                           parent="documents:list", order=42,
                           available=kind_exists("quarterly-report"))
