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
