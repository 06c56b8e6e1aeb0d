"""The SQLite database (development, the demo, the SQLite test run) is opened with the settings
that keep a large file fast: reads through a memory map and write-ahead logging."""

import pytest
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's settings")


def test_a_sqlite_file_is_memory_mapped_and_in_wal_mode(tmp_path, settings, django_db_blocker):
    probe = DatabaseWrapper({**settings.DATABASES["default"],
                             "NAME": str(tmp_path / "site.sqlite3")}, alias="probe")
    try:
        # A file of its own, not the test database: pytest-django's guard is lifted for it.
        with django_db_blocker.unblock(), probe.cursor() as cursor:
            pragmas = {}
            for name in ("journal_mode", "mmap_size", "synchronous", "cache_size"):
                cursor.execute(f"PRAGMA {name}")
                pragmas[name] = cursor.fetchone()[0]
    finally:
        probe.close()
    # synchronous 1 is NORMAL (safe with WAL: a crash loses no committed transaction's
    # integrity); a negative cache size is in KiB.
    assert pragmas == {"journal_mode": "wal", "mmap_size": 256 * 1024 * 1024,
                       "synchronous": 1, "cache_size": -32768}
