import pytest
from django.core.files.base import ContentFile
from django.utils import translation

from documents.models import Access
from tests.factories import DocumentFactory, DocumentFileFactory, PartnerUserFactory, pdf_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def test_partner_signs_in_from_the_lock_and_downloads_a_restricted_file(page):
    PartnerUserFactory(username="undp")
    document = DocumentFactory(access=Access.PARTNERS, title_en="Forum proceedings 2020")
    DocumentFileFactory(document=document, file=ContentFile(pdf_bytes("proceedings"),
                                                            name="Kỷ yếu diễn đàn 2020.pdf"))
    with translation.override("en"):
        page.goto(document.get_absolute_url())
    page.get_by_role("link", name="Sign in to download").click()
    page.get_by_label("Username").fill("undp")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{document.slug_en}/")
    with page.expect_download() as info:
        page.get_by_role("link", name="Vietnamese").click()
    download = info.value
    assert download.suggested_filename == "Kỷ yếu diễn đàn 2020.pdf"
    assert open(download.path(), "rb").read().startswith(b"%PDF")
