from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "security"

urlpatterns = [
    path(_("two-step/"), views.two_factor, name="two_factor"),
    path(_("two-step/code/"), views.verify, name="verify"),
    path(_("two-step/set-up/"), views.setup, name="setup"),
    path(_("two-step/recovery-codes/"), views.regenerate_codes, name="regenerate_codes"),
    path(_("two-step/turn-off/"), views.turn_off, name="turn_off"),
]
