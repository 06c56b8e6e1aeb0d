"""Who may see what: the one place that decides, asked by views, querysets, search and templates.

Readers hold access levels: everyone `public`; partner accounts also `partners`; the
secretariat (staff allowed to read the document library) all three. Drafts and scheduled
items are previewed by staff who may change that model in the admin, so a staff member
allowed only news previews news drafts and nothing else. Superusers have every permission.

The core imports no app: a partner is a user with an `accounts.PartnerAccount`, found through
its reverse accessor `user.partner_account`.
"""

from django.contrib.auth import get_permission_codename
from django.core.exceptions import ObjectDoesNotExist
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control

PUBLIC = "public"
PARTNERS = "partners"
SECRETARIAT = "secretariat"
LEVELS = (PUBLIC, PARTNERS, SECRETARIAT)

# The secretariat: staff who may read the document library in the admin (view or change).
LIBRARY_PERMISSIONS = ("documents.view_document", "documents.change_document")


def _signed_in(user) -> bool:
    return user.is_authenticated and user.is_active


def partner_account(user):
    """The user's partner account, or None (anonymous, inactive or not a partner)."""
    if not _signed_in(user):
        return None
    try:
        return user.partner_account
    except (ObjectDoesNotExist, AttributeError):  # no account, or accounts not installed
        return None


def is_partner(user) -> bool:
    """Signed in, active and attached to a partner organisation."""
    return partner_account(user) is not None


def is_secretariat(user) -> bool:
    """Staff who may read the document library: secretariat-only files, earlier versions."""
    return (_signed_in(user) and user.is_staff
            and any(user.has_perm(perm) for perm in LIBRARY_PERMISSIONS))


def levels(user) -> frozenset:
    """The access levels whose documents (and search entries) this user may open."""
    # Staff count as partners only through the library permission: a staff member allowed
    # only news is, for documents, an ordinary reader (unless they also hold a partner account).
    if is_secretariat(user):
        return frozenset(LEVELS)
    if is_partner(user):
        return frozenset({PUBLIC, PARTNERS})
    return frozenset({PUBLIC})


def listed_levels(user) -> frozenset:
    """The access levels shown in lists: partner-only items are listed to everyone (with a
    lock and a sign-in link); secretariat-only items only to the secretariat."""
    return frozenset({PUBLIC, PARTNERS}) | (levels(user) & {SECRETARIAT})


def may_preview(user, model) -> bool:
    """May this user see the model's drafts and scheduled items? Staff allowed to change it."""
    opts = model._meta
    perm = f"{opts.app_label}.{get_permission_codename('change', opts)}"
    return _signed_in(user) and user.is_staff and user.has_perm(perm)


def publish_permission(model) -> str:
    """The "app_label.publish_<model_name>" permission every publishable model declares."""
    opts = model._meta
    return f"{opts.app_label}.publish_{opts.model_name}"


def may_publish(user, model) -> bool:
    """May this user make items of the model public, schedule, end or unpublish them, and
    review what editors submit? Active staff holding `publish_<model_name>` (superusers hold
    every permission). Asked by the admin on every path that changes publication."""
    return _signed_in(user) and user.is_staff and user.has_perm(publish_permission(model))


def may_view(user, obj) -> bool:
    """A publishable object: public, or a preview for staff allowed to change it."""
    return obj.is_public or may_preview(user, type(obj))


def visible(user, queryset):
    """What a user may open among publishable items (read API: `.visible_to(user)`)."""
    return queryset.all() if may_preview(user, queryset.model) else queryset.published()


def listed_documents(user, queryset):
    """Documents a user may find in lists and open as pages (`.listed_for(user)`)."""
    return visible(user, queryset).filter(access__in=listed_levels(user))


def may_download(user, document) -> bool:
    """May the user have this document's files? (Whether the document itself is visible is
    `may_view`: the download view answers 404 before asking this.)"""
    return document.access in levels(user)


def may_download_earlier_versions(user) -> bool:
    """Earlier uploads of a file are kept for the secretariat only."""
    return is_secretariat(user)


def may_register_interest(user) -> bool:
    """Partners register interest in cooperation needs; staff may too (on a partner's behalf,
    or to try the form), as they always could."""
    return is_partner(user) or (_signed_in(user) and user.is_staff)


def may_use_editor_uploads(user) -> bool:
    """Upload images from the rich-text editor and open its image browser: staff. Whose images
    the browser lists is the library's rule (`CKEDITOR_RESTRICT_BY_USER`): each user their own
    folder, superusers every folder."""
    return _signed_in(user) and user.is_staff


# Pages showing one person's own data (account, password forms, their interest messages):
# never stored by a browser's or a proxy's cache.
personal_page = cache_control(private=True, no_store=True)


def mark_personal(response):
    """`personal_page` for a response already built (pages personal only when signed in)."""
    patch_cache_control(response, private=True, no_store=True)
    return response


# Groups whose members must sign in with a second factor (besides superusers and publishers).
TWO_FACTOR_GROUPS = ("Administrator", "Publisher")


def requires_two_factor(user) -> bool:
    """Must this user sign in with a one-time code? Administrators and publishers: superusers,
    holders of any `publish_*` permission, members of the Administrator or Publisher group."""
    if not _signed_in(user):
        return False
    if user.is_superuser:
        return True
    if any(perm.partition(".")[2].startswith("publish_") for perm in user.get_all_permissions()):
        return True
    return user.groups.filter(name__in=TWO_FACTOR_GROUPS).exists()


def is_administrator(user) -> bool:
    """Superusers and the Administrator group: the audit log and the technical screens (sites,
    redirects, sign-in lockouts, two-step devices) are theirs."""
    return _signed_in(user) and user.is_staff and (
        user.is_superuser or user.groups.filter(name="Administrator").exists())


def may_read_audit_log(user) -> bool:
    """The audit log is for administrators only."""
    return is_administrator(user)
