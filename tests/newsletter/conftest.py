import pytest
from django.contrib.sites.models import Site


@pytest.fixture(autouse=True)
def _newsletter_settings(settings, db):
    settings.NEWSLETTER_MIN_FORM_SECONDS = 0
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    Site.objects.update_or_create(pk=settings.SITE_ID,
                                  defaults={"domain": "portal.example.org", "name": "Portal"})
