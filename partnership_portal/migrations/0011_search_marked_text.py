"""Search: each entry's words with their diacritics (`marked_text`), so a query typed with
marks finds those exact words ("Đà Nẵng" is not "đã nâng").

Filled here from the titles and summaries each entry holds; the text's words need the items
read again: run `manage.py rebuild_search_index` after deploying this."""

from django.db import migrations, models

from partnership_portal.search import marked


def fill_marked_text(apps, schema_editor):
    entry_model = apps.get_model("partnership_portal", "SearchEntry")
    batch = []
    fields = ("title_vi", "title_en", "summary_vi", "summary_en")
    for entry in entry_model.objects.only(*fields).iterator():
        entry.marked_text = marked(" ".join(getattr(entry, name) for name in fields))
        batch.append(entry)
    entry_model.objects.bulk_update(batch, ["marked_text"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("partnership_portal", "0010_accessibility_privacy_contact_pages")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="marked_text",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(fill_marked_text, migrations.RunPython.noop),
    ]
