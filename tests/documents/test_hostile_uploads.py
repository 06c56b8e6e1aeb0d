"""Hostile uploads are refused: zip bombs, Office macros, PDFs with scripts or that don't
parse, and (where ClamAV is configured) anything the virus scanner flags. Every file is built
in memory, and small."""

import io
import os
import socketserver
import threading
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from documents.uploads import validate_document_upload
from tests.factories import pdf_bytes

# The EICAR test file, in two parts so this source file is not itself flagged.
EICAR = (b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")


def refusal(name, content):
    with pytest.raises(ValidationError) as error, translation.override("en"):
        validate_document_upload(SimpleUploadedFile(name, content))
    return error.value


def office_zip(marker="word/document.xml", extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(marker, "<x/>")
        for name, data in extra:
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_declaring_one_gib():
    """A 1 GiB 'zip bomb' in a few hundred bytes: one real megabyte of zeros whose size the
    central directory (what readers trust) declares as 1 GiB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<x/>")
        archive.writestr("word/media/zeros.bin", bytes(1024 * 1024))
        archive.getinfo("word/media/zeros.bin").file_size = 1024**3
    return buffer.getvalue()


def odf(extra):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")
        for name, data in extra:
            archive.writestr(name, data)
    return buffer.getvalue()


def pdf_with(root_entries=(), attachment=False):
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    for key, value in root_entries:
        writer._root_object[NameObject(key)] = value
    if attachment:
        writer.add_attachment("run.exe", b"MZ payload")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def action(kind, **entries):
    return DictionaryObject({NameObject("/S"): NameObject(kind),
                             **{NameObject(f"/{k}"): v for k, v in entries.items()}})


def test_zip_bomb_named_docx_is_refused():
    error = refusal("report.docx", zip_declaring_one_gib())
    assert error.code == "archive_size"
    assert "unpacks to 1.0\xa0GB" in error.messages[0]


def test_tightly_packed_docx_is_refused():
    content = office_zip(extra=[("word/media/zeros.bin", bytes(8 * 1024 * 1024))])
    assert len(content) < 100_000
    assert refusal("report.docx", content).code == "archive_ratio"


def test_office_file_with_too_many_parts_is_refused(settings):
    settings.DOCUMENTS_ZIP_MAX_ENTRIES = 50
    content = office_zip(extra=[(f"word/part{n}.xml", "<x/>") for n in range(50)])
    assert refusal("report.docx", content).code == "archive_entries"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.docx", office_zip(extra=[("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")])),
        ("table.xlsx", office_zip("xl/workbook.xml", [("xl/vbaProject.bin", b"macro")])),
        ("text.odt", odf([("Basic/Standard/Module1.xml", "<script:module/>")])),
        ("text.odt", odf([("Scripts/python/run.py", "import os")])),
    ],
)
def test_office_file_carrying_macros_is_refused(name, content):
    error = refusal(name, content)
    assert error.code == "macro"
    assert "contains macros" in error.messages[0]


def test_pdf_header_followed_by_html_is_refused():
    content = b"%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n"
    error = refusal("report.pdf", content)
    assert error.code == "pdf_invalid"
    assert "not a readable PDF" in error.messages[0]


@pytest.mark.parametrize(
    "hostile",
    [
        {"root_entries": [("/OpenAction", action("/JavaScript", JS=TextStringObject("app.alert(1)")))]},
        {"root_entries": [("/OpenAction", action("/Launch", F=TextStringObject("cmd.exe")))]},
        {"attachment": True},
    ],
    ids=["open-action-javascript", "open-action-launch", "embedded-file"],
)
def test_pdf_with_scripts_launch_actions_or_embedded_files_is_refused(hostile):
    error = refusal("report.pdf", pdf_with(**hostile))
    assert error.code == "pdf_active"


def test_pdf_that_needs_a_password_is_refused_as_uncheckable():
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt(user_password="open", owner_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert refusal("report.pdf", buffer.getvalue()).code == "pdf_encrypted"


def test_pdf_restricted_only_by_an_owner_password_passes():
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt(user_password="", owner_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    validate_document_upload(SimpleUploadedFile("report.pdf", buffer.getvalue()))


def test_pdf_opening_at_a_page_passes():
    writer = PdfWriter()
    page = writer.add_blank_page(100, 100)
    writer._root_object[NameObject("/OpenAction")] = ArrayObject(
        [page.indirect_reference, NameObject("/Fit")])
    buffer = io.BytesIO()
    writer.write(buffer)
    validate_document_upload(SimpleUploadedFile("report.pdf", buffer.getvalue()))


def test_ordinary_pdf_and_docx_still_pass():
    validate_document_upload(SimpleUploadedFile("report.pdf", pdf_bytes()))
    validate_document_upload(SimpleUploadedFile("report.docx", office_zip()))


def test_refusals_are_translated():
    with pytest.raises(ValidationError) as error, translation.override("vi"):
        validate_document_upload(SimpleUploadedFile("report.docx", zip_declaring_one_gib()))
    assert "giải nén" in error.value.messages[0]


class FakeClamd(socketserver.BaseRequestHandler):
    """Speaks clamd's INSTREAM protocol; flags the EICAR string."""

    def handle(self):
        command = b""
        while not command.endswith(b"\0"):
            command += self.request.recv(1)
        assert command == b"zINSTREAM\0"
        data = b""
        while True:
            size = int.from_bytes(self._read(4), "big")
            if not size:
                break
            data += self._read(size)
        found = EICAR in data
        self.request.sendall(b"stream: Eicar-Signature FOUND\0" if found else b"stream: OK\0")

    def _read(self, size):
        out = b""
        while len(out) < size:
            out += self.request.recv(size - len(out))
        return out


@pytest.fixture
def fake_clamd(settings, tmp_path):
    path = str(tmp_path / "clamd.sock")
    server = socketserver.ThreadingUnixStreamServer(path, FakeClamd)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.CLAMAV_SOCKET = path
    yield path
    server.shutdown()
    server.server_close()


def test_upload_flagged_by_the_virus_scanner_is_refused(fake_clamd):
    error = refusal("report.pdf", pdf_bytes() + b"%" + EICAR + b"\n")
    assert error.code == "virus"
    assert "Eicar-Signature" in error.messages[0]


def test_clean_upload_passes_the_virus_scanner(fake_clamd):
    validate_document_upload(SimpleUploadedFile("report.pdf", pdf_bytes()))


def test_upload_is_refused_when_the_configured_scanner_is_down(settings, tmp_path):
    settings.CLAMAV_SOCKET = str(tmp_path / "nothing-listens-here.sock")
    assert refusal("report.pdf", pdf_bytes()).code == "scan_unavailable"


REAL_CLAMD = next((path for path in ("/run/clamav/clamd.ctl", "/var/run/clamav/clamd.ctl",
                                     os.environ.get("CLAMAV_SOCKET", ""))
                   if path and os.path.exists(path)), None)


@pytest.mark.skipif(REAL_CLAMD is None, reason="clamd is not running here")
def test_real_clamd_refuses_eicar(settings):
    settings.CLAMAV_SOCKET = REAL_CLAMD
    assert refusal("report.pdf", pdf_bytes() + b"%" + EICAR + b"\n").code == "virus"


@pytest.mark.django_db
def test_admin_refuses_a_docx_with_macros_in_vietnamese_and_saves_nothing(client, staff):
    from django.urls import reverse

    from documents.models import Document
    from tests.documents.test_admin import form_data
    from tests.factories import DocumentKindFactory

    client.force_login(staff)
    upload = SimpleUploadedFile(
        "Báo cáo.docx", office_zip(extra=[("word/vbaProject.bin", b"macro")]))
    response = client.post(reverse("admin:documents_document_add"),
                           form_data(DocumentKindFactory(), upload), HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    assert "“Báo cáo.docx” có chứa macro" in response.content.decode()
    assert Document.objects.count() == 0
