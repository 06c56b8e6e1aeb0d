"""One archive with everything the site cannot rebuild: the database, public media
(MEDIA_ROOT) and private documents (PRIVATE_MEDIA_ROOT). `manage.py backup` / `restore`.

The database goes in as Django's portable JSON (dumpdata with natural keys for content types
and permissions), not pg_dump: one format for SQLite and PostgreSQL (a development copy can be
restored into production and back), no client binary matching the server's version, and the
same command in tests as in production. The cost is speed on very large databases; at the
Group's size (thousands of rows) it takes seconds.

Archive (tar.gz): manifest.json (format, version, date, database vendor, migrations, row
counts, SHA-256 of every other member), database.json, media/…, private/…. A restore checks
the whole archive before it touches anything."""

import hashlib
import io
import json
import shutil
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder

from . import audit

FORMAT = "partnership-portal-backup"
VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.json"
# Rebuilt by `migrate` from the code (and referred to by natural keys in the dump); sessions
# are sign-ins, not data (readers sign in again after a restore).
EXCLUDED_MODELS = ["contenttypes", "auth.permission", "sessions"]
# Apps whose rows mean "this database already holds the site": a restore over them needs
# --force. A freshly migrated database has none.
CONTENT_APPS = ["partnership_portal", "news", "documents", "cooperation", "forums", "accounts",
                "reports", "redirects"]
CHUNK = 1024 * 1024
# JSON with full-precision times (backup_json.py); the file stays readable by plain loaddata.
SERIALIZER = "portal-backup-json"
serializers.register_serializer(SERIALIZER, "partnership_portal.backup_json")


class BackupError(Exception):
    """A backup that cannot be read or restored; the message says why, for the operator."""


def file_roots():
    """{archive folder: directory} of the files saved with the database."""
    return {"media": Path(settings.MEDIA_ROOT), "private": Path(settings.PRIVATE_MEDIA_ROOT)}


