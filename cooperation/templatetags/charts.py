from django import template
from django.utils.translation import gettext

from cooperation.charts import chart_svg

register = template.Library()


@register.simple_tag
def bar_chart(chart, chart_id, title):
    """An overview chart as SVG; its figures are also in the table beside it."""
    return chart_svg(chart, chart_id, title,
                     gettext("The same figures are in the table next to the chart."))
