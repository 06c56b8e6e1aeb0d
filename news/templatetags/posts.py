"""News cards built in Python: the news list shows twenty, the home page nine, and a card as
an included template of tags and variables cost about 250 Python calls."""

from django import template
from django.utils.timezone import template_localtime

from partnership_portal.html import format_html
from partnership_portal.templatetags.portal import _date_tag, _lang_attr, each_rendered

register = template.Library()

# The markup news/includes/post_card.html rendered per post, whitespace included.
_CARD = ('<article class="card">\n  <h3 class="card-title">{}</h3>\n'
         '  <p class="meta">{} · <a href="{}">{}</a></p>\n  {}\n</article>\n')


def _published_day(post, language):
    # `{{ post.publish_at|date_tag }}`, with the language this list already knows.
    if not post.publish_at:
        return ""
    return _date_tag(template_localtime(post.publish_at).date(), language)


@register.simple_tag
def post_cards(posts):
    """One `<article>` per post (from `Post.objects.for_listing()`): its link, the day it
    was published, its category, and its summary (marked with its language when that is
    not the page's)."""
    return each_rendered(posts, _card)


def _card(links, post):
    current = links.language
    summary = links.text(post, "summary")
    if summary:
        summary = format_html("<p{}>{}</p>", _lang_attr(post, "summary", current), summary)
    category = post.category
    return format_html(
        _CARD, links.link(post, "title"), _published_day(post, current), links.url(category),
        links.text(category, "name"), summary or "")
