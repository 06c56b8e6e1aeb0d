from partnership_portal.sitemaps import I18nSitemap

from .models import Category, Post


class PostSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Post.objects.published().order_by("-publish_at")

    def lastmod(self, obj):
        return obj.updated_at


class CategorySitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Category.objects.all()
