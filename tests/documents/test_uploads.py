import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from documents.uploads import validate_document_upload
from tests.factories import pdf_bytes


def upload(name, content):
    return SimpleUploadedFile(name, content)


def office_bytes(marker):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(marker, "<x/>")
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")
    return buffer.getvalue()


def png_bytes():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("Báo cáo.pdf", pdf_bytes()),
        ("report.docx", office_bytes("word/document.xml")),
        ("table.xlsx", office_bytes("xl/workbook.xml")),
        ("slides.pptx", office_bytes("ppt/presentation.xml")),
        ("text.odt", odt_bytes()),
        ("photo.PNG", png_bytes()),
    ],
)
def test_allowed_files_of_the_claimed_type_pass(name, content):
    validate_document_upload(upload(name, content))


def test_renamed_executable_is_refused():
    with pytest.raises(ValidationError) as error, translation.override("en"):
        validate_document_upload(upload("report.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200))
    assert error.value.code == "content"
    assert "not a real .pdf file" in error.value.messages[0]


def test_docx_that_is_really_a_spreadsheet_is_refused():
    with pytest.raises(ValidationError):
        validate_document_upload(upload("report.docx", office_bytes("xl/workbook.xml")))


@pytest.mark.parametrize("name", ["tool.exe", "page.html", "script.js", "noextension"])
def test_other_extensions_are_refused(name):
    with pytest.raises(ValidationError) as error:
        validate_document_upload(upload(name, pdf_bytes()))
    assert error.value.code == "extension"


def test_oversize_file_is_refused(settings):
    settings.DOCUMENTS_MAX_UPLOAD_BYTES = 100
    with pytest.raises(ValidationError) as error, translation.override("en"):
        validate_document_upload(upload("big.pdf", pdf_bytes() + b"0" * 200))
    assert error.value.code == "size"
    assert "the limit is 100" in error.value.messages[0]


def test_empty_file_is_refused():
    with pytest.raises(ValidationError):
        validate_document_upload(upload("empty.pdf", b""))


def test_padded_odf_mimetype_is_refused_without_unpacking_it():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text" + " " * 5_000_000)
    with pytest.raises(ValidationError):
        validate_document_upload(upload("bomb.odt", buffer.getvalue()))
