"""The baseline of the page benchmark: settings, URLconf and one view in one module.

A Django view rendering a template of about the size of the portal's pages (no middleware,
no database, no sessions), served by gunicorn exactly like the site:

    DJANGO_SETTINGS_MODULE=benchmarks.bare gunicorn 'django.core.wsgi:get_wsgi_application()'
"""

from pathlib import Path

from django.shortcuts import render
from django.urls import path

DEBUG = False
SECRET_KEY = "benchmark-baseline-only"  # signs nothing: no sessions, no forms
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = __name__
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
USE_TZ = True
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [Path(__file__).resolve().parent / "templates"],
}]

# About 20 KB of HTML, the size of a typical list page of the portal.
ITEMS = range(24)


def page(request):
    return render(request, "bare.html", {"items": ITEMS})


urlpatterns = [path("", page)]
