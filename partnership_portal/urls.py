from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from . import views
from .sitemaps import sitemaps

admin.site.site_header = _("Legal Partnership Group: secretariat")
admin.site.site_title = _("Legal Partnership Group")
admin.site.index_title = _("Column content")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("ckeditor/upload/", views.editor_upload, name="ckeditor_upload"),
    path("ckeditor/browse/", views.editor_browse, name="ckeditor_browse"),
    # An index of one sitemap per section, each split into pages of `Sitemap.limit` URLs, so
    # every file stays within the protocol's 50,000 URLs. Cached like every reader page
    # (pagecache.py).
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps},
        name="sitemap_section",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    # Browsers post Content-Security-Policy violations here (report-uri, settings.py).
    path("csp-report/", views.csp_report, name="csp_report"),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path(_("about/"), views.about, name="about"),
    path(_("accessibility/"), views.accessibility, name="accessibility"),
    path(_("privacy/"), views.privacy, name="privacy"),
    path(_("contact/"), include("contact.urls")),
    path(_("search/"), views.search, name="search"),
    path(_("sitemap/"), views.site_map, name="site_map"),
    path(_("news/"), include("news.urls")),
    path(_("documents/"), include("documents.urls")),
    path(_("cooperation/"), include("cooperation.urls")),
    path(_("forums/"), include("forums.urls")),
    path(_("account/"), include("accounts.urls")),
    path(_("account/"), include("security.urls")),
    path(_("newsletter/"), include("newsletter.urls")),
)

if settings.DEBUG:
    # Development only; production serves /media/ from the web server (README).
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

handler404 = "partnership_portal.views.page_not_found"
handler500 = "partnership_portal.views.server_error"
