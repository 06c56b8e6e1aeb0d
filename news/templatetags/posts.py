"""News cards built in Python: the news list shows twenty, the home page nine, and a card as
an included template of tags and variables cost about 250 Python calls."""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from partnership_portal.html import format_html
from partnership_portal.templatetags.portal import _item_link, _shown_language, date_tag

register = template.Library()

# The markup news/includes/post_card.html rendered per post, whitespace included.
_CARD = ('<article class="card">\n  <h3 class="card-title">{}</h3>\n'
         '  <p class="meta">{} · <a href="{}">{}</a></p>\n  {}\n</article>\n')


@register.simple_tag
def post_cards(posts):
    """One `<article>` per post (from `Post.objects.for_listing()`): its link, the day it
    was published, its category, and its summary (marked with its language when that is
    not the page's)."""
    current = translation.get_language()
    cards = []
    for post in posts:
        summary = post.summary
        if summary:
            shown = _shown_language(post, "summary", current)
            summary = format_html("<p{}>{}</p>", format_html(' lang="{}"', shown)
                                  if shown != current else "", summary)
        category = post.category
        cards.append(format_html(
            _CARD, _item_link(post, "title", current),
            date_tag(template_localtime(post.publish_at)), category.get_absolute_url(),
            category.name, summary or ""))
    return mark_safe("".join(cards))  # noqa: S308 - every value escaped by format_html above
