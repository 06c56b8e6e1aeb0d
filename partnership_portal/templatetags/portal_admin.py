"""Admin template helpers: the object's public page in each language."""

from django import template
from django.conf import settings
from django.utils import translation

register = template.Library()


@register.simple_tag
def site_links(obj):
    """[{code, name, url}] for each language: the object's own URL evaluated under that
    language, so per-language slugs and translated path words come out right."""
    if obj is None or not hasattr(obj, "get_absolute_url"):
        return []
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = obj.get_absolute_url()
        links.append({"code": code, "url": url,
                      "name": translation.get_language_info(code)["name_local"]})
    return links
