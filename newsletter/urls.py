from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "newsletter"

urlpatterns = [
    path("", views.IssueListView.as_view(), name="list"),
    path(_("subscribe/"), views.subscribe, name="subscribe"),
    path(_("confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
    path("<slug:slug>/", views.IssueDetailView.as_view(), name="detail"),
    path("<slug:slug>/pdf/", views.issue_pdf, name="pdf"),
]
