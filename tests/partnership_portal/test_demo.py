import pytest
from django.core.management import call_command

from news.models import Category, Post
from partnership_portal.models import Page

pytestmark = pytest.mark.django_db


def test_load_demo_fills_the_site_and_is_safe_to_run_twice(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    counts = (Post.objects.count(), Category.objects.count(), Page.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert (Post.objects.count(), Category.objects.count(), Page.objects.count()) == counts
    assert counts[0] >= 8 and counts[1] == 4
    # Every category is used, and the demo tells the Azerbaijan and Laos stories.
    assert not Category.objects.filter(posts__isnull=True).exists()
    assert Post.objects.filter(title_en__icontains="Azerbaijan").exists()
    assert Post.objects.filter(title_vi__icontains="Lào", publish_at__year=2025).exists()
    assert client.get("/en/about/").status_code == 200


def test_demo_records_the_azerbaijan_programme_by_alternating_signature():
    from datetime import date

    from cooperation.models import Agreement

    call_command("load_demo", stdout=open("/dev/null", "w"))
    programme = Agreement.objects.with_status(on=date(2021, 1, 1)).get(
        slug_en="az-programme-2020-2022")
    signatures = [(s.party.slug_en, s.date, s.method, s.signatory)
                  for s in programme.signatures.select_related("party")]
    assert signatures == [
        ("az-moj", date(2020, 9, 23), "alternating", "Fikrat Mammadov"),
        ("moj-vn", date(2020, 10, 27), "alternating", "Lê Thành Long"),
    ]
    assert programme.concluded_on == date(2020, 10, 27) and programme.state == "in_force"
    assert [str(label) for label, _ in programme.links()] == ["implements"]
    # The 2023 civil-matters treaty is signed but (per the sources) not yet in force, so the
    # 1998 treaty it partly replaces stays in force, with the link shown on both.
    on = date(2024, 1, 1)
    laos_2023 = Agreement.objects.with_status(on=on).get(slug_en="la-mla-civil-treaty-2023")
    laos_1998 = Agreement.objects.with_status(on=on).get(slug_en="la-mla-treaty-1998")
    assert (laos_2023.state, laos_1998.state) == ("signed", "in_force")
    assert [str(label) for label, _ in laos_1998.links()] == ["partly replaced by"]


def test_demo_has_the_2020_events_and_a_forum_series():
    from forums.models import Event

    call_command("load_demo", stdout=open("/dev/null", "w"))
    forum = Event.objects.get(slug_en="grassroots-conciliation-forum-2020")
    assert forum.delegates == 170
    assert [p.name for p in forum.chairs()] == ["Nguyễn Thanh Tịnh"]
    assert Event.objects.forums().count() >= 3
    laos = Event.objects.get(kind="working_delegation", start__year=2025)
    assert laos.all_day and laos.people.filter(name="Nguyễn Linh Kha").exists()
