from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from partnership_portal.admin import PublishableAdmin, TranslatedAdmin

from .models import Category, Post


@admin.register(Category)
class CategoryAdmin(TranslatedAdmin):
    list_display = ("name", "slug", "order", "post_count")
    list_editable = ("order",)
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name_vi", "name_en")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(post_total=Count("posts"))

    @admin.display(description=_("posts"), ordering="post_total")
    def post_count(self, obj):
        return obj.post_total


@admin.register(Post)
class PostAdmin(PublishableAdmin):
    list_display = (
        "title",
        "category",
        "publication",
        "publish_at",
        "featured",
        "has_english",
        "preview_link",
    )
    list_filter = ("status", "category", "featured", "publish_at")
    list_select_related = ("category",)
    search_fields = ("title_vi", "title_en", "summary_vi", "summary_en", "author_unit_vi")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("documents", "partners", "agreements")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (
            _("Publishing"),
            {"fields": ("status", "publish_at", "unpublish_at", "featured", "category",
                        "author_unit")},
        ),
        (_("Cover image"), {"fields": ("cover", "cover_alt")}),
        (_("Links"), {"fields": ("documents", "partners", "agreements")}),
        (
            _("History"),
            {
                "classes": ("collapse",),
                "fields": ("created_at", "created_by", "updated_at", "updated_by"),
            },
        ),
    )

    @admin.display(description=_("English"), boolean=True)
    def has_english(self, obj):
        return obj.has_translation("en")
