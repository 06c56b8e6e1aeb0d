import csv
import io
import json
from datetime import date, timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories import (
    AgreementDocumentFactory,
    AgreementFactory,
    AgreementLinkFactory,
    DocumentFactory,
    PartnerOrganisationFactory,
    PostFactory,
    ProjectFactory,
    ProjectRoleFactory,
    sign,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def register():
    moj = PartnerOrganisationFactory(name_vi="Bộ Tư pháp", name_en="Ministry of Justice",
                                     kind="vn_agency", country="VN", slug_vi="bo-tu-phap")
    laos = PartnerOrganisationFactory(name_vi="Bộ Tư pháp Lào", name_en="Lao Ministry of Justice",
                                      kind="ministry", country="LA", slug_vi="bo-tu-phap-lao")
    cuba = PartnerOrganisationFactory(name_vi="Bộ Tư pháp Cu-ba", name_en="Cuban Ministry of Justice",
                                      kind="ministry", country="CU", slug_vi="bo-tu-phap-cu-ba")
    old = AgreementFactory(parties=[moj, laos], kind="mla_treaty", nature="treaty",
                           title_vi="Hiệp định tương trợ tư pháp 1998", title_en="MLA treaty 1998")
    sign(old, moj, date(1998, 1, 6))
    sign(old, laos, date(1998, 1, 6))
    new = AgreementFactory(parties=[moj, laos], kind="mla_treaty", nature="treaty",
                           title_vi="Hiệp định tương trợ tư pháp về dân sự 2023",
                           title_en="MLA treaty in civil matters 2023")
    sign(new, moj, date(2023, 4, 10))
    sign(new, laos, date(2023, 4, 10))
    AgreementLinkFactory(source=new, kind="partly_replaces", target=old)
    programme = AgreementFactory(parties=[moj, cuba], kind="programme",
                                 title_vi="Chương trình hợp tác với Cu-ba 2024–2025",
                                 title_en="Cuba programme 2024–2025",
                                 valid_from=date(2024, 1, 1), valid_until=date(2025, 12, 31))
    sign(programme, moj, date(2023, 9, 12))
    sign(programme, cuba, date(2023, 9, 12))
    india = AgreementFactory(parties=[moj], kind="mou", title_en="India MOU (negotiation)")
    return {"moj": moj, "laos": laos, "cuba": cuba, "old": old, "new": new,
            "programme": programme, "india": india}


def titles(response):
    return [a.title_en for a in response.context["agreements"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"partner": "bo-tu-phap-lao"}, {"MLA treaty 1998", "MLA treaty in civil matters 2023"}),
        ({"country": "cu"}, {"Cuba programme 2024–2025"}),
        ({"kind": "mou"}, {"India MOU (negotiation)"}),
        ({"state": "negotiation"}, {"India MOU (negotiation)"}),
        ({"state": "partly_superseded"}, {"MLA treaty 1998"}),
        ({"year": "2023"}, {"MLA treaty in civil matters 2023", "Cuba programme 2024–2025"}),
        ({"on": "2020-06-01"}, {"MLA treaty 1998"}),
        ({"on": "2024-06-01", "partner": "bo-tu-phap-cu-ba"}, {"Cuba programme 2024–2025"}),
    ],
)
def test_register_filters(client, register, query, expected):
    response = client.get("/en/cooperation/agreements/", query)
    assert response.status_code == 200
    assert set(titles(response)) == expected


@pytest.mark.parametrize(
    "query",
    [{"partner": "nobody"}, {"country": "XX"}, {"kind": "<script>"}, {"state": "lost"},
     {"year": "20x3"}, {"on": "2023-02-30"}, {"on": "yesterday"}, {"sort": "price"},
     {"page": "abc"}, {"on": "0001-01-01"}],
)
def test_bad_register_input_is_ignored_with_a_notice(client, register, query):
    # A bad ?page= redirects to the nearest page.
    response = client.get("/en/cooperation/agreements/", query, follow=True)
    assert response.status_code == 200
    assert len(titles(response)) == 4
    if "page" not in query:
        assert response.context["notices"]
    assert "<script>" not in response.content.decode()


