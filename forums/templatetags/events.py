"""Event cards built in Python: the events list, the home page, the partner and project pages
show a dozen or more, and a card as a loop of template tags and variables cost about 300
Python calls."""

from django import template

from partnership_portal.html import format_html
from partnership_portal.templatetags.portal import each_rendered

register = template.Library()

# The markup the cards' {% for %} loop rendered, whitespace included.
_CARD = ('<article class="card event-card">\n  <h3 class="card-title">{}</h3>\n'
         '  <p class="meta">{}\n · {}{}</p>\n  {}\n  {}\n</article>\n')


@register.simple_tag
def event_cards(events):
    """One `<article>` per event (from `Event.objects.for_listing()`): its link; when, kind
    and place; a postponed or cancelled event's stage; its organisers."""
    return each_rendered(events, _card)


def _card(links, event):
    place = event.place_line
    organisers = event.listed_organisers
    return format_html(
        _CARD, links.link(event, "title"), event.when_html,
        event.get_kind_display(), format_html(" · {}", place) if place else "",
        format_html('<p><span class="state state-{}">{}</span></p>', event.stage,
                    event.get_stage_display()) if event.is_postponed_or_cancelled else "",
        format_html('<p class="meta">{}</p>', links.names(organisers, via="partner"))
        if organisers else "")
