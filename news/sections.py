"""Sections this app adds to other apps' pages: related news on partner and agreement pages
(registered in NewsConfig.ready(), so cooperation never imports news)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from partnership_portal.capped import CappedList

from .models import Post


def _related(posts, heading):
    posts = list(posts[:10])
    if posts:
        return {"template": "news/includes/related_section.html", "posts": posts,
                "heading": heading}
    return None


def partner_news(request, partner, **context):
    posts = CappedList.of(
        Post.objects.published().for_listing().filter(partners=partner),
        f"{reverse('news:list')}?{urlencode({'partner': partner.slug_vi})}")
    if posts:
        return {"template": "news/includes/related_section.html", "posts": posts,
                "heading": _("News")}
    return None


def agreement_news(request, agreement, **context):
    return _related(Post.objects.published().for_listing().filter(agreements=agreement),
                    _("Related news"))
