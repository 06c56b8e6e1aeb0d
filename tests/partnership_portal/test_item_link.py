"""`{% item_link %}`: a listed item's link, marked when its text falls back to Vietnamese."""

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.factories import AgreementFactory, PartnerOrganisationFactory

pytestmark = pytest.mark.django_db


def link(obj, field="title"):
    template = Template('{% load portal %}{% item_link obj field %}')
    return template.render(Context({"obj": obj, "field": field}))


def test_translated_title_is_a_plain_link_in_each_language():
    agreement = AgreementFactory(title_vi="Hiệp định tương trợ", title_en="Assistance treaty")
    with translation.override("en"):
        assert link(agreement) == (
            f'<a href="{agreement.get_absolute_url()}">Assistance treaty</a>')
    with translation.override("vi"):
        assert link(agreement) == (
            f'<a href="{agreement.get_absolute_url()}">Hiệp định tương trợ</a>')


def test_untranslated_title_on_an_english_page_is_marked_vietnamese():
    agreement = AgreementFactory(title_vi="Hiệp định <tương trợ>", title_en="")
    with translation.override("en"):
        assert link(agreement) == (
            f'<a href="{agreement.get_absolute_url()}" lang="vi">Hiệp định &lt;tương trợ&gt;'
            '</a> <span class="lang-note">(in Vietnamese)</span>')


def test_a_partners_abbreviation_follows_the_field_shown():
    partner = PartnerOrganisationFactory(short_name_vi="HVTP", short_name_en="")
    with translation.override("en"):
        html = link(partner, partner.list_name_field)
    assert '>HVTP</a>' in html and 'lang="vi"' in html and "(in Vietnamese)" in html


def test_date_tag_shows_the_local_day_in_the_pages_format():
    from datetime import UTC, date, datetime

    from django.template import engines

    template = engines["django"].from_string("{% load portal %}{{ value|date_tag }}")
    # 18:00 UTC on 31 December 2020 is already 1 January 2021 in Hanoi.
    late = datetime(2020, 12, 31, 18, tzinfo=UTC)
    with translation.override("vi"):
        assert template.render({"value": late}) == (
            '<time datetime="2021-01-01">01/01/2021</time>')
        assert template.render({"value": None}) == ""
    with translation.override("en"):
        assert template.render({"value": late}) == (
            '<time datetime="2021-01-01">1 January 2021</time>')
        assert template.render({"value": date(2024, 3, 5)}) == (
            '<time datetime="2024-03-05">5 March 2024</time>')


def test_item_links_joins_links_with_an_escaped_separator():
    hvtp = PartnerOrganisationFactory(short_name_vi="HVTP", short_name_en="")
    moj = PartnerOrganisationFactory(short_name_vi="BTP", short_name_en="MOJ & co")
    template = Template('{% load portal %}{% item_links partners %}|'
                        '{% item_links partners "name" sep %}')
    with translation.override("en"):
        short, names = template.render(Context({"partners": [hvtp, moj], "sep": " <> "})).split("|")
        assert short == (f'<a href="{hvtp.get_absolute_url()}" lang="vi">HVTP</a> <span '
                         f'class="lang-note">(in Vietnamese)</span>, '
                         f'<a href="{moj.get_absolute_url()}">MOJ &amp; co</a>')
    assert names.count("</a> &lt;&gt; <a") == 1 and hvtp.name_en in names


def test_list_names_marks_vietnamese_fallbacks_in_spans():
    hvtp = PartnerOrganisationFactory(short_name_vi="HVTP", short_name_en="")
    moj = PartnerOrganisationFactory(short_name_vi="BTP", short_name_en="<MOJ>")

    class Organiser:
        def __init__(self, partner):
            self.partner = partner

    template = Template('{% load portal %}{% list_names organisers via="partner" %}')
    context = Context({"organisers": [Organiser(hvtp), Organiser(moj)]})
    with translation.override("en"):
        assert template.render(context) == '<span lang="vi">HVTP</span>, <span>&lt;MOJ&gt;</span>'
    with translation.override("vi"):
        assert template.render(context) == "<span>HVTP</span>, <span>BTP</span>"


def test_select_options_marks_the_chosen_value_and_escapes_labels():
    template = Template("{% load portal %}{% select_options choices selected %}")
    choices = [("laos", "Lào <Bộ Tư pháp>"), ("cuba", "Cu-ba"), (2024, 2024)]
    html = template.render(Context({"choices": choices, "selected": "cuba"}))
    assert html == ('<option value="laos">Lào &lt;Bộ Tư pháp&gt;</option>'
                    '<option value="cuba" selected>Cu-ba</option>'
                    '<option value="2024">2024</option>')
    assert " selected" not in template.render(Context({"choices": choices, "selected": ""}))
    assert '<option value="2024" selected>' in template.render(
        Context({"choices": choices, "selected": 2024}))
