"""An item not yet translated into English: its English page says so in the title and
description, is kept out of search engines and the sitemap's English entries, and every
list that names it says "(in Vietnamese)"."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from tests.factories import EventFactory, PostFactory

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def vietnamese_only(category):
    return PostFactory(category=category, title_vi="Hội thảo về hòa giải thương mại",
                       title_en="", summary_en="", body_en="",
                       summary_vi="Tóm tắt hội thảo.")


def english(client, url_or_obj):
    with translation.override("en"):
        url = url_or_obj if isinstance(url_or_obj, str) else url_or_obj.get_absolute_url()
    return client.get(url).content.decode()


def test_english_page_of_untranslated_item_says_so_and_is_noindex(client, vietnamese_only):
    html = english(client, vietnamese_only)
    title = html[html.index("<title>"):html.index("</title>")]
    assert "(in Vietnamese)" in title
    assert '<meta name="description" content="Not yet translated into English' in html
    assert '<meta name="robots" content="noindex">' in html
    # No hreflang to the English page, which search engines should not index; the reader's
    # language switcher still links it.
    assert 'hreflang="en" href=' not in html.split("</head>")[0]
    with translation.override("vi"):
        vi_html = client.get(vietnamese_only.get_absolute_url()).content.decode()
    assert '<meta name="robots" content="noindex">' not in vi_html
    assert 'rel="alternate" hreflang="en"' not in vi_html


def test_translated_item_keeps_its_english_alternate(client, category):
    post = PostFactory(category=category, title_en="Mediation seminar")
    html = english(client, post)
    assert 'rel="alternate" hreflang="en"' in html and "noindex" not in html
    assert "(in Vietnamese)" not in html


def test_lists_label_vietnamese_titles_on_english_pages(client, vietnamese_only):
    event = EventFactory(title_vi="Tọa đàm chuyên đề", title_en="")
    for url in ("/en/news/", "/en/", "/en/forums/"):
        html = english(client, url)
        assert "(in Vietnamese)" in html, url
    news = english(client, "/en/news/")
    assert ('lang="vi">Hội thảo về hòa giải thương mại</a> '
            '<span class="lang-note">(in Vietnamese)</span>') in news
    assert "Tọa đàm chuyên đề" in english(client, "/en/forums/") and event


def test_search_labels_vietnamese_hits_on_english_pages(client, vietnamese_only):
    from partnership_portal import search

    search.rebuild()
    from django.utils.html import strip_tags

    html = english(client, "/en/search/?q=h%C3%B2a+gi%E1%BA%A3i")
    assert "Hội thảo về hòa giải thương mại" in strip_tags(html)
    assert '<span class="lang-note">(in Vietnamese)</span>' in html


def test_sitemap_leaves_out_the_english_entry_of_untranslated_items(client, vietnamese_only):
    root = ET.fromstring(client.get("/sitemap-news.xml").content)
    locs = [u.findtext(f"{SM}loc") for u in root.iter(f"{SM}url")]
    assert any(loc.endswith(f"/vi/tin-tuc/{vietnamese_only.slug_vi}/") for loc in locs)
    assert not any("/en/news/" in loc and loc.rstrip("/").endswith(vietnamese_only.slug_en)
                   for loc in locs if vietnamese_only.slug_en)
    entry = next(u for u in root.iter(f"{SM}url")
                 if u.findtext(f"{SM}loc").endswith(f"/{vietnamese_only.slug_vi}/"))
    assert {link.get("hreflang") for link in entry.iter(f"{XHTML}link")} == {"vi"}
