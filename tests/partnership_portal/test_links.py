"""`Links`, which list tags use, gives the addresses, names and links of the per-item
helpers (`get_absolute_url()`, `list_name_field`, `{% item_link %}`), in both languages,
for items translated or not, under a script prefix too."""

import pytest
from django.urls import set_script_prefix
from django.utils import translation
from django.utils.html import format_html

from partnership_portal.models import SlugAddressed
from partnership_portal.templatetags.portal import Links
from tests.factories import (
    AgreementFactory,
    CategoryFactory,
    DocumentFactory,
    EventFactory,
    PartnerOrganisationFactory,
    PostFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def reference_link(item, field):
    """What `{% item_link %}` gave when each link asked for everything itself."""
    current = translation.get_language()
    shown = current if getattr(item, f"{field}_{current}", None) else "vi"
    if shown == current:
        return format_html('<a href="{}">{}</a>', item.get_absolute_url(), getattr(item, field))
    return format_html('<a href="{}" lang="vi">{}</a> <span class="lang-note">(in Vietnamese)'
                       "</span>", item.get_absolute_url(), getattr(item, f"{field}_vi"))


@pytest.fixture
def items():
    return [
        AgreementFactory(title_vi="Hiệp định <một>", title_en=""),
        AgreementFactory(title_en="Treaty & more"),
        PartnerOrganisationFactory(short_name_vi="", name_en=""),
        PartnerOrganisationFactory(short_name_vi="BTP", short_name_en="MOJ"),
        PartnerOrganisationFactory(short_name_vi="HVTP", short_name_en=""),
        EventFactory(title_en=""), PostFactory(), CategoryFactory(), DocumentFactory(),
        ProjectFactory(title_en=""),
    ]


@pytest.mark.parametrize("prefix", ["/", "/portal/"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_links_equal_the_per_item_helpers(items, language, prefix):
    set_script_prefix(prefix)
    try:
        with translation.override(language):
            links = Links()
            for item in items:
                assert isinstance(item, SlugAddressed)
                assert links.url(item) == item.get_absolute_url()
                assert item.get_absolute_url().startswith(f"{prefix}{language}/")
                assert links.text(item, "slug") == item.slug
                field = "title" if hasattr(item, "title_vi") else "name"
                assert links.link(item, field) == reference_link(item, field)
                if hasattr(item, "list_name_field"):
                    assert links.name_field(item) == item.list_name_field
    finally:
        set_script_prefix("/")


def test_partner_names_are_marked_with_the_language_they_are_shown_in(items):
    partners = items[2:5]
    with translation.override("en"):
        names = Links().names(partners)
    assert '<span lang="vi">HVTP</span>' in names and "<span>MOJ</span>" in names
