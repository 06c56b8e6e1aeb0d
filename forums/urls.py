from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "forums"

urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path(_("annual-forum/"), views.ForumSeriesView.as_view(), name="series"),
    path("calendar.ics", views.calendar_feed, name="calendar"),
    path(_("feed/"), views.EventsFeed(), name="feed"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
    path("<slug:slug>/event.ics", views.event_ics, name="ics"),
]
