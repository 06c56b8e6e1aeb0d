from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactMessageQuerySet(models.QuerySet):
    def older_than(self, moment):
        return self.filter(created_at__lt=moment)


class ContactMessage(models.Model):
    """A message sent through the public contact form.

    Saved before it is e-mailed, so a failed send loses nothing: the secretariat finds every
    message in the admin, and `emailed_at` stays empty for one the mail server refused."""

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"))
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    emailed_at = models.DateTimeField(_("e-mailed to the Secretariat"), null=True, blank=True)
    handled = models.BooleanField(_("handled"), default=False)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.name} <{self.email}>"
