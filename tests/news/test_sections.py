"""news/sections.py: related news that news adds to partner and agreement pages."""

import pytest
from django.utils import translation

from news.models import Post
from tests.factories import AgreementFactory, PartnerOrganisationFactory, PostFactory

pytestmark = pytest.mark.django_db


def page(client, obj):
    with translation.override("en"):
        return client.get(obj.get_absolute_url()).content.decode()


def test_partner_page_lists_published_news_about_the_partner(client, category):
    partner = PartnerOrganisationFactory(name_en="Lao Ministry of Justice")
    PostFactory(category=category, title_en="Delegation to Vientiane").partners.add(partner)
    draft = PostFactory(category=category, title_en="Unfinished draft", status=Post.Status.DRAFT)
    draft.partners.add(partner)
    html = page(client, partner)
    assert '<h2 id="news-heading">News</h2>' in html
    assert "Delegation to Vientiane" in html and "Unfinished draft" not in html


def test_agreement_page_lists_related_news(client, category):
    agreement = AgreementFactory(title_en="Cooperation programme 2020-2022")
    PostFactory(category=category, title_en="Programme signed with Azerbaijan").agreements.add(
        agreement)
    html = page(client, agreement)
    assert '<h2 id="news-heading">Related news</h2>' in html
    assert "Programme signed with Azerbaijan" in html


def test_pages_without_related_news_have_no_news_section(client):
    assert 'id="news-heading"' not in page(client, PartnerOrganisationFactory())
    assert 'id="news-heading"' not in page(client, AgreementFactory())
