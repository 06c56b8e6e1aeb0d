from partnership_portal.sitemaps import I18nSitemap

from .models import Issue


class IssueSitemap(I18nSitemap):
    changefreq = "yearly"

    def items(self):
        return Issue.objects.published().order_by("-year", "-quarter")

    def lastmod(self, obj):
        return obj.updated_at
