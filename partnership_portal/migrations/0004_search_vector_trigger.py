"""PostgreSQL computes each search entry's vector itself (a BEFORE INSERT/UPDATE trigger), so
rows written without the indexer (loaddata, raw SQL, a restore from SQLite) are searchable
too. The expression is the one the indexer used: titles weight A, texts weight B."""

from django.db import migrations

FORWARD = [
    """CREATE OR REPLACE FUNCTION partnership_portal_searchentry_vector() RETURNS trigger AS $$
       BEGIN
         NEW.vector :=
           setweight(to_tsvector('vi_unaccent'::regconfig,
                                 COALESCE(NEW.title_vi, '') || ' ' || COALESCE(NEW.title_en, '')),
                     'A')
           || setweight(to_tsvector('vi_unaccent'::regconfig, COALESCE(NEW.body_norm, '')), 'B');
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS searchentry_vector ON partnership_portal_searchentry",
    """CREATE TRIGGER searchentry_vector
       BEFORE INSERT OR UPDATE ON partnership_portal_searchentry
       FOR EACH ROW EXECUTE FUNCTION partnership_portal_searchentry_vector()""",
    # Entries restored before this migration get their vector now.
    "UPDATE partnership_portal_searchentry SET vector = NULL WHERE vector IS NULL",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS searchentry_vector ON partnership_portal_searchentry",
    "DROP FUNCTION IF EXISTS partnership_portal_searchentry_vector()",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("partnership_portal", "0003_search_postgres")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
