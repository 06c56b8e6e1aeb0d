"""Search ranking: the summaries' words apart (`summary_norm`), and on PostgreSQL a vector of
the normalised columns (title A, summary B, text C) so PostgreSQL and the SQLite fallback see
the same words at the same positions (phrases match alike on both).

Text glued across HTML blocks in older entries is only fixed by re-reading the items:
run `manage.py rebuild_search_index` after deploying this."""

from django.db import migrations, models

from partnership_portal.search import normalise

TRIGGER = [
    """CREATE OR REPLACE FUNCTION partnership_portal_searchentry_vector() RETURNS trigger AS $$
       BEGIN
         NEW.vector :=
           setweight(to_tsvector('simple'::regconfig, COALESCE(NEW.title_norm, '')), 'A')
           || setweight(to_tsvector('simple'::regconfig, COALESCE(NEW.summary_norm, '')), 'B')
           || setweight(to_tsvector('simple'::regconfig, COALESCE(NEW.body_norm, '')), 'C');
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
]
OLD_TRIGGER = [
    """CREATE OR REPLACE FUNCTION partnership_portal_searchentry_vector() RETURNS trigger AS $$
       BEGIN
         NEW.vector :=
           setweight(to_tsvector('vi_unaccent'::regconfig,
                                 COALESCE(NEW.title_vi, '') || ' ' || COALESCE(NEW.title_en, '')),
                     'A')
           || setweight(to_tsvector('vi_unaccent'::regconfig, COALESCE(NEW.body_norm, '')), 'B');
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
]
# Every entry passes through the trigger again.
RECOMPUTE = "UPDATE partnership_portal_searchentry SET vector = NULL"


def fill_summary_words(apps, schema_editor):
    entry_model = apps.get_model("partnership_portal", "SearchEntry")
    batch = []
    for entry in entry_model.objects.only("summary_vi", "summary_en").iterator():
        entry.summary_norm = normalise(f"{entry.summary_vi} {entry.summary_en}")
        batch.append(entry)
    entry_model.objects.bulk_update(batch, ["summary_norm"], batch_size=500)


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("partnership_portal", "0008_roles")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="summary_norm",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(fill_summary_words, migrations.RunPython.noop),
        migrations.RunPython(run([*TRIGGER, RECOMPUTE]), run([*OLD_TRIGGER, RECOMPUTE])),
    ]
