import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from partnership_portal.views import server_error

pytestmark = pytest.mark.django_db


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def upload(client, name, content, query="?responseType=json", origin="http://testserver"):
    return client.post(
        f"/ckeditor/upload/{query}",
        {"upload": SimpleUploadedFile(name, content)},
        HTTP_ACCEPT_LANGUAGE="en",
        HTTP_ORIGIN=origin,
    )


def test_editor_upload_requires_staff(client, settings):
    response = upload(client, "a.png", png_bytes())
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not (settings.MEDIA_ROOT / "editor").exists()


def test_editor_upload_accepts_a_real_image_from_staff(client, staff, settings):
    client.force_login(staff)
    response = upload(client, "anh.png", png_bytes())
    assert response.status_code == 200
    assert response.json()["uploaded"] == "1"
    assert any((settings.MEDIA_ROOT / "editor").iterdir())


def test_editor_upload_refuses_a_renamed_non_image(client, staff, settings):
    client.force_login(staff)
    response = upload(client, "photo.png", b"MZ\x90\x00 not an image")
    assert response.status_code == 400
    assert "not a valid image" in response.json()["error"]["message"]
    assert not (settings.MEDIA_ROOT / "editor").exists()


def test_editor_upload_refuses_other_extensions_and_big_files(client, staff, settings):
    client.force_login(staff)
    assert upload(client, "doc.svg", b"<svg/>").status_code == 400
    settings.CKEDITOR_UPLOAD_MAX_BYTES = 10
    response = upload(client, "big.png", png_bytes())
    assert response.status_code == 400
    assert "too large" in response.json()["error"]["message"]


def test_server_error_page_is_bilingual_and_needs_no_database(rf):
    response = server_error(rf.get("/en/news/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Đã xảy ra lỗi" in html and "Something went wrong" in html


def test_robots_txt_points_to_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_health_check(client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_wrong_method_on_public_pages_is_refused_cleanly():
    client = Client(raise_request_exception=False)
    assert client.post("/robots.txt").status_code == 405


def test_editor_upload_from_another_site_is_refused(client, staff, settings):
    client.force_login(staff)
    response = upload(client, "a.png", png_bytes(), origin="https://evil.example")
    assert response.status_code == 403
    assert not (settings.MEDIA_ROOT / "editor").exists()


@pytest.mark.parametrize("func", ["</script><script>alert(1)</script>", "1);alert(1);//"])
def test_editor_callback_number_cannot_inject_script(client, staff, func):
    client.force_login(staff)
    for content in (png_bytes(), b"not an image"):
        response = upload(client, "a.png", content, query=f"?CKEditorFuncNum={func}")
        assert response.status_code == 400
        assert "alert(1)" not in response.content.decode()


def test_editor_error_message_cannot_close_the_script(client, staff):
    client.force_login(staff)
    response = upload(client, "</script><b>.png", b"junk", query="?CKEditorFuncNum=3")
    body = response.content.decode()
    assert body.count("</script>") == 1 and "callFunction(3, ''" in body


def test_deployment_with_debug_left_on_refuses_to_start():
    import os
    import subprocess
    import sys

    env = {**os.environ, "DJANGO_ALLOWED_HOSTS": "portal.moj.gov.vn"}
    env.pop("DJANGO_DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-c", "import partnership_portal.settings"],
        env=env, capture_output=True, text=True,
    )
    assert result.returncode != 0 and "DEBUG is on" in result.stderr


def _news_editor(username):
    from tests.factories import StaffUserFactory

    return StaffUserFactory(username=username, permissions=["news.change_post", "news.view_post"])


def test_editor_image_browser_lists_only_ones_own_uploads_except_for_superusers(client, staff):
    client.force_login(_news_editor("author"))
    assert upload(client, "anh.png", png_bytes()).status_code == 200
    own = [f["src"] for f in client.get("/ckeditor/browse/").context["files"]]
    assert len(own) == 1 and "/editor/author/" in own[0]

    other = Client()
    other.force_login(_news_editor("colleague"))
    assert other.get("/ckeditor/browse/").context["files"] == []

    superuser = Client()
    superuser.force_login(staff)
    assert [f["src"] for f in superuser.get("/ckeditor/browse/").context["files"]] == own


def test_editor_image_browser_is_for_staff_only(client):
    from tests.factories import PartnerUserFactory

    assert "/admin/login/" in client.get("/ckeditor/browse/")["Location"]
    client.force_login(PartnerUserFactory())
    assert "/admin/login/" in client.get("/ckeditor/browse/")["Location"]


@pytest.mark.django_db
def test_crawlers_and_health_checks_may_ask_with_head(client):
    """Crawlers and load balancers send HEAD: the same answer as GET, without a body."""
    for path in ("/robots.txt", "/healthz", "/favicon.ico"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code != 405, path
        assert head.content == b"", path
    assert client.post("/robots.txt").status_code == 405
