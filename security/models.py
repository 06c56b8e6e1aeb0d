from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """One security-relevant event: who, from which address, did what to which object, when.

    Written only for audited events (never for ordinary reader pages); read-only in the admin;
    rows older than AUDIT_LOG_RETENTION_DAYS are removed by `manage.py purge_audit_log`.
    """

    class Action(models.TextChoices):
        RESTRICTED_DOWNLOAD = "restricted_download", _("Restricted file downloaded")
        INTEREST_READ = "interest_read", _("Partner interest messages read")
        ADMIN_SIGN_IN = "admin_sign_in", _("Admin sign-in")
        PARTNER_SIGN_IN = "partner_sign_in", _("Partner sign-in")
        SIGN_IN_FAILED = "sign_in_failed", _("Sign-in failed")
        LOCKED_OUT = "locked_out", _("Locked out after failed sign-ins")
        ADDRESS_BLOCKED = "address_blocked", _("Address blocked after many failed sign-ins")
        PERMISSIONS_CHANGED = "permissions_changed", _("Permissions changed")
        TWO_FACTOR_ENABLED = "two_factor_enabled", _("Two-step verification turned on")
        TWO_FACTOR_REMOVED = "two_factor_removed", _("Two-step verification removed")
        TWO_FACTOR_VERIFIED = "two_factor_verified", _("Verification code accepted")
        TWO_FACTOR_FAILED = "two_factor_failed", _("Verification code refused")
        RECOVERY_CODES_CREATED = "recovery_codes_created", _("Recovery codes created")

    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    action = models.CharField(_("action"), max_length=32, choices=Action.choices,
                              db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("user"),
    )
    # Kept when the user is deleted, and the name typed in a failed sign-in.
    username = models.CharField(_("user name"), max_length=150, blank=True, db_index=True)
    address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True)
    object_id = models.CharField(_("object ID"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=255, blank=True)
    detail = models.TextField(_("detail"), blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.get_action_display()} {self.username}"
