import pytest
from django.urls import reverse

from cooperation.models import Agreement
from tests.factories import PartnerOrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def agreement_data(moj, other, **extra):
    data = {
        "title_vi": "Chương trình hợp tác 2020–2022", "title_en": "Programme 2020–2022",
        "slug_vi": "", "slug_en": "", "summary_vi": "", "summary_en": "", "body_vi": "",
        "body_en": "", "kind": "programme", "nature": "non_binding", "level": "ministry",
        "parties": [moj.pk, other.pk], "effective_on_signature": "on",
        "entry_into_force": "", "valid_from": "01/01/2020", "valid_until": "31/12/2022",
        "terminated_on": "", "status": "published", "publish_at_0": "27/10/2020",
        "publish_at_1": "10:00:00",
        "signatures-TOTAL_FORMS": "2", "signatures-INITIAL_FORMS": "0",
        "signatures-MIN_NUM_FORMS": "0", "signatures-MAX_NUM_FORMS": "1000",
        "signatures-0-party": other.pk, "signatures-0-date": "23/09/2020",
        "signatures-0-date_precision": "day", "signatures-0-method": "alternating",
        "signatures-0-signatory": "Fikrat Mammadov",
        "signatures-1-party": moj.pk, "signatures-1-date": "27/10/2020",
        "signatures-1-date_precision": "day", "signatures-1-method": "alternating",
        "signatures-1-signatory": "Lê Thành Long",
        "links_out-TOTAL_FORMS": "0", "links_out-INITIAL_FORMS": "0",
        "links_out-MIN_NUM_FORMS": "0", "links_out-MAX_NUM_FORMS": "1000",
        "agreementdocument_set-TOTAL_FORMS": "0", "agreementdocument_set-INITIAL_FORMS": "0",
        "agreementdocument_set-MIN_NUM_FORMS": "0", "agreementdocument_set-MAX_NUM_FORMS": "1000",
    }
    data.update(extra)
    return data


@pytest.fixture
def parties():
    return (PartnerOrganisationFactory(kind="vn_agency", country="VN"),
            PartnerOrganisationFactory(kind="ministry", country="AZ"))


def test_secretariat_records_the_azerbaijan_programme(admin_client, parties):
    response = admin_client.post(reverse("admin:cooperation_agreement_add"),
                                 agreement_data(*parties))
    assert response.status_code == 302
    agreement = Agreement.objects.with_state().get()
    assert agreement.concluded_on.isoformat() == "2020-10-27"
    assert agreement.signatures.count() == 2


def test_period_ending_before_it_starts_is_refused(admin_client, parties):
    response = admin_client.post(reverse("admin:cooperation_agreement_add"),
                                 agreement_data(*parties, valid_until="31/12/2019"),
                                 HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["valid_until"] == ["The period cannot end before it starts."]
    assert "The period cannot end before it starts." in response.content.decode()
    assert Agreement.objects.count() == 0


def test_entry_into_force_before_the_last_signature_is_refused(admin_client, parties):
    response = admin_client.post(reverse("admin:cooperation_agreement_add"),
                                 agreement_data(*parties, entry_into_force="01/10/2020"),
                                 HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    message = ("Entry into force (01/10/2020) cannot come before the last signature "
               "(27/10/2020).")
    assert formset.non_form_errors() == [message]
    assert message in response.content.decode()
    assert Agreement.objects.count() == 0


def test_signature_by_a_non_party_is_refused(admin_client, parties):
    outsider = PartnerOrganisationFactory()
    data = agreement_data(*parties)
    data["signatures-0-party"] = outsider.pk
    response = admin_client.post(reverse("admin:cooperation_agreement_add"), data,
                                 HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert "is not one of the parties chosen above" in str(formset.errors[0]["party"])
    assert Agreement.objects.count() == 0


def test_register_changelist_shows_reader_status(admin_client, parties):
    admin_client.post(reverse("admin:cooperation_agreement_add"), agreement_data(*parties))
    response = admin_client.get(reverse("admin:cooperation_agreement_changelist"),
                                HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert '<td class="field-reader_state">Expired</td>' in html
    assert '<td class="field-concluded">27 Oct 2020</td>' in html
