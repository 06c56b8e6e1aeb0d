"""Event.state becomes Event.stage: the word "state" now names the derived planned / held /
postponed / cancelled (Event.state property), "stage" what the editor stores."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("forums", "0002_alter_eventphoto_image"),
    ]

    operations = [
        migrations.RenameField(model_name="event", old_name="state", new_name="stage"),
        migrations.RenameField(model_name="event", old_name="state_note", new_name="stage_note"),
        migrations.RenameField(
            model_name="event", old_name="state_note_vi", new_name="stage_note_vi"),
        migrations.RenameField(
            model_name="event", old_name="state_note_en", new_name="stage_note_en"),
        migrations.AlterField(
            model_name="event",
            name="stage",
            field=models.CharField(
                choices=[("scheduled", "As planned"), ("postponed", "Postponed"),
                         ("cancelled", "Cancelled")],
                default="scheduled", max_length=10, verbose_name="stage"),
        ),
        migrations.AlterField(
            model_name="event",
            name="stage_note",
            field=models.CharField(
                blank=True, help_text="E.g. why it was postponed; shown with the notice.",
                max_length=300, verbose_name="note on the stage"),
        ),
        migrations.AlterField(
            model_name="event",
            name="stage_note_vi",
            field=models.CharField(
                blank=True, help_text="E.g. why it was postponed; shown with the notice.",
                max_length=300, null=True, verbose_name="note on the stage"),
        ),
        migrations.AlterField(
            model_name="event",
            name="stage_note_en",
            field=models.CharField(
                blank=True, help_text="E.g. why it was postponed; shown with the notice.",
                max_length=300, null=True, verbose_name="note on the stage"),
        ),
    ]
