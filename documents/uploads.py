"""Checks for uploaded document files: extension allowlist, real content type, size, and
hostile content (zip bombs, Office macros, PDF scripts and launch actions, viruses)."""

import os
import socket
import struct
import uuid
import zipfile

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# What the bytes must be for each allowed extension (filetype's names).
EXPECTED_KIND = {
    "pdf": "pdf", "docx": "docx", "xlsx": "xlsx", "pptx": "pptx", "odt": "odt",
    "ods": "ods", "odp": "odp", "jpg": "jpg", "jpeg": "jpg", "png": "png",
}
# Office files are zip archives; when the first bytes don't tell, the archive's members do.
ZIP_MARKERS = {
    "docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml",
}
ZIP_CONTAINERS = ZIP_MARKERS.keys() | {"odt", "ods", "odp"}
ODF_MIME = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}


def private_storage():
    """Document files: outside MEDIA_ROOT, reachable only through the download view."""
    return storages["private"]


def private_file_name(instance, filename):
    """A non-guessable stored name; the original name is kept in the database."""
    extension = extension_of(filename)
    token = uuid.uuid4().hex
    return f"documents/{token[:2]}/{token}.{extension}" if extension else f"documents/{token}"


def extension_of(filename):
    return os.path.splitext(filename or "")[1].lower().lstrip(".")


def _zip_has(upload, extension):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            if extension in ODF_MIME:
                expected = ODF_MIME[extension]
                # Read no more than the expected bytes: a padded member could be huge.
                if archive.getinfo("mimetype").file_size > len(expected) + 2:
                    return False
                with archive.open("mimetype") as member:
                    return member.read(len(expected) + 2).strip() == expected
            return ZIP_MARKERS[extension] in archive.namelist()
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
    finally:
        upload.seek(0)


def validate_document_upload(upload):
    """Raise ValidationError unless `upload` is an allowed type, truly of that type, and not
    too big. Runs only on new uploads (a stored file was checked when it came in)."""
    if getattr(upload, "_committed", False):
        return
    name = getattr(upload, "name", "")
    extension = extension_of(name)
    allowed = settings.DOCUMENTS_ALLOWED_EXTENSIONS
    if extension not in allowed:
        raise ValidationError(
            _("“%(name)s”: files of this type can't be uploaded. Allowed: %(allowed)s.")
            % {"name": os.path.basename(name), "allowed": ", ".join(allowed)},
            code="extension",
        )
    limit = settings.DOCUMENTS_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; the limit is %(limit)s.")
            % {"name": os.path.basename(name), "size": filesizeformat(upload.size),
               "limit": filesizeformat(limit)},
            code="size",
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    guess = filetype.guess(head)
    expected = EXPECTED_KIND.get(extension)
    matches = guess is not None and guess.extension == expected
    if not matches and extension in ZIP_MARKERS.keys() | ODF_MIME.keys():
        matches = _zip_has(upload, extension)
    if not matches:
        raise ValidationError(
            _("“%(name)s” is not a real .%(extension)s file (its content is %(actual)s).")
            % {"name": os.path.basename(name), "extension": extension,
               "actual": guess.extension if guess else _("not recognised")},
            code="content",
        )
    if extension in ZIP_CONTAINERS:
        _check_archive(upload, os.path.basename(name))
    elif extension == "pdf":
        _check_pdf(upload, os.path.basename(name))
    if settings.CLAMAV_SOCKET:
        _scan_for_viruses(upload, os.path.basename(name))


