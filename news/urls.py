from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.PostListView.as_view(), name="list"),
    path(_("feed/"), feeds.LatestPostsFeed(), name="feed"),
    path(_("category/<slug:slug>/"), views.PostListView.as_view(), name="category"),
    path("<slug:slug>/", views.PostDetailView.as_view(), name="detail"),
]
