import csv
import io
import json
from datetime import date

import pytest
from django.http import QueryDict
from django.test import RequestFactory
from django.utils import translation

from cooperation.filters import AgreementFilter, NeedFilter, PartnerFilter, ProjectFilter
from tests.factories import (
    AgreementFactory,
    AreaFactory,
    CooperationNeedFactory,
    PartnerOrganisationFactory,
    ProjectFactory,
    sign,
)

pytestmark = pytest.mark.django_db

REGISTER = "/en/cooperation/agreements/"


@pytest.fixture
def register():
    laos = PartnerOrganisationFactory(name_en="Lao Ministry of Justice", country="LA",
                                      slug_vi="bo-tu-phap-lao")
    cuba = PartnerOrganisationFactory(name_en="Cuban Ministry of Justice", country="CU",
                                      slug_vi="bo-tu-phap-cu-ba")
    treaty = AgreementFactory(parties=[laos], kind="mla_treaty", title_en="Lao treaty 1998")
    sign(treaty, laos, date(1998, 1, 6))
    programme = AgreementFactory(parties=[cuba], title_en="Cuba programme 2023",
                                 valid_from=date(2024, 1, 1), valid_until=date(2025, 12, 31))
    sign(programme, cuba, date(2023, 9, 12))
    AgreementFactory(parties=[laos], kind="mou", title_en="Lao MOU (negotiation)")
    return {"laos": laos, "cuba": cuba}


def filtered(query):
    return AgreementFilter(QueryDict(query), request=RequestFactory().get("/"))


def titles(rows):
    return [a.title_en for a in rows]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("partner=bo-tu-phap-lao", ["Lao treaty 1998", "Lao MOU (negotiation)"]),
        ("country=cu", ["Cuba programme 2023"]),
        ("kind=mou", ["Lao MOU (negotiation)"]),
        ("state=negotiation", ["Lao MOU (negotiation)"]),
        ("year=1998", ["Lao treaty 1998"]),
        ("on=2024-06-01", ["Lao treaty 1998", "Cuba programme 2023"]),
        ("on=01/06/2024&partner=bo-tu-phap-cu-ba", ["Cuba programme 2023"]),
    ],
)
def test_agreement_filter_narrows_by_a_valid_value(register, query, expected):
    filterset = filtered(query)
    assert sorted(titles(filterset.qs)) == sorted(expected)
    assert filterset.notices == []


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("year=abc", "abc"), ("on=2020-13-45", "2020-13-45"), ("kind=nope", "kind"),
        ("partner=%3Cscript%3E", "partner"), ("country=XX", "country"), ("state=lost", "status"),
        ("sort=price", "order"), ("kind=" + "x" * 5000, "kind"), ("on=0001-01-01", "0001"),
    ],
)
def test_invalid_register_value_gives_a_notice_and_does_not_narrow(client, register, query,
                                                                   named):
    response = client.get(f"{REGISTER}?{query}")
    assert response.status_code == 200
    assert len(response.context["agreements"]) == 3
    [notice] = response.context["notices"]
    assert named in notice
    assert len(notice) < 200  # a very long value is cut short


def test_invalid_value_leaves_the_other_filters_applied(client, register):
    response = client.get(f"{REGISTER}?year=abc&partner=bo-tu-phap-lao&kind=mou")
    assert titles(response.context["agreements"]) == ["Lao MOU (negotiation)"]
    assert len(response.context["notices"]) == 1


def test_repeated_parameter_uses_its_last_value(client, register):
    response = client.get(f"{REGISTER}?year=abc&year=1998")
    assert titles(response.context["agreements"]) == ["Lao treaty 1998"]
    assert response.context["notices"] == []
    response = client.get(f"{REGISTER}?kind=mou&kind=nope")
    assert len(response.context["agreements"]) == 3 and response.context["notices"]


def test_register_notice_is_in_the_reader_language(client, register):
    html = client.get("/vi/hop-tac/thoa-thuan/?kind=nope").content.decode()
    assert "không phải là" in html and "is not a known" not in html
    html = client.get(f"{REGISTER}?kind=nope").content.decode()
    assert "“nope” is not a known kind; that filter was ignored." in html


def test_register_form_offers_the_filterset_choices(client, register):
    html = client.get(REGISTER).content.decode()
    assert '<option value="bo-tu-phap-lao">Lao Ministry of Justice</option>' in html
    assert '<option value="CU">' in html and '<option value="FR">' not in html
    assert '<option value="mou">' in html


@pytest.mark.parametrize("query", ["", "sort=signed", "sort=title", "sort=state",
                                   "partner=bo-tu-phap-lao&sort=title", "year=abc"])
def test_register_exports_and_page_give_the_same_rows_in_the_same_order(client, register,
                                                                        query):
    screen = titles(client.get(f"{REGISTER}?{query}").context["agreements"])
    body = client.get(f"{REGISTER}export.csv?{query}").getvalue().decode("utf-8")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))[1:]
    assert [row[0] for row in rows] == screen
    data = json.loads(client.get(f"{REGISTER}export.json?{query}").getvalue())
    assert [row["title"] for row in data["agreements"]] == screen


def test_json_export_echoes_the_filters_it_applied(client, register):
    data = json.loads(client.get(f"{REGISTER}export.json?country=cu&year=abc&on=2024-06-01")
                      .getvalue())
    assert data["filters"] == {"partner": None, "country": "CU", "kind": None, "state": None,
                               "year": None, "on": "2024-06-01", "sort": "-signed"}
    assert [row["title"] for row in data["agreements"]] == ["Cuba programme 2023"]


