"""Revisions: every admin save is a version; any two compare readably; restore and recover."""

import pytest
from reversion.models import Version

from cooperation.models import Agreement, Signature
from documents.models import Document, DocumentFile
from news.models import Post
from tests.admin_forms import admin_form_data, admin_save, change_url
from tests.factories import (
    AgreementFactory,
    DocumentFileFactory,
    PartnerOrganisationFactory,
    PostFactory,
    sign,
)

pytestmark = pytest.mark.django_db




@pytest.fixture
def editing(client, staff):
    client.force_login(staff)
    return client


def test_a_post_created_and_edited_twice_has_three_versions(editing, category):
    page = editing.get("/admin/news/post/add/")
    data = admin_form_data(
        page, title_vi="Bản tin đầu tiên", title_en="First post", category=str(category.pk),
        status="published")
    assert editing.post("/admin/news/post/add/", data).status_code == 302
    post = Post.objects.get(title_vi="Bản tin đầu tiên")
    admin_save(editing, post, title_en="First post, corrected")
    admin_save(editing, post, summary_vi="Tóm tắt mới.")

    versions = Version.objects.get_for_object(post)
    assert versions.count() == 3
    assert {v.revision.user for v in versions} == {post.created_by}
    history = editing.get(f"/admin/news/post/{post.pk}/history/").content.decode()
    assert history.count('name="version"') == 3


def test_compare_shows_only_the_changed_fields_in_both_languages(editing, post):
    admin_save(editing, post)
    admin_save(editing, post, title_vi="Tiêu đề mới của bản tin", title_en="A new title",
               body_en="<p>Body of the post on <b>legal</b> cooperation, revised.</p>")
    old, new = Version.objects.get_for_object(post).order_by("pk")

    page = editing.get(f"/admin/news/post/{post.pk}/history/compare/",
                       {"version": [old.pk, new.pk]})
    html = page.content.decode()
    assert page.status_code == 200
    # The admin speaks Vietnamese by default: each language's copy is labelled in it.
    assert "Tiêu đề (tiếng Việt)" in html and "Tiêu đề (tiếng Anh)" in html
    assert "Tiêu đề mới của bản tin" in html and "A new title" in html
    assert "<del>cooperation.</del><ins>cooperation, revised.</ins>" in html  # word diff
    assert "<b>" not in html.split("revisions-diff", 1)[1]  # rich text compared as text
    for untouched in ("Tóm tắt", "Nội dung (tiếng Việt)", "Nổi bật", "Chuyên mục"):
        assert f"<th scope=\"row\">{untouched}" not in html


