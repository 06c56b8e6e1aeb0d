from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "documents"

urlpatterns = [
    path("", views.DocumentListView.as_view(), name="list"),
    path(_("newsletter/"), views.SeriesView.as_view(kind_code="newsletter"), name="newsletter"),
    path(_("quarterly-reports/"), views.SeriesView.as_view(kind_code="quarterly-report"),
         name="quarterly_reports"),
    path(_("file/<int:pk>/"), views.download, name="download"),
    path(_("file/version/<int:pk>/"), views.download_version, name="version"),
    path("<slug:slug>/", views.DocumentDetailView.as_view(), name="detail"),
]
