"""A "follow by e-mail" link on partner and agreement pages (registered in
NewsletterConfig.ready(), so cooperation never imports newsletter). No query: a link only."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def _follow(key, obj, text):
    return {"template": "newsletter/includes/follow_section.html", "text": text,
            "url": f"{reverse('newsletter:subscribe')}?{urlencode({key: obj.pk})}"}


def follow_partner(request, partner, **context):
    return _follow("partner", partner, _("Receive an e-mail when something new concerns this "
                                         "partner"))


def follow_agreement(request, agreement, **context):
    return _follow("agreement", agreement, _("Receive an e-mail when something new concerns "
                                             "this agreement"))
