"""Names the admin shows for records of Django's and django-axes' own models, in the
admin's language.

Some names cannot come from a catalogue: Django stores permission names in English in the
database ("Can add news post") and axes builds its records' names with f-strings
("Attempted Access: <time>") and leaves two list columns without a description. The
secretariat reads these screens (groups, users, lifting a lockout: README), so they get
translatable names here. Everything that is gettext in those libraries (verbose names,
field labels) is translated in the project's catalogue instead.
"""

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Permission
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Django's default permissions, by the codename's first word.
PERMISSION_ACTIONS = {
    "add": _("Can add %(name)s"),
    "change": _("Can change %(name)s"),
    "delete": _("Can delete %(name)s"),
    "view": _("Can view %(name)s"),
}


def _permission_name(self):
    """"App | model | action", as Django writes it, from translated verbose names (a model
    without a verbose name of its own gets one from the catalogue too)."""
    model = self.content_type.model_class()
    if model is None:
        return f"{self.content_type} | {gettext(self.name)}"
    opts = model._meta
    model_name = gettext(str(opts.verbose_name))
    action, _sep, rest = self.codename.partition("_")
    if action in PERMISSION_ACTIONS and rest == opts.model_name:
        name = PERMISSION_ACTIONS[action] % {"name": model_name}
    else:
        name = gettext(self.name)  # a model's own permissions (Meta.permissions)
    # Apps without a verbose name of their own (reversion, easy_thumbnails, django-otp's) are
    # named from their label: translated in the project's catalogue too.
    return f"{gettext(str(opts.app_config.verbose_name))} | {model_name} | {name}"


def _when(moment):
    return formats.localize(timezone.localtime(moment)) if moment else ""


def _attempt_name(self):
    return gettext("Sign-in attempts by %(username)s since %(time)s") % {
        "username": self.username, "time": _when(self.attempt_time)}


def _log_name(self):
    return gettext("Sign-in of %(username)s at %(time)s") % {
        "username": self.username, "time": _when(self.attempt_time)}


def _failure_name(self):
    text = (gettext("Failed sign-in of %(username)s at %(time)s from %(address)s (locked out)")
            if self.locked_out else
            gettext("Failed sign-in of %(username)s at %(time)s from %(address)s"))
    return text % {"username": self.username, "time": _when(self.attempt_time),
                   "address": self.ip_address}


def install():
    Permission.__str__ = _permission_name
    AccessAttempt.__str__ = _attempt_name
    AccessLog.__str__ = _log_name
    AccessFailureLog.__str__ = _failure_name
    AccessAttemptAdmin.status.short_description = _("status")
    AccessAttemptAdmin.expiration.short_description = _("expires at")
