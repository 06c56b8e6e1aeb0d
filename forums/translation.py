from modeltranslation.translator import TranslationOptions, register

from .models import AgendaItem, Event, EventPerson, EventPhoto


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "theme", "summary", "body", "outcomes", "venue_name", "city",
              "stage_note")
    required_languages = {"vi": ("title",)}


@register(EventPerson)
class EventPersonTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(AgendaItem)
class AgendaItemTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = {"vi": ("title",)}


@register(EventPhoto)
class EventPhotoTranslationOptions(TranslationOptions):
    fields = ("caption", "alt")
    required_languages = {"vi": ("alt",)}
