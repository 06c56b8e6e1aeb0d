import os

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


def sync_site_domain(sender, **kwargs):
    """Absolute links in feeds, sitemaps and e-mails use the Site record: keep it equal to
    DJANGO_SITE_DOMAIN when that is set."""
    domain = os.environ.get("DJANGO_SITE_DOMAIN")
    if not domain:
        return
    from django.conf import settings
    from django.contrib.sites.models import Site

    Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": "Legal Partnership Group"}
    )


def _sync_roles_after_last_app(sender, **kwargs):
    from django.apps import apps

    if sender is list(apps.get_app_configs())[-1]:
        from .roles import sync_roles_after_migrate

        sync_roles_after_migrate(sender, **kwargs)


class PortalConfig(AppConfig):
    name = "partnership_portal"
    verbose_name = _("Site pages")

    def ready(self):
        # modeltranslation (first in INSTALLED_APPS) has registered every model by now.
        from .fasttranslation import install

        install()
        post_migrate.connect(sync_site_domain, sender=self)
        # After every migrate (each app's permissions exist once its own signal has run, so
        # the roles are completed at the last app's): new models' permissions join their roles.
        post_migrate.connect(_sync_roles_after_last_app, dispatch_uid="portal-roles")
        from . import pagecache

        # Any write to a content model invalidates the reader page cache (after commit).
        post_save.connect(pagecache.content_changed, dispatch_uid="pagecache-save")
        post_delete.connect(pagecache.content_changed, dispatch_uid="pagecache-delete")
        m2m_changed.connect(pagecache.m2m_content_changed, dispatch_uid="pagecache-m2m")

        from .sitemaps import PageSitemap, StaticViewSitemap, register_list_page, register_sitemap

        register_sitemap("home", StaticViewSitemap, order=0)
        register_list_page("home", _("Home"), order=0)
        register_sitemap("pages", PageSitemap, order=5)

        from . import translation_status

        translation_status.connect_signals()

        from .dashboard import register_core_panels

        register_core_panels()


class PortalAdminConfig(admin_apps.AdminConfig):
    """The admin with the secretariat's site: a dashboard as its index, apps in working order.
    Named in INSTALLED_APPS explicitly (not this module's default config)."""

    default = False

    default_site = "partnership_portal.admin_site.PortalAdminSite"
