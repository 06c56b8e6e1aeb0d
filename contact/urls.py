from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

# No namespace: Page.get_absolute_url() reverses the page's key ("contact").
urlpatterns = [
    path("", views.contact, name="contact"),
    path(_("sent/"), views.sent, name="contact_sent"),
]
