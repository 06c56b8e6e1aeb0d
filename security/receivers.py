"""What goes into the audit log, connected to Django's, axes', django-otp's and the apps'
signals. Each receiver writes one row; nothing here runs for ordinary reader pages."""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django_otp.plugins.otp_totp.models import TOTPDevice

from partnership_portal.audit import sensitive_read

from . import spraying, twofactor
from .audit import record
from .models import AuditEvent

Action = AuditEvent.Action
User = get_user_model()
FLAGS = ("is_active", "is_staff", "is_superuser")


def _is_admin_request(request):
    return request is not None and request.path.startswith("/admin/")


@receiver(user_logged_in)
def signed_in(sender, request, user, **kwargs):
    if request is None:
        return
    # Whether the code page must come next, kept for the middleware (no query per page).
    if hasattr(request, "session"):
        request.session[twofactor.PENDING_SESSION_KEY] = twofactor.has_device(user)
    if getattr(request, "resolver_match", None) is None:
        return  # Client.force_login in tests and scripts: no sign-in page, nothing to log
    action = Action.ADMIN_SIGN_IN if _is_admin_request(request) else Action.PARTNER_SIGN_IN
    record(action, request=request, user=user)


@receiver(user_login_failed)
def sign_in_failed(sender, credentials, request=None, **kwargs):
    record(Action.SIGN_IN_FAILED, request=request, username=credentials.get("username", ""),
           detail="admin" if _is_admin_request(request) else "site")
    if request is not None and spraying.record_failure(request):
        record(Action.ADDRESS_BLOCKED, request=request)


@receiver(user_locked_out)
def locked_out(sender, request, username, ip_address, **kwargs):
    record(Action.LOCKED_OUT, request=request, username=username or "")


@receiver(sensitive_read)
def read(sender, request, obj=None, detail="", **kwargs):
    from django.apps import apps

    interest = apps.get_model("cooperation", "Interest") if apps.is_installed(
        "cooperation") else None
    action = Action.INTEREST_READ if sender is interest else Action.RESTRICTED_DOWNLOAD
    record(action, request=request, obj=obj,
           detail=detail if obj is not None or not detail else f"list: {detail}")


@receiver(pre_save, sender=User)
def remember_flags(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    if update_fields is not None and not set(update_fields) & set(FLAGS):
        return  # e.g. last_login on every sign-in: no extra query
    before = sender.objects.filter(pk=instance.pk).values(*FLAGS).first()
    if before:
        instance._audit_flag_changes = [
            f"{flag}: {before[flag]} → {getattr(instance, flag)}"
            for flag in FLAGS if before[flag] != getattr(instance, flag)
        ]


@receiver(post_save, sender=User)
def log_flags(sender, instance, created, raw=False, **kwargs):
    changes = getattr(instance, "_audit_flag_changes", None)
    if changes and not raw:
        record(Action.PERMISSIONS_CHANGED, obj=instance, detail="; ".join(changes))
    instance._audit_flag_changes = None
    if created and not raw and any(getattr(instance, flag) for flag in FLAGS[1:]):
        record(Action.PERMISSIONS_CHANGED, obj=instance,
               detail="; ".join(f"{flag}: True" for flag in FLAGS[1:] if getattr(instance, flag)))


def _names(model, pks):
    if model is Permission:
        rows = Permission.objects.filter(pk__in=pks).select_related("content_type")
        return ", ".join(sorted(f"{p.content_type.app_label}.{p.codename}" for p in rows))
    return ", ".join(sorted(str(obj) for obj in model.objects.filter(pk__in=pks)))


def _membership_changed(field, instance, action, reverse, model, pk_set, **kwargs):
    """groups / user_permissions of a user, permissions of a group: what was added or removed.
    `reverse` is the change made from the other side (group.user_set.add(user))."""
    if action == "pre_clear" and not reverse:
        # post_clear no longer knows what went.
        instance._audit_cleared = set(getattr(instance, field).values_list("pk", flat=True))
        return
    if action == "post_clear" and not reverse:
        pk_set, verb = getattr(instance, "_audit_cleared", set()), "removed"
    elif action in ("post_add", "post_remove"):
        verb = "added" if action == "post_add" else "removed"
    else:
        return
    if not pk_set:
        return
    if reverse:
        for obj in model.objects.filter(pk__in=pk_set):
            record(Action.PERMISSIONS_CHANGED, obj=obj, detail=f"{field} {verb}: {instance}")
        return
    record(Action.PERMISSIONS_CHANGED, obj=instance,
           detail=f"{field} {verb}: {_names(model, pk_set)}")


@receiver(m2m_changed, sender=User.groups.through)
def groups_changed(sender, **kwargs):
    _membership_changed("groups", **kwargs)


@receiver(m2m_changed, sender=User.user_permissions.through)
def user_permissions_changed(sender, **kwargs):
    _membership_changed("user_permissions", **kwargs)


@receiver(m2m_changed, sender=Group.permissions.through)
def group_permissions_changed(sender, **kwargs):
    _membership_changed("permissions", **kwargs)


@receiver(post_delete, sender=TOTPDevice)
def device_removed(sender, instance, **kwargs):
    if instance.confirmed:
        record(Action.TWO_FACTOR_REMOVED, obj=instance.user)
