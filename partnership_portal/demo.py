"""Demo content of the core: the site record and the About page."""

from django.conf import settings
from django.contrib.sites.models import Site

from .demo_data import ABOUT
from .models import Page


def load():
    Site.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": "127.0.0.1:8000", "name": "Legal Partnership Group"},
    )
    _page, created = Page.objects.get_or_create(key=Page.Key.ABOUT, defaults=ABOUT)
    return "About page created" if created else "About page already there"
