from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Page


class I18nSitemap(Sitemap):
    """Every URL in both languages, each entry listing its counterpart (hreflang alternates)."""

    i18n = True
    alternates = True
    # Django's x-default drops the language prefix, but every URL here has one; pages carry
    # their own x-default link (to the Vietnamese version) in <head>.
    x_default = False


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return ["home"]

    def location(self, item):
        return reverse(item)


class PageSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Page.objects.order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at