def test_compare_labels_languages_in_the_admin_language(editing, post):
    admin_save(editing, post)
    admin_save(editing, post, title_en="Another title")
    old, new = Version.objects.get_for_object(post).order_by("pk")
    html = editing.get(f"/admin/news/post/{post.pk}/history/compare/",
                       {"version": [old.pk, new.pk]}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Title (English)" in html
    assert "Title (Vietnamese)" not in html


def test_restore_brings_the_old_title_back_and_records_a_new_revision(editing, post):
    original = post.title_vi
    admin_save(editing, post)
    admin_save(editing, post, title_vi="Một tiêu đề sai")
    first = Version.objects.get_for_object(post).order_by("pk").first()

    url = f"/admin/news/post/{post.pk}/history/{first.pk}/"
    page = editing.get(url)
    assert page.status_code == 200
    assert original in page.content.decode()
    assert editing.post(url, admin_form_data(page)).status_code == 302

    post.refresh_from_db()
    assert post.title_vi == original
    assert Version.objects.get_for_object(post).count() == 3


def test_a_deleted_agreement_is_recovered_with_its_signatures(editing):
    agreement = AgreementFactory(title_vi="Bản ghi nhớ hợp tác với Bộ Tư pháp Lào")
    from datetime import date

    for party in (PartnerOrganisationFactory(), PartnerOrganisationFactory()):
        agreement.parties.add(party)
        sign(agreement, party, date(2020, 10, 27))
    admin_save(editing, agreement)
    pk = agreement.pk
    delete = editing.post(f"/admin/cooperation/agreement/{pk}/delete/", {"post": "yes"})
    assert delete.status_code == 302
    assert not Agreement.objects.filter(pk=pk).exists()
    assert not Signature.objects.filter(agreement_id=pk).exists()

    listing = editing.get("/admin/cooperation/agreement/recover/").content.decode()
    assert "Bản ghi nhớ hợp tác với Bộ Tư pháp Lào" in listing
    version = Version.objects.get_deleted(Agreement).get()
    url = f"/admin/cooperation/agreement/recover/{version.pk}/"
    page = editing.get(url)
    assert editing.post(url, admin_form_data(page)).status_code == 302

    recovered = Agreement.objects.get(pk=pk)
    assert recovered.signatures.count() == 2
    assert recovered.parties.count() == 2


def test_a_recovered_document_gets_its_file_back_from_quarantine(
        editing, django_capture_on_commit_callbacks):
    stored = DocumentFileFactory(document__title_vi="Bản tin quý III/2020")
    document, name = stored.document, stored.file.name
    storage = DocumentFile._meta.get_field("file").storage
    admin_save(editing, document)
    with django_capture_on_commit_callbacks(execute=True):
        editing.post(f"/admin/documents/document/{document.pk}/delete/", {"post": "yes"})
    assert not storage.exists(name)  # quarantined

    version = Version.objects.get_deleted(Document).get()
    url = f"/admin/documents/document/recover/{version.pk}/"
    page = editing.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        assert editing.post(url, admin_form_data(page)).status_code == 302
    assert DocumentFile.objects.get(pk=stored.pk).file.name == name
    assert storage.exists(name)


def test_history_and_compare_pages_need_permission_to_see_the_item(client, post):
    from tests.factories import StaffUserFactory

    client.force_login(StaffUserFactory(permissions=["documents.change_document"]))
    assert client.get(f"/admin/news/post/{post.pk}/history/").status_code == 403


def test_the_change_list_links_to_deleted_items(editing):
    PostFactory()
    html = editing.get("/admin/news/post/").content.decode()
    assert "/admin/news/post/recover/" in html


def test_compare_lists_inline_rows_changed_and_removed_in_both_languages(editing):
    from tests.factories import AgendaItemFactory, EventFactory, EventPhotoFactory

    event = EventFactory()
    opening = AgendaItemFactory(event=event, title_vi="Khai mạc", title_en="Opening")
    AgendaItemFactory(event=event, title_vi="Bế mạc", title_en="Closing")
    EventPhotoFactory(event=event)
    admin_save(editing, event)
    page = editing.get(change_url(event))
    data = admin_form_data(page)
    prefix = next(k for k, v in data.items() if v == str(opening.pk) and k.endswith("-id"))[:-3]
    data[f"{prefix}-title_en"] = "Opening remarks"
    closing_prefix = prefix[:-1] + ("1" if prefix.endswith("0") else "0")
    data[f"{closing_prefix}-DELETE"] = "on"
    assert editing.post(change_url(event), data).status_code == 302

    old, new = Version.objects.get_for_object(event).order_by("pk")
    html = editing.get(f"/admin/forums/event/{event.pk}/history/compare/",
                       {"version": [old.pk, new.pk]}).content.decode()
    assert "Opening remarks" in html
    assert "Bế mạc" in html and "revisions-row-removed" in html
    assert "Toàn cảnh hội thảo" not in html  # the photo did not change


def test_an_agreements_versions_compare_with_its_attached_texts(editing):
    """The agreement's registration follows its texts by their accessor
    (`agreementdocument_set`): comparing two versions, or the unpublished changes with the
    live item, must show the changes, not a server error."""
    from cooperation.models import AgreementDocument
    from partnership_portal.revisions import followed_models
    from tests.factories import AgreementDocumentFactory, DocumentFactory

    assert AgreementDocument in followed_models(Agreement)
    agreement = AgreementFactory(parties=[PartnerOrganisationFactory()])
    AgreementDocumentFactory(agreement=agreement, document=DocumentFactory(), authentic=False)
    admin_save(editing, agreement)
    admin_save(editing, agreement, title_en="Cooperation programme, as amended")
    old, new = Version.objects.get_for_object(agreement).order_by("pk")
    page = editing.get(f"/admin/cooperation/agreement/{agreement.pk}/history/compare/",
                       {"version": [old.pk, new.pk]})
    assert page.status_code == 200
    assert "Cooperation programme, as amended" in page.content.decode()