@pytest.mark.parametrize(("old", "current"), [("status=negotiation", "state=negotiation"),
                                               ("sort=status", "sort=state"),
                                               ("kind=mou&status=signed", "kind=mou&state=signed")])
def test_old_status_links_still_work_for_the_register_and_its_exports(client, register, old,
                                                                       current):
    response = client.get(f"{REGISTER}?{old}")
    assert response.status_code == 301 and response["Location"] == f"{REGISTER}?{current}"
    for path in ("export.csv", "export.json"):
        assert (client.get(f"{REGISTER}{path}?{old}").getvalue()
                == client.get(f"{REGISTER}{path}?{current}").getvalue())


def test_state_parameter_wins_over_the_old_status_parameter(register):
    filterset = filtered("status=negotiation&state=in_force")
    assert filterset.values["state"] == "in_force"
    assert titles(filterset.qs) == ["Lao treaty 1998"]


def test_project_filter_narrows_and_ignores_unknown_values():
    aid = ProjectFactory(kind="non_project")
    ProjectFactory(kind="project", stage="completed")
    assert list(ProjectFilter(QueryDict("kind=non_project")).qs) == [aid]
    bad = ProjectFilter(QueryDict("kind=nope&stage=ongoing"))
    assert list(bad.qs) == [aid]
    assert bad.values == {"kind": None, "stage": "ongoing", "partner": None}
    with translation.override("en"):
        assert bad.notices == ["“nope” is not a known kind; that filter was ignored."]


@pytest.mark.parametrize("path", ["/en/cooperation/projects/", "/en/cooperation/needs/",
                                  "/en/cooperation/partners/"])
@pytest.mark.parametrize("query", ["kind=nope", "stage=%3Cscript%3E", "area=" + "y" * 3000,
                                   "priority=high&priority=<b>"])
def test_cooperation_lists_never_fail_on_bad_values(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200
    assert "<b>" not in response.content.decode()


def test_need_filter_narrows_by_field_and_notices_unknown_values():
    agency = PartnerOrganisationFactory(kind="vn_agency")
    legal_aid = AreaFactory(slug="legal-aid")
    courts = AreaFactory(slug="courts")
    wanted = CooperationNeedFactory(agency=agency, area=legal_aid, priority="high")
    CooperationNeedFactory(agency=agency, area=courts, priority="high")
    assert list(NeedFilter(QueryDict("area=legal-aid")).qs) == [wanted]
    bad = NeedFilter(QueryDict("area=nowhere&priority=high"))
    assert bad.qs.count() == 2
    with translation.override("en"):
        assert bad.notices == ["“nowhere” is not a known field; that filter was ignored."]


def test_partner_filter_narrows_by_kind():
    donor = PartnerOrganisationFactory(kind="donor")
    PartnerOrganisationFactory(kind="ministry")
    assert list(PartnerFilter(QueryDict("kind=donor"),
                              queryset=donor.__class__.objects.all()).qs) == [donor]


def test_agreement_filter_without_parameters_is_the_whole_register_newest_first(register):
    assert titles(AgreementFilter().qs) == [
        "Cuba programme 2023", "Lao treaty 1998", "Lao MOU (negotiation)"]


def test_register_partner_choices_name_each_published_party_once_by_name():
    laos = PartnerOrganisationFactory(name_en="Lao Ministry of Justice", slug_vi="lao",
                                      country="LA")
    cuba = PartnerOrganisationFactory(name_en="Cuban Ministry of Justice", slug_vi="cuba",
                                      country="CU")
    hidden = PartnerOrganisationFactory(name_en="Draft partner", slug_vi="an", status="draft")
    PartnerOrganisationFactory(name_en="Party to nothing", slug_vi="none")
    for parties in ([laos], [laos, cuba], [hidden]):  # Laos is a party to two agreements
        AgreementFactory().parties.set(parties)
    with translation.override("en"):
        filterset = AgreementFilter(QueryDict())
        assert filterset.used_countries == [("CU", "Cuba"), ("LA", "Lao PDR")]
    assert filterset.filters["partner"].extra["choices"] == [
        ("cuba", "Cuban Ministry of Justice"), ("lao", "Lao Ministry of Justice")]


def test_projects_and_documents_say_which_partner_they_are_filtered_by(client):
    """The partner page's "See all" links filter these lists by partner: the form shows the
    partner chosen (and can clear it); an unknown partner is ignored with a notice, as on the
    register and the events list."""
    from tests.factories import AgreementDocumentFactory, DocumentFactory, ProjectRoleFactory

    jica = PartnerOrganisationFactory(name_vi="Cơ quan JICA", name_en="JICA", slug_vi="jica")
    other = PartnerOrganisationFactory(name_en="Other donor")
    ProjectRoleFactory(partner=jica, project=ProjectFactory(title_en="JICA project"))
    ProjectRoleFactory(partner=other, project=ProjectFactory(title_en="Other project"))
    agreement = AgreementFactory(parties=[jica])
    AgreementDocumentFactory(agreement=agreement, document=DocumentFactory(title_en="JICA text"))
    DocumentFactory(title_en="Unrelated text")
    for path, mine, theirs in [("/en/cooperation/projects/", "JICA project", "Other project"),
                               ("/en/documents/", "JICA text", "Unrelated text")]:
        html = client.get(path, {"partner": "jica"}).content.decode()
        assert mine in html and theirs not in html, path
        assert '<option value="jica" selected>JICA</option>' in html, path
        html = client.get(path, {"partner": "no-such-partner"}).content.decode()
        assert "is not a known partner; that filter was ignored." in html, path
        assert mine in html and theirs in html, path