def _sha256(fileobj):
    digest = hashlib.sha256()
    while chunk := fileobj.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def applied_migrations():
    recorder = MigrationRecorder(connection)
    applied = {}
    for app, name in sorted(recorder.applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def row_counts():
    """{app_label.model: rows} of every model the dump holds."""
    counts = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.proxy or label in EXCLUDED_MODELS or model._meta.app_label in (
                "contenttypes", "sessions"):
            continue
        counts[label] = model._default_manager.count()
    return counts


def create_backup(path):
    """Write the archive to `path`; returns the manifest."""
    path = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / DATABASE
        # One transaction: rows and counts from the same moment (REPEATABLE READ would be
        # stricter on PostgreSQL; the secretariat's edits are rare enough for this).
        with transaction.atomic():
            call_command(
                "dumpdata", "--natural-foreign", f"--format={SERIALIZER}", "--output", str(dump),
                *[f"--exclude={label}" for label in EXCLUDED_MODELS], verbosity=0)
            counts = row_counts()
        members = {DATABASE: dump}
        for folder, root in file_roots().items():
            if root.is_dir():
                for file in sorted(root.rglob("*")):
                    if file.is_file() and not file.is_symlink():
                        members[f"{folder}/{file.relative_to(root).as_posix()}"] = file
        checksums = {}
        for name, file in members.items():
            with file.open("rb") as handle:
                checksums[name] = _sha256(handle)
        manifest = {
            "format": FORMAT, "version": VERSION,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "database_vendor": connection.vendor, "migrations": applied_migrations(),
            "rows": counts, "files": checksums,
        }
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, indent=1, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(data), int(datetime.now().timestamp())
            archive.addfile(info, io.BytesIO(data))
            for name, file in members.items():
                archive.add(file, arcname=name, recursive=False)
        partial.replace(path)  # never leave a half-written archive under the real name
    return manifest


def _safe_name(name):
    pure = PurePosixPath(name)
    return not pure.is_absolute() and ".." not in pure.parts and name == pure.as_posix()


def read_backup(path, into):
    """Check the archive at `path` completely and extract it into the directory `into`;
    returns the manifest. Raises BackupError (and changes nothing outside `into`) for a
    damaged, foreign or tampered archive."""
    try:
        archive = tarfile.open(path, "r:gz")
    except (OSError, tarfile.TarError, EOFError) as error:
        raise BackupError(f"{path} is not a readable backup archive ({error}).") from error
    with archive:
        try:
            manifest = json.load(archive.extractfile(MANIFEST))
        except (KeyError, ValueError, AttributeError, tarfile.TarError, OSError,
                EOFError) as error:
            raise BackupError(f"{path} has no readable {MANIFEST}: not a backup of this "
                              "site.") from error
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupError(f"{path} is not a backup of this site (unknown format).")
        if manifest.get("version") != VERSION:
            raise BackupError(f"{path} is a backup of version {manifest.get('version')}; this "
                              f"site reads version {VERSION}.")
        expected = manifest.get("files") or {}
        if DATABASE not in expected:
            raise BackupError(f"{path} holds no database.")
        seen = set()
        try:
            for member in archive:
                if member.name == MANIFEST:
                    continue
                if not member.isfile() or not _safe_name(member.name) \
                        or member.name not in expected:
                    raise BackupError(f"{path} contains an unexpected entry: {member.name!r}.")
                target = Path(into) / member.name
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.extractfile(member) as source, target.open("wb") as copy:
                    shutil.copyfileobj(source, copy, CHUNK)
                with target.open("rb") as copy:
                    if _sha256(copy) != expected[member.name]:
                        raise BackupError(f"{path} is damaged: {member.name} does not match "
                                          "its checksum.")
                seen.add(member.name)
        except (tarfile.TarError, OSError, EOFError) as error:
            raise BackupError(f"{path} is damaged ({error}).") from error
        if missing := sorted(set(expected) - seen):
            raise BackupError(f"{path} is incomplete: {len(missing)} files missing "
                              f"({', '.join(missing[:5])}).")
    return manifest


def database_holds_content():
    """Content or any account (a superuser created before the restore would be lost too)."""
    models = [model for app in CONTENT_APPS for model in apps.get_app_config(app).get_models()]
    models.append(apps.get_model(settings.AUTH_USER_MODEL))
    return any(model._default_manager.exists() for model in models)


def _check_migrations(manifest):
    known = applied_migrations()
    unknown = sorted(f"{app}.{name}" for app, names in manifest.get("migrations", {}).items()
                     for name in names if name not in known.get(app, []))
    if unknown:
        raise BackupError("The backup comes from a newer version of the site (migrations "
                          f"{', '.join(unknown[:5])} are not applied here): update the code "
                          "and run `migrate` first.")


def restore_backup(path, *, force=False, stdout=None):
    """Replace the database and both file roots with the archive's. Everything is checked
    first; the database is loaded in one transaction (a failure leaves it as it was); then
    each file root is swapped for the archive's copy, the old one kept beside it as
    `<root>.before-restore-<time>` (nothing is deleted). Returns the manifest."""
    if not force and database_holds_content():
        raise BackupError("The database already holds the site's content; restore replaces "
                          "it only with --force.")
    with tempfile.TemporaryDirectory() as tmp:
        manifest = read_backup(path, tmp)
        _check_migrations(manifest)
        with transaction.atomic(), audit.suspended():
            # Recreates content types and permissions (post_migrate), which the dump names
            # by natural key.
            call_command("flush", interactive=False, verbosity=0)
            # flush's post_migrate also recreates the roles' groups (partnership_portal.roles),
            # which the dump holds with their own ids and permissions: the dump's win.
            Group.objects.all().delete()
            # loaddata also resets PostgreSQL's sequences for every model it loads.
            call_command("loaddata", str(Path(tmp) / DATABASE), format=SERIALIZER,
                         verbosity=0)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for folder, root in file_roots().items():
            restored = Path(tmp) / folder
            if root.exists():
                if any(root.iterdir()):
                    root.rename(root.with_name(f"{root.name}.before-restore-{stamp}"))
                else:
                    root.rmdir()
            root.parent.mkdir(parents=True, exist_ok=True)
            if restored.is_dir():
                shutil.move(str(restored), str(root))
            else:
                root.mkdir()
    repair_search_index(stdout)
    return manifest


def repair_search_index(stdout=None):
    """A dump's search rows may lack their PostgreSQL vectors (or miss items): the restored
    index is checked and completed, as `check_search_index --repair` does."""
    from partnership_portal import search

    problems = search.check_index()
    if problems:
        search.repair_index(problems)
        if stdout:
            stdout.write("Search index completed after the restore.")

