"""Cooperation's panel on the admin dashboard (registered in CooperationConfig.ready)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from partnership_portal.dashboard import PANEL_ITEMS, change_url, viewable_models

from .models import Interest


def newest_interest(request):
    """Partners' latest expressions of interest in cooperation needs (their messages are
    private: only users allowed to view them see this panel)."""
    if not viewable_models(request, [Interest]):
        return None
    interests = Interest.objects.select_related("need", "partner", "user")[:PANEL_ITEMS]
    return {
        "title": _("Newest interest in cooperation needs"),
        "items": [
            {"label": f"{interest.partner or interest.user} → {interest.need}",
             "url": change_url(interest),
             "meta": date_format(timezone.localtime(interest.created_at),
                                 "SHORT_DATETIME_FORMAT")}
            for interest in interests
        ],
        "empty": _("No partner has expressed interest yet."),
        "more_url": reverse("admin:cooperation_interest_changelist"),
        "more_label": _("All expressions of interest"),
    }
