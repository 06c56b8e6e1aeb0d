"""Documents: the public list's index leads with the date it is sorted by and holds the access
level, and the year filter gets one of its own, so that the list's page, its count and its
years are read from an index (they read every published row at 2,000 documents)."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('documents', '0004_live_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='document',
            name='documents_document_live_idx',
        ),
        migrations.AddIndex(
            model_name='document',
            index=models.Index(fields=['status', 'issued_on', 'access', 'publish_at', 'unpublish_at'], name='documents_document_live_idx'),
        ),
        migrations.AddIndex(
            model_name='document',
            index=models.Index(fields=['status', 'year', 'access', 'publish_at', 'unpublish_at'], name='documents_document_year_idx'),
        ),
    ]
