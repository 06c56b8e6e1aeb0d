from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerAccount(models.Model):
    """Marks a user as a partner: may open documents shared with partners."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_account",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        "cooperation.Partner", on_delete=models.PROTECT, related_name="accounts",
        verbose_name=_("partner organisation"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("partner account")
        verbose_name_plural = _("partner accounts")

    def __str__(self):
        return f"{self.user} – {self.organisation}"

