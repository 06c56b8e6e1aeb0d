"""The secretariat's four roles (partnership_portal.roles), with their permissions.

Permissions are normally created after migrate (post_migrate); they are created here first, so
the groups are complete on a fresh database too. Idempotent: groups and permissions are only
added. Models migrated later join their roles through the post_migrate receiver.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from partnership_portal.roles import sync_roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        app_config.models_module = None
    sync_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"),
               using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ('partnership_portal', '0007_review_requests_and_search_end_date'),
        ("news", '0006_publish_permission_and_end_date'),
        ("forums", '0005_publish_permission_and_end_date'),
        ("cooperation", '0007_publish_permission_and_end_date'),
        ("documents", '0003_publish_permission_and_end_date'),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
