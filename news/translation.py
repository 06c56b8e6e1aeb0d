from modeltranslation.translator import TranslationOptions, register

from .models import Category, Post


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "description")
    required_languages = {"vi": ("name", "slug"), "en": ("name", "slug")}


@register(Post)
class PostTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "author_unit", "cover_alt")
    required_languages = {"vi": ("title",)}
