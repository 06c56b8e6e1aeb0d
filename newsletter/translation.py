from modeltranslation.translator import TranslationOptions, register

from .models import Issue, IssueItem


@register(Issue)
class IssueTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "introduction")
    required_languages = {"vi": ("title",)}


@register(IssueItem)
class IssueItemTranslationOptions(TranslationOptions):
    fields = ("note",)
