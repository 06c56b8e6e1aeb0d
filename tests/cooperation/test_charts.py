from django.utils import translation

from cooperation.charts import bar_chart, chart_svg


def test_chart_svg_escapes_labels_and_keeps_coordinates_machine_readable():
    chart = bar_chart([("Lào & <Campuchia>", 1234), ("Cuba", 3)], horizontal=True)
    with translation.override("vi"):
        svg = chart_svg(chart, "c1", 'Đối tác "theo" nước', "Bảng bên cạnh")
    assert svg.startswith('<svg class="chart" role="img" aria-labelledby="c1-title c1-desc"')
    assert '<title id="c1-title">Đối tác &quot;theo&quot; nước</title>' in svg
    assert '<desc id="c1-desc">Bảng bên cạnh</desc>' in svg
    assert "Lào &amp; &lt;Campuchia&gt;" in svg and "<Campuchia>" not in svg
    # Vietnamese formats would write 26.6 as "26,6": SVG needs a point.
    assert 'y="19.04"' in svg and "19,04" not in svg
    assert svg.count('class="label label-end"') == 2 and svg.count('<rect ') == 2


def test_vertical_chart_centres_its_labels():
    svg = chart_svg(bar_chart([("2023", 2), ("2024", 5)]), "y", "Năm", "Bảng")
    assert svg.count('class="label label-middle"') == 2
    assert svg.count('class="value label-middle"') == 2
    assert svg.rstrip().endswith("</svg>")
