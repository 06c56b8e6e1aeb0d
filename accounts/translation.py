from modeltranslation.translator import TranslationOptions, register

from .models import PartnerOrganisation


@register(PartnerOrganisation)
class PartnerOrganisationTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("vi",)