def _check_archive(upload, name):
    """Refuse zip bombs (declared sizes too big, too tightly packed, too many parts) and
    Office files carrying macros. Only the central directory is read, nothing unpacked."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise ValidationError(
            _("“%(name)s” is a damaged file.") % {"name": name}, code="content"
        ) from error
    finally:
        upload.seek(0)
    if len(members) > settings.DOCUMENTS_ZIP_MAX_ENTRIES:
        raise ValidationError(
            _("“%(name)s” has too many parts (more than %(limit)s).")
            % {"name": name, "limit": settings.DOCUMENTS_ZIP_MAX_ENTRIES},
            code="archive_entries",
        )
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if unpacked > settings.DOCUMENTS_ZIP_MAX_UNPACKED_BYTES:
        raise ValidationError(
            _("“%(name)s” unpacks to %(size)s; the limit is %(limit)s.")
            % {"name": name, "size": filesizeformat(unpacked),
               "limit": filesizeformat(settings.DOCUMENTS_ZIP_MAX_UNPACKED_BYTES)},
            code="archive_size",
        )
    # Real documents pack at 2-20:1; a tiny file may pack better, so small totals pass.
    if unpacked > 1024 * 1024 and unpacked > packed * settings.DOCUMENTS_ZIP_MAX_RATIO:
        raise ValidationError(
            _("“%(name)s” is packed suspiciously tightly (a possible zip bomb).")
            % {"name": name},
            code="archive_ratio",
        )
    for member in members:
        path = member.filename.lower()
        if path.rsplit("/", 1)[-1] == "vbaproject.bin" or path.startswith(("basic/", "scripts/")):
            raise ValidationError(
                _("“%(name)s” contains macros. Save it without macros and upload it again.")
                % {"name": name},
                code="macro",
            )


# PDF keys and action types that run code, open other programs or carry files.
PDF_ACTIVE_KEYS = {"/JS", "/JavaScript", "/Launch", "/EmbeddedFiles", "/EF"}
PDF_ACTIVE_ACTIONS = {"/JavaScript", "/Launch"}
PDF_MAX_OBJECTS = 200_000  # bounds the walk over a hostile file


def _pdf_active_content(reader):
    """The first active key or action reachable from the trailer, or None."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    seen = set()
    stack = [reader.trailer]
    while stack:
        if len(seen) > PDF_MAX_OBJECTS:
            return "too many objects"
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            for key in item:
                if key in PDF_ACTIVE_KEYS:
                    return key
            if item.get("/S") in PDF_ACTIVE_ACTIONS:
                return item["/S"]
            if item.get("/Type") == "/EmbeddedFile":
                return "/EmbeddedFile"
            stack.extend(value for key, value in item.items() if key != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return None


def _check_pdf(upload, name):
    """Refuse PDFs that don't parse (e.g. `%PDF` followed by HTML) and PDFs carrying scripts,
    launch actions or embedded files (also when triggered by /OpenAction)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    upload.seek(0)
    try:
        reader = PdfReader(upload, strict=False)
        if len(reader.pages) == 0:
            raise ValueError("no pages")
        found = _pdf_active_content(reader)
    except (FileNotDecryptedError, DependencyError) as error:
        # Opening needs a password (or an AES decoder we don't have): it can't be checked.
        raise ValidationError(
            _("“%(name)s” is protected by a password, so it can't be checked. Save it without "
              "the password and upload it again.") % {"name": name},
            code="pdf_encrypted",
        ) from error
    except Exception as error:  # a parser crash on hostile bytes also means "not a PDF"
        raise ValidationError(
            _("“%(name)s” is not a readable PDF file.") % {"name": name}, code="pdf_invalid"
        ) from error
    finally:
        upload.seek(0)
    if found:
        raise ValidationError(
            _("“%(name)s” contains scripts, launch actions or embedded files, which are not "
              "allowed in PDF files here.") % {"name": name},
            code="pdf_active",
        )


def clamd_scan(stream, path, timeout=60):
    """Send `stream` to clamd (UNIX socket `path`) with INSTREAM; returns the signature name
    on a hit, None when clean. Raises OSError when clamd can't be reached or answers oddly."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout)
        connection.connect(path)
        connection.sendall(b"zINSTREAM\0")
        while chunk := stream.read(64 * 1024):
            connection.sendall(struct.pack("!L", len(chunk)) + chunk)
        connection.sendall(struct.pack("!L", 0))
        reply = b""
        while not reply.endswith(b"\0") and (part := connection.recv(4096)):
            reply += part
    reply = reply.rstrip(b"\0").decode("utf-8", "replace")
    if reply.endswith(" FOUND"):
        return reply.removeprefix("stream:").removesuffix(" FOUND").strip()
    if reply.endswith(" OK"):
        return None
    raise OSError(f"clamd: {reply or 'no answer'}")


def _scan_for_viruses(upload, name):
    """Scan with ClamAV; when the scanner is configured but down, refuse (fail closed)."""
    upload.seek(0)
    try:
        signature = clamd_scan(upload, settings.CLAMAV_SOCKET)
    except OSError as error:
        raise ValidationError(
            _("The virus scanner can't be reached, so “%(name)s” can't be accepted now. "
              "Please try again later.") % {"name": name},
            code="scan_unavailable",
        ) from error
    finally:
        upload.seek(0)
    if signature:
        raise ValidationError(
            _("“%(name)s” was refused by the virus scanner (%(signature)s).")
            % {"name": name, "signature": signature},
            code="virus",
        )
