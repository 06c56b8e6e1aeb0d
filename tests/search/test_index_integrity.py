"""The search index survives a restore and can be checked and repaired: it does not rely on
save signals alone (which don't run for `loaddata`)."""

import json
from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import checks
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from partnership_portal import search
from partnership_portal.models import SearchEntry
from tests.factories import PostFactory

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the vector is PostgreSQL's full-text search"
)


def found(query):
    return [entry.title_en for entry in search.backend().search(query, AnonymousUser()).entries]


@pytest.mark.django_db
def test_check_reports_missing_stale_and_repair_fixes_them(category):
    kept = PostFactory(category=category, title_vi="Hợp tác với Lào", title_en="Laos cooperation")
    lost = PostFactory(category=category, title_vi="Hội thảo Đà Nẵng", title_en="Da Nang workshop")
    search.rebuild()
    SearchEntry.objects.filter(source="news", object_id=lost.pk).delete()
    SearchEntry.objects.create(source="news", object_id=lost.pk + 1000, title_vi="Đã xoá",
                               title_norm=" da xoa ", url_vi="/vi/x/", url_en="/en/x/")

    out = StringIO()
    with pytest.raises(CommandError, match="--repair"):
        call_command("check_search_index", stdout=out)
    assert f"news: 1 missing ({lost.pk})" in out.getvalue()
    assert f"news: 1 stale ({lost.pk + 1000})" in out.getvalue()
    assert found("da nang") == []

    out = StringIO()
    call_command("check_search_index", "--repair", stdout=out)
    assert "Repaired" in out.getvalue()
    assert found("da nang") == ["Da Nang workshop"]
    assert not SearchEntry.objects.filter(object_id=lost.pk + 1000).exists()
    assert found("lao") == [kept.title_en]

    out = StringIO()
    call_command("check_search_index", stdout=out)
    assert "complete" in out.getvalue()


@pytest.mark.django_db
def test_system_check_warns_about_an_incomplete_index(category):
    post = PostFactory(category=category)
    search.rebuild()
    assert not [m for m in checks.run_checks(databases=["default"])
                if m.id == "partnership_portal.W010"]
    SearchEntry.objects.filter(object_id=post.pk).delete()

    warnings = [m for m in checks.run_checks(databases=["default"])
                if m.id == "partnership_portal.W010"]
    assert len(warnings) == 1 and "missing items: 1," in warnings[0].msg
    assert not [m for m in checks.run_checks() if m.id == "partnership_portal.W010"]


@postgresql_only
@pytest.mark.django_db
def test_entry_without_vector_is_reported_and_repaired(category):
    PostFactory(category=category, title_vi="Hợp tác với Lào", title_en="Laos cooperation")
    search.rebuild()
    with connection.cursor() as cursor:  # as left by an old restore
        cursor.execute("ALTER TABLE partnership_portal_searchentry DISABLE TRIGGER USER")
        cursor.execute("UPDATE partnership_portal_searchentry SET vector = NULL")
        cursor.execute("ALTER TABLE partnership_portal_searchentry ENABLE TRIGGER USER")
    assert SearchEntry.objects.filter(vector__isnull=True).count() == 1

    out = StringIO()
    with pytest.raises(CommandError):
        call_command("check_search_index", stdout=out)
    assert "news: 1 without a vector" in out.getvalue()
    call_command("check_search_index", "--repair", stdout=StringIO())
    assert not SearchEntry.objects.filter(vector__isnull=True).exists()
    assert found("lao") == ["Laos cooperation"]


@pytest.mark.django_db(transaction=True)
def test_items_restored_with_loaddata_are_indexed(category, tmp_path):
    PostFactory(category=category, title_vi="Hợp tác pháp luật với Lào",
                title_en="Legal cooperation with Laos")
    dump = tmp_path / "content.json"  # the content only, no search entries
    call_command("dumpdata", "news", "--output", str(dump), stdout=StringIO())
    call_command("flush", "--no-input")
    assert found("lao") == []

    call_command("loaddata", str(dump), stdout=StringIO())

    assert found("hop tac lao") == ["Legal cooperation with Laos"]
    call_command("check_search_index", stdout=StringIO())  # nothing to report


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_search_entries_restored_without_vectors_are_searchable(category, tmp_path):
    PostFactory(category=category, title_vi="Hợp tác pháp luật với Lào",
                title_en="Legal cooperation with Laos")
    dump = tmp_path / "backup.json"
    # Natural keys for content types (translation stamps point at them): flush recreates
    # the content types with other ids, as a restore into another database would.
    call_command("dumpdata", "news", "partnership_portal", "--natural-foreign",
                 "--output", str(dump), stdout=StringIO())
    # As a dump made on SQLite (or by an older release) has them: no vectors.
    records = json.loads(dump.read_text())
    for record in records:
        if record["model"] == "partnership_portal.searchentry":
            record["fields"]["vector"] = None
    dump.write_text(json.dumps(records))
    call_command("flush", "--no-input")

    call_command("loaddata", str(dump), stdout=StringIO())

    assert found("hop tac lao") == ["Legal cooperation with Laos"]
    assert not SearchEntry.objects.filter(vector__isnull=True).exists()


@postgresql_only
@pytest.mark.django_db
def test_database_computes_the_vector_of_entries_written_without_the_indexer():
    entry = SearchEntry.objects.create(source="news", object_id=1, title_vi="Hợp tác với Lào",
                                       title_norm=" hop tac voi lao ", summary_norm=" tom tat ",
                                       body_norm=" vien chan ", url_vi="/vi/x/", url_en="/en/x/")
    entry.refresh_from_db()
    # Titles A, summaries B, text C: the normalised words, as the SQLite fallback sees them.
    assert "'lao':4A" in entry.vector and "'tom':5B" in entry.vector
    assert "'vien':7C" in entry.vector