def test_filtered_register_keeps_its_filter_in_the_other_language(client, register):
    html = client.get("/vi/hop-tac/thoa-thuan/", {"partner": "bo-tu-phap-lao"}).content.decode()
    assert 'href="/en/cooperation/agreements/?partner=bo-tu-phap-lao" hreflang="en"' in html
    english = client.get("/en/cooperation/agreements/", {"partner": "bo-tu-phap-lao"})
    assert len(titles(english)) == 2 and not english.context["notices"]


def test_sorting(client, register):
    oldest_first = titles(client.get("/en/cooperation/agreements/", {"sort": "signed"}))
    assert oldest_first[0] == "MLA treaty 1998"
    by_title = titles(client.get("/en/cooperation/agreements/", {"sort": "title"}))
    assert by_title == sorted(by_title)


def test_exports_have_the_same_rows_as_the_screen(client, register):
    query = {"partner": "bo-tu-phap-lao", "sort": "signed"}
    screen = titles(client.get("/en/cooperation/agreements/", query))
    response = client.get("/en/cooperation/agreements/export.csv", query)
    body = response.getvalue().decode("utf-8")
    assert body.startswith("\ufeff")  # Excel reads the BOM as UTF-8
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0][0] == "Title"
    assert [row[0] for row in rows[1:]] == screen
    data = json.loads(client.get("/en/cooperation/agreements/export.json", query).getvalue())
    assert [row["title"] for row in data["agreements"]] == screen
    assert data["agreements"][0]["status"] == "In force, partly superseded"


def test_vietnamese_export_keeps_vietnamese_letters(client, register):
    with translation.override("vi"):
        from django.urls import reverse

        url = reverse("cooperation:agreements_csv")
    body = client.get(url).getvalue().decode("utf-8")
    assert "Hiệp định tương trợ tư pháp về dân sự 2023" in body


def test_agreement_page_shows_timeline_and_links_from_both_sides(client, register):
    with translation.override("en"):
        new_html = client.get(register["new"].get_absolute_url()).content.decode()
        old_html = client.get(register["old"].get_absolute_url()).content.decode()
    assert "partly replaces" in new_html and "MLA treaty 1998" in new_html
    assert "This agreement <strong>is partly replaced by</strong>" in old_html and "MLA treaty in civil matters 2023" in old_html
    assert "Partly replaced by" in old_html  # timeline entry
    assert "10 April 2023" in new_html


def test_partner_page_gathers_agreements_news_and_documents(client, register):
    laos = register["laos"]
    post = PostFactory(title_en="Delegation to Laos")
    post.partners.add(laos)
    document = DocumentFactory(title_en="Treaty text")
    AgreementDocumentFactory(agreement=register["new"], document=document, authentic=True)
    with translation.override("en"):
        html = client.get(laos.get_absolute_url()).content.decode()
    assert "MLA treaty 1998" in html and "MLA treaty in civil matters 2023" in html
    assert "Cuba programme" not in html
    assert "Delegation to Laos" in html and "Treaty text" in html


def _queries(client, path):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_register_and_partner_queries_do_not_grow_with_rows(client, register):
    laos = register["laos"]
    few_register = _queries(client, "/en/cooperation/agreements/")
    few_partner = _queries(client, f"/en/cooperation/partners/{laos.slug_en}/")
    for n in range(15):
        other = PartnerOrganisationFactory(country="LA")
        agreement = AgreementFactory(parties=[laos, other])
        sign(agreement, laos, date(2021, 1, n + 1))
    assert _queries(client, "/en/cooperation/agreements/") == few_register
    assert _queries(client, f"/en/cooperation/partners/{laos.slug_en}/") == few_partner


def test_overview_draws_charts_with_data_tables(client, register):
    html = client.get("/en/cooperation/").content.decode()
    assert '<svg class="chart" role="img"' in html
    assert "<caption>Agreements signed per year</caption>" in html
    assert '<th scope="row"><a href="/en/cooperation/agreements/?year=2023">2023</a></th><td>2</td>' in html


def test_home_lists_recent_agreements(client, register):
    html = client.get("/en/").content.decode()
    assert "Recent agreements" in html and "Cuba programme 2024–2025" in html


def test_news_post_links_to_its_partners_and_agreements(client, register):
    post = PostFactory(title_en="Treaty signed with Laos")
    post.partners.add(register["laos"])
    post.agreements.add(register["new"])
    with translation.override("en"):
        html = client.get(post.get_absolute_url()).content.decode()
        assert register["laos"].get_absolute_url() in html
        assert register["new"].get_absolute_url() in html
    assert "In force" in html


