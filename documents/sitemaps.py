from partnership_portal.sitemaps import I18nSitemap

from .models import Access, Document


class DocumentSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        # Partner-only documents are listed publicly but their files are not; index only
        # the fully public ones.
        return Document.objects.published().filter(access=Access.PUBLIC).order_by("-issued_on")

    def lastmod(self, obj):
        return obj.updated_at
