"""Image bombs: every image upload reads the size from the header and refuses anything above
IMAGE_MAX_PIXELS / IMAGE_MAX_SIDE with a clear message, before anything is decoded."""

import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from cooperation.models import Partner
from forums.models import EventPhoto
from news.models import Post
from partnership_portal.uploads import validate_image_pixels

pytestmark = pytest.mark.django_db

IMAGE_FIELDS = [(Post, "cover"), (Partner, "logo"), (EventPhoto, "image")]


def png_of(width, height):
    """A black-and-white PNG of any size; mostly zeros, so 16,000 x 16,000 is ~31 KB."""

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data)
            + chunk(b"IEND", b""))


def upload(client, content, name="bomb.png"):
    return client.post(
        "/ckeditor/upload/?responseType=json",
        {"upload": SimpleUploadedFile(name, content)},
        HTTP_ORIGIN="http://testserver", HTTP_ACCEPT_LANGUAGE="en",
    )


@pytest.fixture(scope="module")
def bomb():
    return png_of(16_000, 16_000)


def test_the_bomb_is_small_on_disk(bomb):
    assert len(bomb) < 64 * 1024


@pytest.mark.parametrize("size", [(16_000, 16_000), (10_000, 10_000)])
def test_editor_refuses_images_with_too_many_pixels(client, staff, settings, size):
    client.force_login(staff)
    response = upload(client, png_of(*size))
    assert response.status_code == 400
    assert "too large in pixels" in response.json()["error"]["message"]
    assert not (settings.MEDIA_ROOT / "editor").exists()


def test_editor_pixel_message_is_in_the_editors_language(client, staff, bomb):
    client.force_login(staff)
    response = client.post(
        "/ckeditor/upload/?responseType=json",
        {"upload": SimpleUploadedFile("anh.png", bomb)},
        HTTP_ORIGIN="http://testserver", HTTP_ACCEPT_LANGUAGE="vi",
    )
    assert response.status_code == 400
    assert "Ảnh quá lớn" in response.json()["error"]["message"]


@pytest.mark.parametrize(("width", "height", "accepted"), [
    (6_000, 6_000, True),  # 36 megapixels: the limit itself
    (8_000, 4_000, True),
    (8_001, 10, False),  # one side too long
    (7_000, 6_000, False),  # 42 megapixels
])
def test_pixel_limit_counts_pixels_and_sides(width, height, accepted):
    upload_file = SimpleUploadedFile("photo.png", png_of(width, height))
    if accepted:
        validate_image_pixels(upload_file)
        assert upload_file.tell() == 0  # left ready for the next reader
    else:
        with pytest.raises(ValidationError):
            validate_image_pixels(upload_file)


def test_pixel_limit_follows_settings(settings):
    settings.IMAGE_MAX_PIXELS = 100
    settings.IMAGE_MAX_SIDE = 50
    with pytest.raises(ValidationError):
        validate_image_pixels(SimpleUploadedFile("photo.png", png_of(20, 20)))
    validate_image_pixels(SimpleUploadedFile("photo.png", png_of(10, 10)))


@pytest.mark.parametrize(("model", "name"), IMAGE_FIELDS)
def test_every_image_field_refuses_a_bomb_with_a_clear_message(model, name, bomb):
    field = model._meta.get_field(name).formfield()
    for language, words in [("en", "too large in pixels"), ("vi", "Ảnh quá lớn")]:
        with translation.override(language):
            with pytest.raises(ValidationError) as refused:
                field.clean(SimpleUploadedFile("bomb.png", bomb))
            assert words in refused.value.messages[0]


@pytest.mark.parametrize(("model", "name"), IMAGE_FIELDS)
def test_every_image_field_still_takes_a_normal_picture(model, name):
    field = model._meta.get_field(name).formfield()
    cleaned = field.clean(SimpleUploadedFile("photo.png", png_of(800, 600)))
    assert cleaned.image.size == (800, 600)


def test_model_validation_refuses_a_bomb_assigned_in_code(post, bomb):
    post.cover = SimpleUploadedFile("bomb.png", bomb)
    with pytest.raises(ValidationError) as refused:
        post.full_clean()
    assert "cover" in refused.value.message_dict
