"""The agreements table's rows, built in Python: the register, the partner page and the home
page show dozens of rows, and the same row as a loop of template tags and variables cost
about 250 Python calls an agreement (register: about a third of the page's time)."""

from django import template

from partnership_portal.html import format_html
from partnership_portal.templatetags.portal import each_rendered, partial_time

register = template.Library()

# The same markup, whitespace included, that the table's {% for %} loop rendered.
_ROW = ('\n    <tr>\n      <td>{}<br><span class="meta">{}{}</span></td>\n      <td>{}</td>\n'
        '      <td>{}</td>\n      <td><span class="state state-{}">{}</span></td>\n    </tr>\n  ')


@register.simple_tag
def agreement_rows(agreements):
    """One `<tr>` per agreement: its link, kind and period; its parties; the day it was
    signed (as precisely as known, "—" if not); its state. Expects `with_state()` and
    `for_listing()`."""
    return each_rendered(agreements, _row)


def _row(links, agreement):
    period = agreement.period_label
    concluded_on = agreement.concluded_on
    return format_html(
        _ROW, links.link(agreement, "title"), agreement.get_kind_display(),
        f" · {period}" if period else "", links.links(agreement.listed_parties),
        partial_time(concluded_on, agreement.last_signature_precision, short=True)
        if concluded_on else "—",
        agreement.state, agreement.state_label())
