"""PostgreSQL search support: unaccent and pg_trgm, an unaccenting text-search configuration,
and GIN indexes. Nothing to do on SQLite, whose fallback matches normalised words."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vi_unaccent') THEN
           CREATE TEXT SEARCH CONFIGURATION vi_unaccent (COPY = simple);
           ALTER TEXT SEARCH CONFIGURATION vi_unaccent
             ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part,
                               numword, numhword, hword_numpart
             WITH unaccent, simple;
         END IF;
       END $$""",
    "CREATE INDEX IF NOT EXISTS search_entry_vector_gin "
    "ON partnership_portal_searchentry USING gin (vector)",
    "CREATE INDEX IF NOT EXISTS search_entry_title_trgm "
    "ON partnership_portal_searchentry USING gin (title_norm gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_title_trgm",
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS vi_unaccent",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("partnership_portal", "0002_search_entry")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
