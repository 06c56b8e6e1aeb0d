"""Never a silent lost update: two people open the same item; the second save is refused,
explained, and keeps what the second person typed."""

import pytest
from django.test import Client
from django.urls import reverse

from forums.models import AgendaItem
from news.models import Category, Post
from tests.admin_forms import form_data
from tests.factories import AgendaItemFactory, SuperuserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def anh(db):
    client = Client()
    client.force_login(SuperuserFactory(username="anh", first_name="Anh"))
    return client


@pytest.fixture
def binh(db):
    client = Client()
    client.force_login(SuperuserFactory(username="binh", first_name="Bình"))
    return client


def test_second_save_on_an_old_version_is_refused_and_keeps_the_input(anh, binh, post):
    url = reverse("admin:news_post_change", args=[post.pk])
    form_anh, form_binh = form_data(anh.get(url)), form_data(binh.get(url))
    assert form_anh["_edit_version"] == form_binh["_edit_version"] != ""

    form_anh["title_vi"] = "Tiêu đề của Anh"
    assert anh.post(url, form_anh).status_code == 302

    form_binh["summary_vi"] = "Tóm tắt Bình vừa viết"
    response = binh.post(url, form_binh)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Người khác đã lưu nội dung này" in html and "Anh" in html
    assert f'href="{url}" target="_blank"' in html  # the current version, to compare
    assert reverse("admin:news_post_history", args=[post.pk]) in html
    assert "Tóm tắt Bình vừa viết" in html  # nothing typed is lost
    post.refresh_from_db()
    assert post.title_vi == "Tiêu đề của Anh"
    assert post.summary_vi != "Tóm tắt Bình vừa viết"


def test_saving_again_after_the_warning_replaces_the_version_knowingly(anh, binh, post):
    url = reverse("admin:news_post_change", args=[post.pk])
    form_anh, form_binh = form_data(anh.get(url)), form_data(binh.get(url))
    form_anh["title_vi"] = "Tiêu đề của Anh"
    anh.post(url, form_anh)
    form_binh["title_vi"] = "Tiêu đề của Bình"
    refused = binh.post(url, form_binh)
    again = form_data(refused)  # the page as shown: Bình's input, the current version token
    assert again["title_vi"] == "Tiêu đề của Bình"
    assert binh.post(url, again).status_code == 302
    post.refresh_from_db()
    assert post.title_vi == "Tiêu đề của Bình"


def test_a_change_to_an_inline_only_counts_as_a_new_version(anh, binh):
    item = AgendaItemFactory(title_vi="Khai mạc")
    event = item.event
    url = reverse("admin:forums_event_change", args=[event.pk])
    form_anh, form_binh = form_data(anh.get(url)), form_data(binh.get(url))
    field = next(name for name, value in form_anh.items()
                 if name.endswith("-title_vi") and value == "Khai mạc")
    form_anh[field] = "Phát biểu khai mạc"
    response = anh.post(url, form_anh)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert AgendaItem.objects.get(pk=item.pk).title_vi == "Phát biểu khai mạc"

    form_binh["title_en"] = "Bình's English title"
    assert binh.post(url, form_binh).status_code == 200
    event.refresh_from_db()
    assert event.title_en != "Bình's English title"


def test_models_without_a_last_changed_stamp_compare_the_stored_row(anh, binh, category):
    url = reverse("admin:news_category_change", args=[category.pk])
    form_anh, form_binh = form_data(anh.get(url)), form_data(binh.get(url))
    form_anh["name_en"] = "Activities of the Group"
    assert anh.post(url, form_anh).status_code == 302
    form_binh["order"] = "7"
    assert binh.post(url, form_binh).status_code == 200
    assert Category.objects.get(pk=category.pk).order != 7


def test_one_person_saving_twice_in_a_row_is_no_conflict(anh, post):
    url = reverse("admin:news_post_change", args=[post.pk])
    form = form_data(anh.get(url))
    form["title_vi"] = "Lần một"
    assert anh.post(url, form).status_code == 302
    form = form_data(anh.get(url))
    form["title_vi"] = "Lần hai"
    assert anh.post(url, form).status_code == 302
    assert Post.objects.get(pk=post.pk).title_vi == "Lần hai"


def test_publishing_from_the_list_also_makes_open_forms_stale(anh, binh, post):
    url = reverse("admin:news_post_change", args=[post.pk])
    form_binh = form_data(binh.get(url))
    anh.post(reverse("admin:news_post_changelist"),
             {"action": "make_draft", "_selected_action": [post.pk]})
    assert binh.post(url, form_binh).status_code == 200
    assert Post.objects.get(pk=post.pk).status == Post.Status.DRAFT
