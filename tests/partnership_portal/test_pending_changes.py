"""Changes to a live item wait, unseen by readers (and the page cache), until published."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from reversion.models import Version

from cooperation.models import Signature
from partnership_portal.models import PendingChange
from tests.admin_forms import admin_form_data, change_url
from tests.admin_forms import admin_save as admin_post
from tests.factories import (
    AgreementFactory,
    PartnerOrganisationFactory,
    StaffUserFactory,
    sign,
)

pytestmark = pytest.mark.django_db

VI_URL, EN_URL = "/vi/tin-tuc/{}/", "/en/news/{}/"




@pytest.fixture
def editor(client):
    """Staff who may change news but not publish it."""
    client.force_login(StaffUserFactory(
        username="editor", permissions=["news.change_post", "news.view_post"]))
    return client


@pytest.fixture
def draft_changes(editor, post):
    admin_post(editor, post, title_vi="Tiêu đề đã sửa, chưa công bố",
               title_en="Edited title, not yet published")
    return PendingChange.objects.get()


def public_text(client, post):
    return (client.get(VI_URL.format(post.slug_vi)).content.decode()
            + client.get(EN_URL.format(post.slug_en)).content.decode())


def test_an_editors_changes_to_a_live_post_wait_and_readers_see_the_old_text(
        client, editor, post):
    reader = type(client)()
    before = public_text(reader, post)  # fills the reader page cache in both languages
    assert "Cooperation programme with Azerbaijan signed" in before

    admin_post(editor, post, title_vi="Tiêu đề đã sửa, chưa công bố",
               title_en="Edited title, not yet published")

    post.refresh_from_db()
    assert post.title_en == "Cooperation programme with Azerbaijan signed"
    assert PendingChange.objects.get().author.username == "editor"
    after = public_text(reader, post)
    assert "Cooperation programme with Azerbaijan signed" in after
    assert "Ký Chương trình hợp tác với A-déc-bai-gian" in after
    assert "not yet published" not in after and "chưa công bố" not in after
    assert not Version.objects.get_for_object(post).exists()  # no revision of a draft


def test_the_editor_is_told_the_changes_wait_and_not_that_the_item_was_changed(
        editor, post):
    """Django's save runs and is rolled back: its "was changed successfully" must not reach
    the editor, who would think the change is live."""
    response = admin_post(editor, post, title_vi="Tiêu đề đã sửa, chưa công bố")
    notes = [str(m) for m in editor.get(response.url).context["messages"]]
    assert notes == [
        "Các thay đổi của bạn đã được lưu dưới dạng thay đổi chưa công bố: bạn đọc vẫn thấy "
        "phiên bản đang công bố cho đến khi người có quyền công bố công bố chúng."]


def test_saving_and_submitting_live_changes_says_both(editor, post):
    page = editor.get(change_url(post))
    response = editor.post(change_url(post), {
        **admin_form_data(page, title_vi="Tiêu đề đã sửa, chưa công bố"),
        "_review_submit": "1", "review_message": "Nhờ duyệt giúp."})
    notes = [str(m) for m in editor.get(response.url).context["messages"]]
    assert len(notes) == 2 and "chưa công bố" in notes[0], notes
    assert notes[1] == "Đã gửi duyệt: người duyệt đăng đã được thông báo."


def test_the_change_form_shows_the_unpublished_changes_and_the_live_version_on_request(
        editor, post, draft_changes):
    page = editor.get(change_url(post)).content.decode()
    assert "Edited title, not yet published" in page
    assert "unpublished changes" in page.lower() or "chưa công bố" in page
    live = editor.get(change_url(post) + "?live=1").content.decode()
    assert 'value="Cooperation programme with Azerbaijan signed"' in live


def test_preview_shows_the_new_text_in_both_languages(editor, post, draft_changes):
    base = f"/admin/news/post/{post.pk}/pending/preview/"
    vi = editor.get(base + "vi/")
    en = editor.get(base + "en/")
    assert "Tiêu đề đã sửa, chưa công bố" in vi.content.decode()
    assert "Edited title, not yet published" in en.content.decode()
    assert "no-cache" in vi["Cache-Control"] and vi["X-Robots-Tag"] == "noindex"
    post.refresh_from_db()
    assert post.title_en == "Cooperation programme with Azerbaijan signed"


def test_compare_with_live_shows_both_languages(editor, post, draft_changes):
    html = editor.get(f"/admin/news/post/{post.pk}/pending/compare/").content.decode()
    assert "Edited title, not yet published" in html
    assert "Cooperation programme with Azerbaijan signed" in html


def test_an_editor_cannot_publish_the_changes(editor, post, draft_changes):
    response = editor.post(f"/admin/news/post/{post.pk}/pending/publish/")
    assert response.status_code == 403
    assert PendingChange.objects.exists()


def test_publishing_the_changes_shows_them_to_readers_at_once(
        client, staff, post, draft_changes):
    reader = type(client)()
    public_text(reader, post)  # cached
    client.force_login(staff)
    response = client.post(f"/admin/news/post/{post.pk}/pending/publish/")
    assert response.status_code == 302

    after = public_text(reader, post)
    assert "Edited title, not yet published" in after
    assert "Tiêu đề đã sửa, chưa công bố" in after
    assert not PendingChange.objects.exists()
    assert Version.objects.get_for_object(post).count() == 1


def test_a_publisher_may_save_as_unpublished_changes_and_discard_them(client, staff, post):
    client.force_login(staff)
    admin_post(client, post, title_en="Publisher's draft", _save_pending="1")
    post.refresh_from_db()
    assert post.title_en == "Cooperation programme with Azerbaijan signed"
    assert PendingChange.objects.exists()

    client.post(f"/admin/news/post/{post.pk}/pending/discard/")
    assert not PendingChange.objects.exists()
    assert "Publisher's draft" not in client.get(change_url(post)).content.decode()


def test_a_publisher_saving_the_form_publishes_the_changes_with_the_edit(client, staff, post,
                                                                        draft_changes):
    client.force_login(staff)
    admin_post(client, post, summary_en="Summary added on top.")
    post.refresh_from_db()
    assert post.title_en == "Edited title, not yet published"
    assert post.summary_en == "Summary added on top."
    assert not PendingChange.objects.exists()


def test_scheduled_changes_are_published_by_the_command_when_due(client, staff, post,
                                                                 draft_changes):
    client.force_login(staff)
    soon = timezone.localtime() + timedelta(hours=2)
    client.post(f"/admin/news/post/{post.pk}/pending/schedule/",
                {"publish_at": soon.strftime("%Y-%m-%dT%H:%M")})
    draft_changes.refresh_from_db()
    assert draft_changes.publish_at is not None

    call_command("publish_scheduled_changes", verbosity=0)
    post.refresh_from_db()
    assert post.title_en == "Cooperation programme with Azerbaijan signed"  # not yet due

    PendingChange.objects.update(publish_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled_changes", verbosity=0)
    post.refresh_from_db()
    assert post.title_en == "Edited title, not yet published"
    assert not PendingChange.objects.exists()


def test_inline_rows_wait_with_the_changes(client, staff):
    agreement = AgreementFactory()
    first, second = PartnerOrganisationFactory(), PartnerOrganisationFactory()
    agreement.parties.set([first, second])
    sign(agreement, first, date(2020, 10, 27))
    sign(agreement, second, date(2020, 10, 28))
    client.force_login(staff)

    page = client.get(change_url(agreement))
    data = admin_form_data(page, _save_pending="1")
    data["signatures-0-DELETE"] = "on"
    assert client.post(change_url(agreement), data).status_code == 302
    assert Signature.objects.filter(agreement=agreement).count() == 2  # live untouched

    client.post(f"/admin/cooperation/agreement/{agreement.pk}/pending/publish/")
    assert Signature.objects.filter(agreement=agreement).count() == 1


def test_restoring_a_version_of_a_live_item_takes_the_right_to_publish(client, staff, post):
    client.force_login(staff)
    admin_post(client, post, title_en="Saved by the secretariat")
    version = Version.objects.get_for_object(post).get()
    client.force_login(StaffUserFactory(
        username="editor", permissions=["news.change_post", "news.view_post"]))
    url = f"/admin/news/post/{post.pk}/history/{version.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    # Refused in the admin, with the reason (not the public site's 403 page); nothing changes.
    response = client.post(url, admin_form_data(page, title_en="Restored by an editor"),
                           follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == f"/admin/news/post/{post.pk}/history/"
    assert "Chỉ người duyệt đăng mới được khôi phục" in html
    post.refresh_from_db()
    assert post.title_en == "Saved by the secretariat"
    # The history offers editors no restore link on a published item; a publisher has them.
    history = client.get(f"/admin/news/post/{post.pk}/history/").content.decode()
    assert url not in history
    client.force_login(staff)
    assert url in client.get(f"/admin/news/post/{post.pk}/history/").content.decode()


def test_history_names_changed_fields_in_the_admins_language_under_a_full_breadcrumb(
        client, staff, post):
    client.force_login(staff)
    admin_post(client, post, summary_vi="Tóm tắt mới của bản tin.")
    html = client.get(f"/admin/news/post/{post.pk}/history/").content.decode()
    assert "Summary [vi]" not in html and "Tóm tắt [vi]" in html
    assert '/admin/news/post/">Bài tin</a>' in html


def test_a_file_uploaded_in_unpublished_changes_is_kept_and_not_an_orphan(client, staff):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from documents.models import DocumentFile
    from documents.quarantine import orphan_files, referenced_names
    from tests.factories import DocumentFileFactory, pdf_bytes

    stored = DocumentFileFactory()
    document = stored.document
    client.force_login(staff)
    page = client.get(change_url(document))
    data = admin_form_data(page, _save_pending="1")
    data["files-0-file"] = SimpleUploadedFile("Ban moi.pdf", pdf_bytes("new text"),
                                              content_type="application/pdf")
    assert client.post(change_url(document), data).status_code == 302

    live = DocumentFile.objects.get(pk=stored.pk)
    assert live.file.name == stored.file.name  # readers still download the old file
    pending_names = referenced_names() - {live.file.name}
    assert len(pending_names) == 1
    assert not set(orphan_files(grace_seconds=0)) & pending_names

    client.post(f"/admin/documents/document/{document.pk}/pending/publish/")
    assert DocumentFile.objects.get(pk=stored.pk).file.name in pending_names


def test_the_published_version_shown_beside_unpublished_changes_cannot_overwrite_them(
        client, staff, post, draft_changes):
    """Saving the form shown from the published row (?live=1) raised a false conflict, then
    replaced the editor's waiting changes: it is offered read-only and refused if posted."""
    client.force_login(staff)
    live_url = change_url(post) + "?live=1"
    page = client.get(live_url)
    assert 'name="_save"' not in page.content.decode()
    data = admin_form_data(page, summary_vi="Sửa trên bản đang công bố.")
    data["_save"] = "1"
    response = client.post(live_url, data, follow=True)
    assert "chưa có gì được lưu" in response.content.decode()
    post.refresh_from_db()
    assert post.summary_vi != "Sửa trên bản đang công bố."
    pending = PendingChange.objects.get()
    assert pending.pk == draft_changes.pk and pending.versions == draft_changes.versions
