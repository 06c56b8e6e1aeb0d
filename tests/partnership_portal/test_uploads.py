"""Pictures uploaded through the rich-text editor are named by the site's slug rule."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from partnership_portal.uploads import editor_upload_name

pytestmark = pytest.mark.django_db


def small_png():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_editor_upload_keeps_vietnamese_words_readable(client, staff, settings):
    client.force_login(staff)
    response = client.post(
        "/ckeditor/upload/?responseType=json",
        {"upload": SimpleUploadedFile("anh-hoi-thao-đà-nẵng.png", small_png())},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 200, response.content
    url = response.json()["url"]
    assert url.endswith("/anh-hoi-thao-da-nang.png")
    assert list((settings.MEDIA_ROOT / "editor").rglob("anh-hoi-thao-da-nang.png"))


@pytest.mark.parametrize(("name", "stored"), [
    ("Ảnh Hội thảo ĐÀ NẴNG.JPG", "anh-hoi-thao-da-nang.jpg"),
    ("đoàn công tác/../../x.png", "x.png"),
    ("ảnh.png", "anh.png"),
])
def test_editor_upload_name_follows_the_slug_rule(name, stored):
    assert editor_upload_name(name) == stored
