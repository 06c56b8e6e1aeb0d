"""Agreement texts are listed in the order attached (Meta option only)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cooperation', '0011_project_order_undated_last'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='agreementdocument',
            options={'ordering': ['pk'], 'verbose_name': 'text or document', 'verbose_name_plural': 'texts and documents'},
        ),
    ]
