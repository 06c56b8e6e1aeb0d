"""A date known only to a year or a month is shown, marked up and exported as just that:
never as 1 January or the 1st of the month, in either language."""

import csv
import io
import json
from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cooperation.models import Agreement
from tests.factories import AgreementFactory, EventFactory, PartnerOrganisationFactory, sign

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreements():
    moj = PartnerOrganisationFactory(name_vi="Bộ Tư pháp", name_en="Ministry of Justice")
    russia = PartnerOrganisationFactory(name_vi="Bộ Tư pháp Nga", name_en="Russian MoJ")
    hungary = PartnerOrganisationFactory(name_vi="Bộ Tư pháp Hung-ga-ri", name_en="Hungarian MoJ")
    by_year = AgreementFactory(parties=[moj, russia], title_vi="Kế hoạch hợp tác 2023",
                               title_en="Cooperation plan 2023", kind="plan")
    sign(by_year, moj, date(2023, 1, 1), date_precision="year")
    sign(by_year, russia, date(2023, 1, 1), date_precision="year")
    by_month = AgreementFactory(parties=[moj, hungary], title_vi="Chương trình hợp tác 2020",
                                title_en="Cooperation programme 2020")
    sign(by_month, moj, date(2020, 12, 1), date_precision="month")
    sign(by_month, hungary, date(2020, 12, 1), date_precision="month")
    by_day = AgreementFactory(parties=[moj, hungary], title_vi="Bản ghi nhớ 2019",
                              title_en="Memorandum 2019", kind="mou")
    sign(by_day, moj, date(2019, 10, 27))
    sign(by_day, hungary, date(2019, 10, 27))
    return {"year": by_year, "month": by_month, "day": by_day}


def page(client, url_name, language, **kwargs):
    with translation.override(language):
        url = reverse(url_name, kwargs=kwargs) if kwargs else reverse(url_name)
    return client.get(url).content.decode()


def detail(client, agreement, language):
    with translation.override(language):
        return client.get(agreement.get_absolute_url()).content.decode()


def test_register_shows_year_and_month_only_as_known(client, agreements):
    vi = page(client, "cooperation:agreements", "vi")
    assert '<time datetime="2023">2023</time>' in vi
    assert '<time datetime="2020-12">12/2020</time>' in vi
    assert '<time datetime="2019-10-27">27/10/2019</time>' in vi
    assert "01/01/2023" not in vi and "01/12/2020" not in vi
    en = page(client, "cooperation:agreements", "en")
    assert '<time datetime="2023">2023</time>' in en
    assert '<time datetime="2020-12">December 2020</time>' in en
    # English never uses ambiguous numeric dates.
    assert '<time datetime="2019-10-27">27 Oct 2019</time>' in en
    assert "27/10/2019" not in en


def test_agreement_page_concluded_and_in_force_dates_keep_their_precision(client, agreements):
    html = detail(client, agreements["year"], "en")
    assert "1 January 2023" not in html
    assert html.count('<time datetime="2023">2023</time>') >= 2  # concluded and in force from
    html = detail(client, agreements["month"], "vi")
    assert '<time datetime="2020-12">12/2020</time>' in html
    assert "01/12/2020" not in html and "1 tháng" not in html


def test_home_and_partner_pages_show_dates_as_known(client, agreements):
    partner = agreements["year"].parties.get(name_vi="Bộ Tư pháp Nga")
    with translation.override("en"):
        html = client.get(partner.get_absolute_url()).content.decode()
    assert '<time datetime="2023">2023</time>' in html and "1 Jan 2023" not in html
    home = page(client, "home", "vi")
    assert '<time datetime="2020-12">12/2020</time>' in home


