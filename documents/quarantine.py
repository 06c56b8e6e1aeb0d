"""What happens to private document files once no row needs them.

A file whose DocumentFile or FileVersion is deleted (directly, by a cascade from its
Document, or replaced and no longer referenced) leaves the live folder when the transaction
commits: it moves to `quarantine/<YYYY-MM-DD>/<its stored name>` inside the private root, so
a restored document can get its file back, and `manage.py purge_document_quarantine` removes
it after DOCUMENTS_QUARANTINE_DAYS. `manage.py find_orphan_files` finds files no row refers to
(e.g. left by a crash between saving a file and committing its row).
"""

import json
import logging
import os
import shutil
import time
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

QUARANTINE_DIR = "quarantine"
logger = logging.getLogger(__name__)


def stored_files():
    """The storage rows actually use (the field's, evaluated once when models load)."""
    from .models import DocumentFile

    return DocumentFile._meta.get_field("file").storage


def _root() -> Path:
    return Path(stored_files().location)


def referenced_names() -> set[str]:
    """Stored names of every file a DocumentFile or FileVersion row refers to, or the
    unpublished changes of a document (uploaded, waiting to go live)."""
    from .models import DocumentFile, FileVersion

    return (set(DocumentFile.objects.values_list("file", flat=True))
            | set(FileVersion.objects.values_list("file", flat=True))
            | pending_change_names())


def pending_change_names() -> set[str]:
    from partnership_portal.models import PendingChange

    names = set()
    for versions in PendingChange.objects.values_list("versions", flat=True):
        for row in versions:
            if row.get("model") in ("documents.documentfile", "documents.fileversion"):
                for item in json.loads(row["serialized_data"]):
                    names.add(item["fields"].get("file") or "")
    names.discard("")
    return names


def _is_referenced(name) -> bool:
    from .models import DocumentFile, FileVersion

    return (DocumentFile.objects.filter(file=name).exists()
            or FileVersion.objects.filter(file=name).exists())


def release_on_commit(name):
    """Quarantine `name` once the current transaction commits, unless a row still refers to
    it by then (a replaced file usually lives on as an earlier version). Nothing happens on
    rollback, so a failed delete never loses a file."""
    if name:
        transaction.on_commit(lambda: quarantine_if_unreferenced(name), robust=True)


def quarantine_if_unreferenced(name):
    if _is_referenced(name):
        return None
    return quarantine(name)


def quarantine(name, today=None):
    """Move a stored file into today's quarantine folder; returns its new path (or None when
    the file is already gone)."""
    source = _root() / name
    if not source.is_file():
        return None
    day = (today or timezone.now().date()).isoformat()
    target = _root() / QUARANTINE_DIR / day / name
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)  # same file system: atomic, keeps the file's times
    logger.info("Quarantined private file %s", name)
    return target


def purge_quarantine(days=None, today=None):
    """Delete quarantine folders older than `days` (DOCUMENTS_QUARANTINE_DAYS); returns the
    names of the removed day folders."""
    days = settings.DOCUMENTS_QUARANTINE_DAYS if days is None else days
    cutoff = (today or timezone.now().date()) - timedelta(days=days)
    folder = _root() / QUARANTINE_DIR
    removed = []
    if not folder.is_dir():
        return removed
    for day_folder in sorted(folder.iterdir()):
        try:
            day = date.fromisoformat(day_folder.name)
        except ValueError:
            continue  # not ours: leave it for a person to look at
        if day_folder.is_dir() and day < cutoff:
            shutil.rmtree(day_folder)
            removed.append(day_folder.name)
    return removed


def orphan_files(grace_seconds=3600):
    """Stored names of live private files that no row refers to. Files younger than
    `grace_seconds` are skipped: their row may still be in an open transaction."""
    root = _root()
    if not root.is_dir():
        return []
    referenced = referenced_names()
    newest = time.time() - grace_seconds
    orphans = []
    for directory, subdirs, files in os.walk(root):
        if Path(directory) == root and QUARANTINE_DIR in subdirs:
            subdirs.remove(QUARANTINE_DIR)
        for file_name in files:
            path = Path(directory) / file_name
            name = path.relative_to(root).as_posix()
            if name not in referenced and path.stat().st_mtime < newest:
                orphans.append(name)
    return sorted(orphans)


def restore_from_quarantine(name):
    """Move `name` back from the newest quarantine folder holding it (a recovered or restored
    document's file); returns its live path, or None when it is live already or long purged."""
    target = _root() / name
    if not name or target.is_file():
        return None
    folder = _root() / QUARANTINE_DIR
    if not folder.is_dir():
        return None
    for day_folder in sorted(folder.iterdir(), reverse=True):
        source = day_folder / name
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            logger.info("Restored private file %s from quarantine", name)
            return target
    return None


def restore_on_commit(name):
    """A row referring to `name` was restored (reversion saves rows raw): once that commits,
    bring its file back from the quarantine."""
    if name:
        transaction.on_commit(lambda: restore_from_quarantine(name), robust=True)
