from django.utils.translation import gettext_lazy as _

from partnership_portal.search import SearchSource, day_to_datetime, register_source

from .models import Document


def _document(document):
    return {
        "title_vi": document.title_vi, "title_en": document.title_en,
        "summary_vi": document.description_vi, "summary_en": document.description_en,
        "body": f"{document.kind.name_vi} {document.kind.name_en} {document.year}",
        "date": day_to_datetime(document.issued_on),
        "access": document.access,
    }


def register():
    register_source(SearchSource(
        key="documents", label=_("Documents"), model=Document,
        queryset=lambda: Document.objects.select_related("kind"), document=_document,
    ))
