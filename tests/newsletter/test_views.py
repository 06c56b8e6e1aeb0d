import io
import re

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from tests.factories import (
    DocumentFactory,
    EventFactory,
    IssueFactory,
    IssueItemFactory,
    PartnerOrganisationFactory,
    PostFactory,
)

pytestmark = pytest.mark.django_db


def url_in(language, obj, getter="get_absolute_url"):
    with translation.override(language):
        return getattr(obj, getter)()


@pytest.fixture
def issue(category):
    issue = IssueFactory(title_vi="Bản tin quý III/2020", title_en="Newsletter Q III/2020")
    second = PostFactory(category=category, title_vi="Tin thứ hai", title_en="Second news")
    first = EventFactory(title_vi="Diễn đàn hòa giải", title_en="Conciliation forum")
    IssueItemFactory(issue=issue, post=second, order=20, note_vi="Ghi chú", note_en="A note")
    IssueItemFactory(issue=issue, event=first, order=10)
    return issue


def test_draft_issue_is_invisible_to_readers(client):
    draft = IssueFactory(status="draft")
    assert client.get(url_in("vi", draft)).status_code == 404
    assert client.get(url_in("en", draft, "get_pdf_url")).status_code == 404
    assert draft.title_vi not in client.get(reverse("newsletter:list")).content.decode()


def test_staff_preview_draft_issue(client, staff):
    draft = IssueFactory(status="draft")
    client.force_login(staff)
    response = client.get(url_in("vi", draft))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_published_issue_in_both_languages_with_items_in_chosen_order(client, issue):
    vi = client.get(url_in("vi", issue))
    assert vi.status_code == 200
    assert url_in("vi", issue).startswith("/vi/ban-tin/")
    text = vi.content.decode()
    assert "Bản tin quý III/2020" in text
    assert text.index("Diễn đàn hòa giải") < text.index("Tin thứ hai")
    assert "Ghi chú" in text
    en = client.get(url_in("en", issue))
    assert url_in("en", issue).startswith("/en/newsletter/")
    text = en.content.decode()
    assert "Newsletter Q III/2020" in text
    assert text.index("Conciliation forum") < text.index("Second news")


def test_only_public_items_appear(client, issue, category):
    draft_post = PostFactory(category=category, title_vi="Tin nháp", status="draft")
    partners_doc = DocumentFactory(title_vi="Tài liệu đối tác", access="partners")
    IssueItemFactory(issue=issue, post=draft_post)
    IssueItemFactory(issue=issue, document=partners_doc)
    text = client.get(url_in("vi", issue)).content.decode()
    assert "Tin nháp" not in text
    assert "Tài liệu đối tác" not in text
    assert "Diễn đàn hòa giải" in text


def test_archive_lists_published_issues_by_year(client, issue):
    older = IssueFactory(year=2019, quarter=4, title_vi="Bản tin cũ")
    text = client.get(reverse("newsletter:list")).content.decode()
    assert issue.title_vi in text and older.title_vi in text
    text = client.get(reverse("newsletter:list") + "?year=2019").content.decode()
    assert older.title_vi in text and issue.title_vi not in text


def test_footer_links_to_the_archive(client):
    with translation.override("vi"):
        archive = reverse("newsletter:list")
    assert archive in client.get("/vi/").content.decode()


def test_pdf_text_keeps_vietnamese_diacritics(client, issue):
    response = client.get(url_in("vi", issue, "get_pdf_url"))
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Bản tin" in text
    assert "Diễn đàn hòa giải" in text


def test_partner_page_links_to_following_it_by_email(client):
    partner = PartnerOrganisationFactory()
    page = client.get(partner.get_absolute_url()).content.decode()
    with translation.override("vi"):
        follow = f"{reverse('newsletter:subscribe')}?partner={partner.pk}"
    assert follow in page
    form = client.get(follow).content.decode()
    assert re.search(rf'name="partners" value="{partner.pk}"[^>]*checked', form)


def test_language_switcher_lands_on_the_same_issue(client, issue):
    page = client.get(url_in("en", issue)).content.decode()
    assert url_in("vi", issue) in page  # the switcher and the hreflang link
