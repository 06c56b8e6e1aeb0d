"""Private files leave with their documents: moved to quarantine when the delete commits,
purged after DOCUMENTS_QUARANTINE_DAYS; stray files are found."""

import os
import time
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from documents.models import DocumentFile, FileVersion
from tests.factories import DocumentFileFactory, pdf_bytes


def live(settings, name):
    return Path(settings.PRIVATE_MEDIA_ROOT) / name


def quarantined(settings, name):
    today = timezone.now().date().isoformat()
    return Path(settings.PRIVATE_MEDIA_ROOT) / "quarantine" / today / name


def with_earlier_version():
    document_file = DocumentFileFactory(file=ContentFile(pdf_bytes("v1"), name="v1.pdf"))
    document_file.file = ContentFile(pdf_bytes("v2"), name="v2.pdf")
    document_file.save()
    return document_file, document_file.versions.get()


@pytest.mark.django_db(transaction=True)
def test_deleting_a_document_moves_its_files_and_versions_to_quarantine_at_commit(settings):
    document_file, version = with_earlier_version()
    names = [document_file.file.name, version.file.name]
    with transaction.atomic():
        document_file.document.delete()
        # Not before the commit: a rollback must find the files where they were.
        assert all(live(settings, name).is_file() for name in names)
    assert not any(live(settings, name).exists() for name in names)
    assert all(quarantined(settings, name).is_file() for name in names)


@pytest.mark.django_db(transaction=True)
def test_rolled_back_delete_keeps_the_files(settings):
    document_file, version = with_earlier_version()
    with pytest.raises(RuntimeError), transaction.atomic():
        document_file.document.delete()
        raise RuntimeError("the request failed")
    assert DocumentFile.objects.filter(pk=document_file.pk).exists()
    assert live(settings, document_file.file.name).is_file()
    assert live(settings, version.file.name).is_file()


@pytest.mark.django_db(transaction=True)
def test_deleting_an_earlier_version_quarantines_only_its_file(settings):
    document_file, version = with_earlier_version()
    FileVersion.objects.filter(pk=version.pk).delete()
    assert quarantined(settings, version.file.name).is_file()
    assert live(settings, document_file.file.name).is_file()


@pytest.mark.django_db(transaction=True)
def test_replaced_file_still_referenced_by_its_version_stays(settings):
    document_file, version = with_earlier_version()
    assert live(settings, version.file.name).is_file()
    assert live(settings, document_file.file.name).is_file()


@pytest.mark.django_db(transaction=True)
def test_file_pointed_elsewhere_and_no_longer_referenced_is_quarantined(settings):
    kept = DocumentFileFactory()
    replaced = DocumentFileFactory()
    old_name = replaced.file.name
    replaced.file = kept.file.name  # an already stored file: no earlier version is made
    replaced.save()
    assert not live(settings, old_name).exists()
    assert quarantined(settings, old_name).is_file()
    assert live(settings, kept.file.name).is_file()


def test_purge_removes_only_quarantine_folders_older_than_the_setting(settings):
    settings.DOCUMENTS_QUARANTINE_DAYS = 30
    root = Path(settings.PRIVATE_MEDIA_ROOT) / "quarantine"
    today = timezone.now().date()
    old_day = (today - timedelta(days=31)).isoformat()
    recent_day = (today - timedelta(days=29)).isoformat()
    for day in (old_day, recent_day):
        (root / day / "documents" / "ab").mkdir(parents=True)
        (root / day / "documents" / "ab" / "abc.pdf").write_bytes(b"%PDF")
    (root / "notes").mkdir()

    out = StringIO()
    call_command("purge_document_quarantine", stdout=out)
    assert not (root / old_day).exists()
    assert (root / recent_day / "documents" / "ab" / "abc.pdf").is_file()
    assert (root / "notes").is_dir()  # not a day folder: left alone
    assert f"quarantine/{old_day}/" in out.getvalue()


@pytest.mark.django_db
def test_orphan_finder_lists_and_deletes_a_stray_file_but_not_referenced_ones(settings):
    document_file, version = with_earlier_version()
    stray = live(settings, "documents/zz/stray.pdf")
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"%PDF-1.4 left behind")
    fresh = live(settings, "documents/zz/uploading.pdf")
    fresh.write_bytes(b"%PDF-1.4 row not committed yet")
    in_quarantine = quarantined(settings, "documents/qq/old.pdf")
    in_quarantine.parent.mkdir(parents=True)
    in_quarantine.write_bytes(b"%PDF")
    an_hour_ago = time.time() - 2 * 3600
    for path in (stray, in_quarantine, live(settings, document_file.file.name),
                 live(settings, version.file.name)):
        os.utime(path, (an_hour_ago, an_hour_ago))

    out = StringIO()
    call_command("find_orphan_files", stdout=out)
    listed = out.getvalue()
    assert "Orphan: documents/zz/stray.pdf" in listed
    assert document_file.file.name not in listed and version.file.name not in listed
    assert "uploading.pdf" not in listed and "old.pdf" not in listed
    assert stray.exists()  # listing deletes nothing

    call_command("find_orphan_files", "--delete", stdout=StringIO())
    assert not stray.exists()
    assert live(settings, document_file.file.name).is_file()
    assert live(settings, version.file.name).is_file()
    assert fresh.exists() and in_quarantine.exists()