def test_export_cells_cannot_run_as_spreadsheet_formulas(client, register):
    register["india"].title_en = '=HYPERLINK("http://evil.example","x")'
    register["india"].save()
    body = client.get("/en/cooperation/agreements/export.csv").getvalue().decode("utf-8")
    assert "'=HYPERLINK" in body
    assert "\n=HYPERLINK" not in body and ",=HYPERLINK" not in body


def test_unpublished_partners_and_agreements_are_never_named(client, register):
    hidden = PartnerOrganisationFactory(name_en="Hidden ministry", status="draft",
                                        slug_vi="an")
    register["programme"].parties.add(hidden)
    draft = AgreementFactory(parties=[register["moj"], register["laos"]], status="draft",
                             title_en="Draft protocol")
    AgreementLinkFactory(source=draft, kind="amends", target=register["new"])
    pages = [
        client.get("/en/cooperation/agreements/").content.decode(),
        client.get("/en/cooperation/agreements/export.csv").getvalue().decode(),
        client.get("/en/cooperation/agreements/export.json").getvalue().decode(),
    ]
    with translation.override("en"):
        pages.append(client.get(register["programme"].get_absolute_url()).content.decode())
        pages.append(client.get(register["new"].get_absolute_url()).content.decode())
        pages.append(client.get(register["laos"].get_absolute_url()).content.decode())
    for html in pages:
        assert "Hidden ministry" not in html and "Draft protocol" not in html


def test_partner_published_after_start_up_is_named_on_project_pages(client):
    now = timezone.now()
    project = ProjectFactory(title_vi="Dự án JULE", title_en="EU JULE project",
                             publish_at=now - timedelta(days=1))
    # Scheduled: published an hour from now, while the site keeps running.
    undp = PartnerOrganisationFactory(name_en="United Nations Development Programme",
                                      short_name_vi="UNDP", short_name_en="UNDP",
                                      publish_at=now + timedelta(hours=1))
    ProjectRoleFactory(project=project, partner=undp, role="implementer")
    with translation.override("en"):
        pages = [project.get_absolute_url(), reverse("cooperation:projects")]
    for url in pages:
        assert "UNDP" not in client.get(url).content.decode()
    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(hours=2)):
        detail = client.get(pages[0]).content.decode()
        listing = client.get(pages[1]).content.decode()
    assert "United Nations Development Programme" in detail
    assert "<span>UNDP</span> (implementing agency)" in listing


def test_agreement_page_lists_the_texts_a_reader_may_see_in_the_order_attached(client, register):
    agreement = register["new"]
    for title, extra, authentic in [
            ("Vietnamese text", {}, True), ("Working paper", {}, False),
            ("Draft note", {"status": "draft"}, False),
            ("Internal memo", {"access": "secretariat"}, False),
            ("Partner briefing", {"access": "partners"}, False)]:
        AgreementDocumentFactory(agreement=agreement, authentic=authentic,
                                 document=DocumentFactory(title_en=title, **extra))
    with translation.override("en"):
        html = client.get(agreement.get_absolute_url()).content.decode()
    section = html.split('id="texts-heading"')[1].split("</section>")[0]
    shown = [title for title in ("Vietnamese text", "Working paper", "Partner briefing",
                                 "Draft note", "Internal memo") if title in section]
    # Partner-only texts are listed (with a lock) to everyone; drafts and the secretariat's
    # are not; each text once, in the order attached; only the authentic one is marked.
    assert shown == ["Vietnamese text", "Working paper", "Partner briefing"]
    assert [section.index(title) for title in shown] == sorted(
        section.index(title) for title in shown)
    assert section.count("Vietnamese text") == 1 and section.count("Authentic text") == 1
    assert section.index("Authentic text") < section.index("Working paper")


def test_an_agreement_signed_on_unknown_dates_does_not_say_it_is_unsigned(client):
    """The sources confirm some instruments were signed without giving a date: the page
    shows them in force and must not contradict that with "Not signed yet"."""
    signed = AgreementFactory(concluded_undated=True, parties=[PartnerOrganisationFactory()])
    unsigned = AgreementFactory(parties=[PartnerOrganisationFactory()])
    with translation.override("en"):
        signed_page = client.get(signed.get_absolute_url()).content.decode()
        unsigned_page = client.get(unsigned.get_absolute_url()).content.decode()
    assert "In force" in signed_page
    assert "Not signed yet." not in signed_page
    assert "Signed; the sources give no date of signature." in signed_page
    assert "Not signed yet." in unsigned_page
    assert "the sources give no date" not in unsigned_page
    with translation.override("vi"):
        html = client.get(signed.get_absolute_url()).content.decode()
    assert "Đã ký; các nguồn không cho biết ngày ký." in html and "Chưa được ký." not in html


