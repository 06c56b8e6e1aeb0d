"""Bar charts drawn on the server as SVG geometry; templates render them with a title,
description and a data table beside them, so no script or external service is needed."""


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
            bars.append({"label": label, "value": value, "x": label_width, "y": y,
                         "w": max(length, 2), "h": bar, "label_x": label_width - 8,
                         "label_y": y + bar * 0.68, "value_x": label_width + length + 6,
                         "value_y": y + bar * 0.68})
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
