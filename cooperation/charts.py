"""Bar charts drawn on the server as SVG geometry; templates render them with a title,
description and a data table beside them, so no script or external service is needed."""

from django.utils.formats import localize
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def bar_chart(rows, horizontal=False, width=640, bar=28, gap=10):
    """rows: [(label, value)]. Returns the geometry the template draws."""
    top = max((value for _label, value in rows), default=0) or 1
    bars = []
    if horizontal:
        label_width = 220
        usable = width - label_width - 60
        for index, (label, value) in enumerate(rows):
            y = index * (bar + gap)
            length = round(usable * value / top)
            baseline = round(y + bar * 0.68, 2)  # not 19.040000000000003
            bars.append({"label": label, "value": value, "x": label_width, "y": y,
                         "w": max(length, 2), "h": bar, "label_x": label_width - 8,
                         "label_y": baseline, "value_x": label_width + length + 6,
                         "value_y": baseline})
        height = max(len(rows) * (bar + gap), bar)
    else:
        height = 240
        usable = height - 40
        step = width / max(len(rows), 1)
        for index, (label, value) in enumerate(rows):
            length = round(usable * value / top)
            x = index * step + step * 0.15
            bars.append({"label": label, "value": value, "x": round(x, 1),
                         "y": height - 20 - length, "w": round(step * 0.7, 1),
                         "h": max(length, 2), "label_x": round(x + step * 0.35, 1),
                         "label_y": height - 4, "value_x": round(x + step * 0.35, 1),
                         "value_y": height - 26 - length})
    # Coordinates as text, as Python writes them: the template would localise numbers
    # ("19,04" in Vietnamese) where SVG needs "19.04".
    for drawn in bars:
        for key in ("x", "y", "w", "h", "label_x", "label_y", "value_x", "value_y"):
            drawn[key] = str(drawn[key])
    return {"bars": bars, "width": width, "height": height, "horizontal": horizontal}


def chart_svg(chart, chart_id, title, description):
    """The SVG markup of a `bar_chart()`, labelled by `title` and `description`.

    Written here rather than in a template: each bar is a dozen values, and the template
    engine's look-ups for them cost more than the rest of the overview page together."""
    parts = [format_html(
        '<svg class="chart" role="img" aria-labelledby="{0}-title {0}-desc" viewBox="0 0 {1} {2}"'
        ' width="100%" preserveAspectRatio="xMinYMin meet">\n'
        '  <title id="{0}-title">{3}</title>\n  <desc id="{0}-desc">{4}</desc>\n  ',
        chart_id, chart["width"], chart["height"], title, description)]
    label_class = "label label-end" if chart["horizontal"] else "label label-middle"
    value_class = "value" if chart["horizontal"] else "value label-middle"
    for drawn in chart["bars"]:
        # Labels and values as the template engine showed them (localised numbers).
        parts.append(format_html(
            '\n  <rect x="{}" y="{}" width="{}" height="{}" class="bar"/>\n'
            '  <text x="{}" y="{}" class="{}">{}</text>\n'
            '  <text x="{}" y="{}" class="{}">{}</text>\n  ',
            drawn["x"], drawn["y"], drawn["w"], drawn["h"],
            drawn["label_x"], drawn["label_y"], label_class, localize(drawn["label"]),
            drawn["value_x"], drawn["value_y"], value_class, localize(drawn["value"])))
    parts.append("\n</svg>\n")
    return mark_safe("".join(parts))  # each part went through format_html
