from modeltranslation.translator import TranslationOptions, register

from .models import QuarterlyReport


@register(QuarterlyReport)
class QuarterlyReportTranslationOptions(TranslationOptions):
    fields = ("agency", "place", "addressee", "signatory_title", "introduction",
              "results_summary", "limitations", "proposals", "plan_text")
