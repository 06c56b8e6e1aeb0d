from partnership_portal.sitemaps import I18nSitemap

from .models import Event


class EventSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Event.objects.published().order_by("-start")

    def lastmod(self, obj):
        return obj.updated_at
