"""Checks for uploaded document files: extension allowlist, real content type, size."""

import os
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
ODF_MIME = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": ODF_MIME["odt"].decode(), "ods": ODF_MIME["ods"].decode(),
    "odp": ODF_MIME["odp"].decode(), "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "png": "image/png",
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