def test_in_force_on_a_day_says_when_undated_instruments_are_counted(client):
    """An instrument signed on dates no source gives counts as in force on any day: listed
    for 1 January 1990, the register must say why, not let it pass for one known to apply."""
    party = PartnerOrganisationFactory()
    AgreementFactory(title_en="Undated letter of intent", concluded_undated=True,
                     kind="letter_of_intent",
                     parties=[party])
    dated = AgreementFactory(title_en="Dated programme", parties=[party])
    sign(dated, party, date(2019, 5, 1))
    note = "counted as in force on any day"
    with translation.override("en"):
        url = reverse("cooperation:agreements")
        on_1990 = client.get(url, {"on": "1990-01-01"}).content.decode()
        assert "Undated letter of intent" in on_1990 and note in on_1990
        assert note not in client.get(url).content.decode()  # no day chosen
        on_2020 = client.get(url, {"on": "2020-01-01", "kind": "programme"}).content.decode()
    assert "Dated programme" in on_2020 and note not in on_2020


def test_home_lists_the_five_last_concluded_agreements_newest_first(client):
    # Concluded = every party signed (by today): one party of two, or a signature still to
    # come, does not count; the fifth and sixth differ by a day.
    laos, cuba = PartnerOrganisationFactory(), PartnerOrganisationFactory()
    for year in range(2018, 2024):
        agreement = AgreementFactory(parties=[laos, cuba], title_en=f"Concluded {year}")
        sign(agreement, laos, date(year, 3, 1))
        sign(agreement, cuba, date(year, 3, 2))
    half = AgreementFactory(parties=[laos, cuba], title_en="Half signed")
    sign(half, laos, date(2025, 1, 1))
    ahead = AgreementFactory(parties=[laos], title_en="Signed later")
    sign(ahead, laos, timezone.localdate() + timedelta(days=30))
    with translation.override("en"):
        html = client.get("/en/").content.decode()
    shown = [f"Concluded {year}" for year in range(2023, 2018, -1)]
    assert all(title in html for title in shown)
    assert [html.index(title) for title in shown] == sorted(html.index(t) for t in shown)
    for absent in ("Concluded 2018", "Half signed", "Signed later"):
        assert absent not in html


def test_partner_page_lists_signed_agreements_first_as_the_register_does(client):
    # PostgreSQL sorts a missing date first in a descending order: an agreement not signed
    # yet must still come after the signed ones, on both databases.
    laos = PartnerOrganisationFactory()
    AgreementFactory(parties=[laos], title_en="Still negotiated")
    older = AgreementFactory(parties=[laos], title_en="Signed 2019")
    sign(older, laos, date(2019, 5, 1))
    newer = AgreementFactory(parties=[laos], title_en="Signed 2022")
    sign(newer, laos, date(2022, 5, 1))
    with translation.override("en"):
        html = client.get(laos.get_absolute_url()).content.decode()
        register = client.get(f"/en/cooperation/agreements/?partner={laos.slug_vi}")
    order = ["Signed 2022", "Signed 2019", "Still negotiated"]
    assert [html.index(title) for title in order] == sorted(html.index(t) for t in order)
    assert [a.title_en for a in register.context["agreements"]] == order


def test_projects_without_a_start_date_come_last_on_both_databases(client):
    laos = PartnerOrganisationFactory()
    for title, start in (("Undated aid", None), ("Started 2019", date(2019, 1, 1)),
                         ("Started 2023", date(2023, 1, 1))):
        ProjectRoleFactory(partner=laos, project=ProjectFactory(title_en=title, start=start))
    order = ["Started 2023", "Started 2019", "Undated aid"]
    with translation.override("en"):
        page = client.get(laos.get_absolute_url()).content.decode()
        listing = client.get("/en/cooperation/projects/").content.decode()
    for html in (page, listing):
        assert [html.index(title) for title in order] == sorted(html.index(t) for t in order)
