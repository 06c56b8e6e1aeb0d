from partnership_portal.sitemaps import I18nSitemap

from .models import Agreement, CooperationNeed, Partner, Project


class _PublishedSitemap(I18nSitemap):
    model = None

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


class AgreementSitemap(_PublishedSitemap):
    model = Agreement


class PartnerSitemap(_PublishedSitemap):
    model = Partner


class ProjectSitemap(_PublishedSitemap):
    model = Project


class NeedSitemap(_PublishedSitemap):
    model = CooperationNeed
