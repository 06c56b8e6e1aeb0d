from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Page

# The sitemap sections, filled by each app's AppConfig.ready() (the core imports no app).
# The URLconf hands this very dict to the sitemap view, so it sees every registration.
sitemaps = {}
_orders = {}


def register_sitemap(key, sitemap, order=50):
    """Add a sitemap section; `order` keeps sitemap.xml in a stable, readable order."""
    _orders[key] = (order, sitemap)
    ordered = sorted(_orders.items(), key=lambda item: (item[1][0], item[0]))
    sitemaps.clear()
    sitemaps.update((name, entry[1]) for name, entry in ordered)


class I18nSitemap(Sitemap):
    """Every URL in both languages, each entry listing its counterpart (hreflang alternates)."""

    i18n = True
    alternates = True
    # URLs per sitemap file (both languages count); the index lists the further pages (?p=2).
    limit = 50000
    # Django's x-default drops the language prefix, but every URL here has one; pages carry
    # their own x-default link (to the Vietnamese version) in <head>.
    x_default = False

    def get_languages_for_item(self, item):
        """An item not translated yet has no English URL in the sitemap (its English page
        shows the Vietnamese text, marked noindex) and no English alternate."""
        languages = super().get_languages_for_item(item)
        if hasattr(item, "has_translation"):
            return [code for code in languages
                    if code == settings.LANGUAGE_CODE or item.has_translation(code)]
        return languages


# The site's section and list pages (home, news, the register...), registered by the app that
# owns each, like the sections above: sitemap.xml lists them in both languages and the HTML
# sitemap page (views.site_map) shows them as a tree.
_list_pages = {}


def register_list_page(url_name, label, *, parent=None, order=50, available=None):
    """A page listed on the sitemaps: `label` (lazy) names it, `parent` (a url name) nests it
    on the HTML page, `available()` (optional) says whether it exists today (a series page
    needs its document kind)."""
    _list_pages[url_name] = {"url_name": url_name, "label": label, "parent": parent,
                             "order": order, "available": available}


def list_pages():
    """The registered list pages that exist, ordered: [{url_name, label, parent, order}]."""
    pages = sorted(_list_pages.values(), key=lambda page: (page["order"], page["url_name"]))
    return [page for page in pages if page["available"] is None or page["available"]()]


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return [page["url_name"] for page in list_pages()]

    def location(self, item):
        return reverse(item)


class PageSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Page.objects.order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at
