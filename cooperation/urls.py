from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "cooperation"

urlpatterns = [
    path("", views.OverviewView.as_view(), name="overview"),
    path(_("agreements/"), views.AgreementRegisterView.as_view(), name="agreements"),
    path(_("agreements/export.csv"), views.export_csv, name="agreements_csv"),
    path(_("agreements/export.json"), views.export_json, name="agreements_json"),
    path(_("agreements/<slug:slug>/"), views.AgreementDetailView.as_view(), name="agreement"),
    path(_("partners/"), views.PartnerListView.as_view(), name="partners"),
    path(_("partners/<slug:slug>/"), views.PartnerDetailView.as_view(), name="partner"),
    path(_("projects/"), views.ProjectListView.as_view(), name="projects"),
    path(_("projects/<slug:slug>/"), views.ProjectDetailView.as_view(), name="project"),
    path(_("needs/"), views.NeedListView.as_view(), name="needs"),
    path(_("needs/<slug:slug>/"), views.NeedDetailView.as_view(), name="need"),
]
