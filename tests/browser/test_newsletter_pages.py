"""The newsletter's pages (archive, an issue, subscribe, confirm, unsubscribe) in both
languages: valid HTML and no axe violations, by the checks of test_page_checks.py."""

import pytest
from django.contrib.sites.models import Site
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from newsletter.mailing import confirm_token
from tests.browser.test_page_checks import (  # noqa: F401 - collected here with these pages
    test_pages_have_no_axe_violations,
    test_pages_pass_the_nu_html_checker,
)
from tests.factories import (
    DocumentFactory,
    EventFactory,
    IssueFactory,
    IssueItemFactory,
    PostFactory,
    SubscriberFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages(category, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": "localhost"})
    issue = IssueFactory(title_vi="Bản tin quý III/2020", title_en="Newsletter Q III/2020")
    IssueItemFactory(issue=issue, post=PostFactory(category=category), note_vi="Ghi chú")
    IssueItemFactory(issue=issue, event=EventFactory())
    IssueItemFactory(issue=issue, document=DocumentFactory())
    subscriber = SubscriberFactory(confirmed_at=None)
    paths = []
    for code in ("vi", "en"):
        with translation.override(code):
            paths += [reverse("newsletter:list"), issue.get_absolute_url(),
                      reverse("newsletter:subscribe"),
                      reverse("newsletter:confirm", kwargs={"token": confirm_token(subscriber)}),
                      reverse("newsletter:unsubscribe", kwargs={"token": subscriber.key})]
    subscriber.confirmed_at = timezone.now()
    subscriber.save()
    mail.outbox = []
    return paths
