"""Partners' abbreviations are translated: an English page shows the English one, or the
Vietnamese one marked lang="vi" (HVTP is no English word)."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from django.utils import translation

from tests.factories import AgreementFactory, PartnerOrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners():
    academy = PartnerOrganisationFactory(
        name_vi="Học viện Tư pháp", name_en="Judicial Academy", short_name_vi="HVTP",
        short_name_en=None, kind="vn_agency", country="VN")
    department = PartnerOrganisationFactory(
        name_vi="Vụ Pháp luật quốc tế", name_en="Department of International Law",
        short_name_vi="Vụ PLQT", short_name_en="DIL", kind="vn_agency", country="VN")
    unabbreviated = PartnerOrganisationFactory(
        name_vi="Sở Tư pháp Sơn La", name_en=None, short_name_vi="", kind="vn_agency",
        country="VN")
    AgreementFactory(parties=[academy, department, unabbreviated], title_vi="Kế hoạch hợp tác",
                     title_en="Cooperation plan")
    return {"academy": academy, "department": department, "unabbreviated": unabbreviated}


def page(client, language, name, *args):
    with translation.override(language):
        return client.get(reverse(name, args=args)).content.decode()


def test_english_partner_list_marks_a_vietnamese_abbreviation(client, partners):
    html = page(client, "en", "cooperation:partners")
    assert '(<span lang="vi">HVTP</span>)' in html
    assert "(<span>DIL</span>)" in html


def test_english_register_marks_the_abbreviation_actually_shown(client, partners):
    html = page(client, "en", "cooperation:agreements")
    assert 'lang="vi">HVTP</a>' in html
    assert '">DIL</a>' in html and 'lang="vi">DIL' not in html
    # No abbreviation: the name is shown, marked as the name's language.
    assert 'lang="vi">Sở Tư pháp Sơn La</a>' in html


def test_english_partner_pages_mark_the_abbreviation_by_its_own_language(client, partners):
    academy = page(client, "en", "cooperation:partner", partners["academy"].slug_en)
    assert '<h1><span>Judicial Academy</span> <span class="meta" lang="vi">(HVTP)</span></h1>' \
        in academy
    department = page(client, "en", "cooperation:partner", partners["department"].slug_en)
    assert '<span class="meta">(DIL)</span>' in department
    # An English abbreviation beside a Vietnamese name is not inside the name's lang="vi".
    partners["department"].name_en = None
    partners["department"].save()
    with translation.override("en"):
        url = partners["department"].get_absolute_url()
    html = client.get(url).content.decode()
    assert '<h1><span lang="vi">Vụ Pháp luật quốc tế</span> <span class="meta">(DIL)</span>' \
        in html


def test_vietnamese_pages_show_the_vietnamese_abbreviation_unmarked(client, partners):
    html = page(client, "vi", "cooperation:agreements")
    assert '">Vụ PLQT</a>' in html and "DIL" not in html
    assert 'lang="' not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_migration_copies_the_abbreviation_into_vietnamese_and_leaves_english_empty():
    migration = importlib.import_module(
        "cooperation.migrations.0009_partner_short_name_translated")
    # The models as that migration sees them: plain fields, no modeltranslation rewriting.
    state = MigrationLoader(connection).project_state(
        ("cooperation", "0009_partner_short_name_translated"))
    partner_model = state.apps.get_model("cooperation", "Partner")
    partner = PartnerOrganisationFactory()
    partner_model.objects.filter(pk=partner.pk).update(short_name="HVTP", short_name_vi=None,
                                                       short_name_en=None)
    migration.copy_to_vietnamese(state.apps, None)
    partner.refresh_from_db()
    assert (partner.short_name_vi, partner.short_name_en) == ("HVTP", None)
    with translation.override("en"):
        assert partner.short_name == "HVTP"  # English pages fall back to it