def test_exports_give_reduced_iso_dates_and_the_precision(client, agreements):
    with translation.override("en"):
        body = client.get(reverse("cooperation:agreements_csv")).getvalue().decode("utf-8-sig")
        data = json.loads(client.get(reverse("cooperation:agreements_json")).getvalue())
    rows = {row["Title"]: row for row in csv.DictReader(io.StringIO(body))}
    plan = rows["Cooperation plan 2023"]
    # The CSV is for people: the precision in their words (JSON keeps the codes).
    assert plan["Signed"] == "2023" and plan["Signature date known to"] == "Year only"
    assert plan["In force from"] == "2023" and plan["In force from, known to"] == "Year only"
    assert rows["Cooperation programme 2020"]["Signed"] == "2020-12"
    assert rows["Memorandum 2019"]["Signed"] == "2019-10-27"
    assert rows["Memorandum 2019"]["Signature date known to"] == "Day known"
    by_title = {item["title"]: item for item in data["agreements"]}
    assert by_title["Cooperation programme 2020"]["signed"] == "2020-12"
    assert by_title["Cooperation programme 2020"]["signed_precision"] == "month"
    with translation.override("vi"):
        body = client.get(reverse("cooperation:agreements_csv")).getvalue().decode("utf-8-sig")
    assert ",year," not in body and ",Year only," not in body
    assert "Chỉ biết năm" in body or "chỉ biết năm" in body.lower()


def test_a_later_precise_signature_makes_the_conclusion_precise():
    moj, laos = PartnerOrganisationFactory(), PartnerOrganisationFactory()
    agreement = AgreementFactory(parties=[moj, laos])
    sign(agreement, moj, date(2023, 1, 1), date_precision="year")
    sign(agreement, laos, date(2023, 5, 10))
    agreement.refresh_from_db()
    assert agreement.last_signature_precision == "day"
    assert agreement.last_signature_on == date(2023, 5, 10)


def test_a_fixed_entry_into_force_date_is_a_full_date():
    moj, laos = PartnerOrganisationFactory(), PartnerOrganisationFactory()
    agreement = AgreementFactory(parties=[moj, laos], effective_on_signature=False,
                                 entry_into_force=date(2024, 3, 15))
    sign(agreement, moj, date(2023, 1, 1), date_precision="year")
    sign(agreement, laos, date(2023, 1, 1), date_precision="year")
    agreement.refresh_from_db()
    assert agreement.last_signature_precision == "year"
    assert agreement.in_force_from_precision == "day"


def test_programme_of_one_year_shows_the_year_once():
    assert AgreementFactory.build(valid_from=date(2023, 1, 1),
                                  valid_until=date(2023, 12, 31)).period_label == "2023"
    assert AgreementFactory.build(valid_from=date(2021, 1, 1),
                                  valid_until=date(2025, 12, 31)).period_label == "2021–2025"


def test_same_day_event_shows_its_date_once(client):
    hanoi = timezone.get_default_timezone()
    start = datetime(2027, 3, 25, 14, 0, tzinfo=hanoi)
    event = EventFactory(start=start, end=start + timedelta(hours=3),
                         title_en="Seminar on mediation")
    with translation.override("en"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert "25 March 2027, 14:00</time>–<time" in html and ">17:00</time>" in html
    assert html.count("25 March 2027") == 1


def test_precisions_survive_a_full_recomputation(agreements):
    from cooperation.status import recompute_agreement_dates

    Agreement.objects.update(last_signature_precision="day", in_force_from_precision="day")
    recompute_agreement_dates(Agreement.objects.values_list("pk", flat=True))
    assert (Agreement.objects.get(pk=agreements["year"].pk).last_signature_precision
            == "year")


def test_a_signature_is_named_by_its_date_as_precisely_as_it_is_known():
    """The admin's inline headings and history name a signature: 27/10/2020, never the ISO
    day, and only the month or the year when that is all the sources give."""
    from datetime import date

    from django.utils import translation

    from tests.factories import AgreementFactory, PartnerOrganisationFactory, sign

    party = PartnerOrganisationFactory(name_vi="Bộ Tư pháp Lào", name_en="Lao MOJ")
    agreement = AgreementFactory(parties=[party])
    with translation.override("vi"):
        assert str(sign(agreement, party, date(2020, 10, 27))).endswith("– 27/10/2020")
        agreement.signatures.all().delete()
        month = sign(agreement, party, date(2020, 10, 1), date_precision="month")
        assert str(month).endswith("– 10/2020") and "01/10" not in str(month)
