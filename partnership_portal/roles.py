"""The secretariat's roles: permission groups created by a migration and kept complete.

Group names are stored in English ("Editor", "Publisher"...): they are identifiers that code,
migrations, the README and the tests refer to, and a rename by a translator must not break
them; the admin shows them with their Vietnamese translation (`ROLE_LABELS`).

`sync_roles()` only ever *adds* permissions: it runs from the migration and again after every
`migrate` (post_migrate), so permissions of models added later join their roles, while a
permission the secretariat adds by hand is kept. (A permission removed by hand comes back at
the next deploy: change this file to take one away for good.)
"""

from django.utils.translation import gettext_lazy as _

EDITOR = "Editor"
PUBLISHER = "Publisher"
DOCUMENTS_MANAGER = "Documents manager"
ADMINISTRATOR = "Administrator"

ROLE_LABELS = {
    EDITOR: _("Editor"),
    PUBLISHER: _("Publisher"),
    DOCUMENTS_MANAGER: _("Documents manager"),
    ADMINISTRATOR: _("Administrator"),
}

# The apps whose content the column publishes; editors work on all of their models
# (inline rows such as signatures and agenda items included).
CONTENT_APPS = ("news", "forums", "cooperation", "documents")
EDITING = ("add", "change", "view")


def _wanted(permission, role) -> bool:
    """Does `role` hold this Permission row? (decided from app label and codename)."""
    app = permission.content_type.app_label
    model = permission.content_type.model
    action = permission.codename.split("_", 1)[0]
    if role == ADMINISTRATOR:
        return True
    if role == DOCUMENTS_MANAGER:
        return app == "documents"
    content = app in CONTENT_APPS or (app, model) in {("partnership_portal", "page"),
                                                     ("reports", "quarterlyreport"),
                                                     ("newsletter", "issue"),
                                                     ("newsletter", "issueitem")}
    if role == EDITOR:
        # Delete too: an editor removes inline rows and their own drafts; deleting a
        # published item is refused in the admin to anyone who may not publish it.
        return content and action in (*EDITING, "delete")
    if role == PUBLISHER:
        if (app, model) == ("partnership_portal", "reviewrequest"):
            return action == "view"
        return content and action in (*EDITING, "delete", "publish")
    return False


def sync_roles(group_model, permission_model, using="default"):
    """Create the four groups if missing and add every permission each should hold.
    Takes the models as arguments so a migration can pass its historical ones."""
    permissions = list(
        permission_model.objects.using(using).select_related("content_type")
    )
    for role in ROLE_LABELS:
        group, _created = group_model.objects.using(using).get_or_create(name=role)
        group.permissions.add(*[p for p in permissions if _wanted(p, role)])


def sync_roles_after_migrate(sender, using="default", apps=None, **kwargs):
    """post_migrate receiver: permissions of models migrated after the roles' migration."""
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    try:
        group_model = apps.get_model("auth", "Group")
        permission_model = apps.get_model("auth", "Permission")
    except LookupError:  # a partial migrate that stopped before auth
        return
    sync_roles(group_model, permission_model, using=using)
