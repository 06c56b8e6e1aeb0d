from modeltranslation.translator import TranslationOptions, register

from .models import Document, DocumentKind


@register(DocumentKind)
class DocumentKindTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("vi", "en")


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description")
    required_languages = {"vi": ("title",)}
