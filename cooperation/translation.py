from modeltranslation.translator import TranslationOptions, register

from .models import Agreement, Area, CooperationNeed, Partner, Project, Signature


@register(Area)
class AreaTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("vi", "en")


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "short_name", "slug", "description")
    required_languages = {"vi": ("name",)}


@register(Agreement)
class AgreementTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    required_languages = {"vi": ("title",)}


@register(Signature)
class SignatureTranslationOptions(TranslationOptions):
    fields = ("place", "signatory_title")


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    required_languages = {"vi": ("title",)}


@register(CooperationNeed)
class CooperationNeedTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description")
    required_languages = {"vi": ("title", "description")}
