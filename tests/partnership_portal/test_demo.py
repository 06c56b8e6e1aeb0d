import pytest
from django.core.management import call_command

from news.models import Category, Post
from partnership_portal.models import Page
from tests.factories import PageFactory

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
    programme = Agreement.objects.with_state(on=date(2021, 1, 1)).get(
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
    laos_2023 = Agreement.objects.with_state(on=on).get(slug_en="la-mla-civil-treaty-2023")
    laos_1998 = Agreement.objects.with_state(on=on).get(slug_en="la-mla-treaty-1998")
    assert (laos_2023.state, laos_1998.state) == ("signed", "in_force")
    assert [str(label) for label, _ in laos_1998.links()] == ["is partly replaced by"]


def test_demo_has_the_2020_events_and_a_forum_series():
    from forums.models import Event

    call_command("load_demo", stdout=open("/dev/null", "w"))
    forum = Event.objects.get(slug_en="grassroots-conciliation-forum-2020")
    assert forum.delegates == 170
    assert [p.name for p in forum.chairs()] == ["Nguyễn Thanh Tịnh"]
    assert Event.objects.forums().count() >= 3
    laos = Event.objects.get(kind="working_delegation", start__year=2025)
    assert laos.all_day and laos.people.filter(name="Nguyễn Linh Kha").exists()


# The data files and their loader (partnership_portal/demo_loader.py) ----------------------

def _load_quietly(*args):
    call_command("load_demo", *args, stdout=open("/dev/null", "w"))


def _data_file(tmp_path, text):
    path = tmp_path / "content.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_field_in_a_data_file_is_an_error_naming_file_and_item(tmp_path):
    from partnership_portal.demo_loader import DemoContent, DemoDataError

    path = _data_file(tmp_path, (
        "news.category:\n  match: slug_en\n  items:\n"
        "  - {key: group-activities, name_vi: Hoạt động, colour: red}\n"
    ))
    with pytest.raises(DemoDataError) as error:
        DemoContent([path])
    message = str(error.value)
    assert str(path) in message and "news.category:group-activities" in message
    assert "unknown field 'colour'" in message


def test_reference_to_a_missing_item_is_an_error_naming_file_and_item(tmp_path):
    from partnership_portal.demo_loader import DemoContent, DemoDataError

    path = _data_file(tmp_path, (
        "news.category:\n  match: slug_en\n  items:\n  - {key: group-activities, name_vi: A}\n"
        "news.post:\n  match: slug_vi\n  items:\n"
        "  - {key: tin-a, title_vi: Tin A, category: news.category:no-such-category}\n"
    ))
    with pytest.raises(DemoDataError) as error:
        DemoContent([path])
    message = str(error.value)
    assert str(path) in message and "news.post:tin-a" in message
    assert "news.category:no-such-category" in message


def test_demo_data_error_stops_load_demo_before_anything_is_written(tmp_path, monkeypatch):
    from django.core.management.base import CommandError

    from partnership_portal import demo_loader

    path = _data_file(tmp_path, "news.category:\n  match: slug_en\n  items:\n  - {key: a, hue: 1}\n")
    real = demo_loader.DemoContent
    monkeypatch.setattr("partnership_portal.management.commands.load_demo.DemoContent",
                        lambda: real([path]))
    with pytest.raises(CommandError, match="unknown field 'hue'"):
        _load_quietly()
    assert not Category.objects.exists()


def test_second_run_of_load_demo_changes_nothing():
    from django.apps import apps

    from partnership_portal.demo_loader import DemoContent

    def snapshot():
        rows = {}
        for model in {item.model for item in DemoContent().items.values()}:
            fields = [f.attname for f in model._meta.concrete_fields]
            rows[model._meta.label] = list(model._default_manager.order_by("pk").values_list(*fields))
        rows["sites"] = list(apps.get_model("sites", "Site").objects.values_list())
        return rows

    _load_quietly()
    before = snapshot()
    _load_quietly()
    assert snapshot() == before


def test_load_demo_keeps_an_edited_site_record_and_about_page():
    from django.conf import settings
    from django.contrib.sites.models import Site

    Site.objects.filter(pk=settings.SITE_ID).update(domain="doitac.moj.gov.vn", name="Đối tác")
    PageFactory(key=Page.Key.ABOUT, title_vi="Giới thiệu (đã sửa)", body_vi="<p>Mới</p>")
    _load_quietly()
    site = Site.objects.get(pk=settings.SITE_ID)
    assert (site.domain, site.name) == ("doitac.moj.gov.vn", "Đối tác")
    about = Page.objects.get(key=Page.Key.ABOUT)
    assert (about.title_vi, about.body_vi) == ("Giới thiệu (đã sửa)", "<p>Mới</p>")


def test_load_demo_fills_the_default_example_com_site_record():
    from django.conf import settings
    from django.contrib.sites.models import Site

    assert Site.objects.get(pk=settings.SITE_ID).domain == "example.com"
    _load_quietly()
    assert Site.objects.get(pk=settings.SITE_ID).name == "Legal Partnership Group"


def test_load_demo_refuses_non_demo_content_without_force_and_loads_with_it():
    from django.core.management.base import CommandError

    from cooperation.models import Partner
    from tests.factories import PostFactory

    own = PostFactory(title_vi="Tin của Tổ thư ký")
    with pytest.raises(CommandError, match="not demo content.*news.post.*--force"):
        _load_quietly()
    assert not Partner.objects.exists() and Post.objects.count() == 1

    _load_quietly("--force")
    assert Partner.objects.filter(slug_en="undp").exists()
    assert Post.objects.filter(pk=own.pk).exists() and Post.objects.count() > 1


def test_load_demo_runs_again_on_a_demo_database_with_content_added_since():
    from tests.factories import PostFactory

    _load_quietly()
    own = PostFactory(title_vi="Tin mới của Tổ thư ký")
    _load_quietly()  # as scripts/serve does on every start
    assert Post.objects.filter(pk=own.pk).exists()


def test_value_a_field_cannot_take_is_an_error_naming_file_and_item(tmp_path):
    from partnership_portal.demo_loader import DemoContent, DemoDataError

    path = _data_file(tmp_path, (
        "cooperation.agreement:\n  match: slug_en\n  items:\n"
        "  - {key: a-2020, title_vi: A, valid_from: 31/12/2020}\n"
    ))
    with pytest.raises(DemoDataError, match="cooperation.agreement:a-2020: valid_from"):
        DemoContent([path])
