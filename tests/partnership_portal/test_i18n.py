import re

import pytest
from django.utils import translation

from tests.factories import PageFactory, PostFactory

pytestmark = pytest.mark.django_db


def test_root_redirects_by_browser_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="vi")["Location"] == "/vi/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")["Location"] == "/vi/"  # default language


def test_html_lang_matches_the_page_language(client):
    assert '<html lang="vi">' in client.get("/vi/").content.decode()
    assert '<html lang="en">' in client.get("/en/").content.decode()


def test_ui_strings_are_translated(client):
    assert "Nhóm quan hệ đối tác pháp luật" in client.get("/vi/").content.decode()
    assert "Legal Partnership Group" in client.get("/en/").content.decode()


def test_switcher_and_hreflang_point_to_the_same_post_in_the_other_language(client, post):
    with translation.override("vi"):
        vi_path = post.get_absolute_url()
    with translation.override("en"):
        en_path = post.get_absolute_url()
    assert vi_path != en_path  # per-language slugs and path words
    html = client.get(vi_path).content.decode()
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{en_path}">' in html
    assert f'<link rel="alternate" hreflang="vi" href="http://testserver{vi_path}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="http://testserver{vi_path}">' in html
    assert f'<link rel="canonical" href="http://testserver{vi_path}">' in html
    assert re.search(rf'<a href="{re.escape(en_path)}" hreflang="en"', html)


def test_switcher_on_a_list_keeps_filters_and_translates_path_words(client, category):
    PostFactory(category=category)
    html = client.get("/vi/tin-tuc/chuyen-muc/hoat-dong-cua-nhom/?year=2020").content.decode()
    assert 'href="/en/news/category/group-activities/?year=2020" hreflang="en"' in html


def test_about_page_in_both_languages(client):
    PageFactory()
    vi = client.get("/vi/gioi-thieu/")
    en = client.get("/en/about/")
    assert vi.status_code == en.status_code == 200
    assert "Giới thiệu Nhóm" in vi.content.decode()
    assert "About the Legal Partnership Group" in en.content.decode()
    assert 'href="/en/about/" hreflang="en"' in vi.content.decode()


def test_404_page_is_in_the_language_of_the_address(client):
    vi = client.get("/vi/khong-ton-tai/")
    en = client.get("/en/does-not-exist/")
    assert vi.status_code == en.status_code == 404
    assert "Không tìm thấy trang" in vi.content.decode()
    assert "Page not found" in en.content.decode()


@pytest.mark.parametrize(
    ("vi_path", "en_path"),
    [
        ("/vi/", "/en/"),
        ("/vi/tin-tuc/", "/en/news/"),
        ("/vi/tai-lieu/", "/en/documents/"),
        ("/vi/tai-lieu/ban-tin/", "/en/documents/newsletter/"),
        ("/vi/hop-tac/", "/en/cooperation/"),
        ("/vi/hop-tac/thoa-thuan/", "/en/cooperation/agreements/"),
        ("/vi/hop-tac/doi-tac/", "/en/cooperation/partners/"),
        ("/vi/hop-tac/du-an/", "/en/cooperation/projects/"),
        ("/vi/hop-tac/nhu-cau/", "/en/cooperation/needs/"),
        ("/vi/tai-khoan/dang-nhap/", "/en/account/sign-in/"),
    ],
)
def test_every_list_page_links_to_its_counterpart_both_ways(client, vi_path, en_path):
    vi = client.get(vi_path).content.decode()
    en = client.get(en_path).content.decode()
    assert f'<a href="{en_path}" hreflang="en"' in vi
    assert f'<a href="{vi_path}" hreflang="vi"' in en
