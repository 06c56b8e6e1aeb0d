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
