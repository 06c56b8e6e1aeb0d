from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("Sign-in security")

    def ready(self):
        from . import receivers  # noqa: F401  (connects the audit log to its signals)
