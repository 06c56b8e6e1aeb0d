import os

import pytest
from django.core.cache import cache

from documents.models import DocumentFile, FileVersion
from tests.factories import CategoryFactory, PostFactory, SuperuserFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made by the
# test itself (not the live server) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _isolated_site(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": "/no-public-url/"},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # A FileField evaluates its storage callable once, at import: point the private file
    # fields at this test's folder too, not at the project's private/.
    from django.core.files.storage import storages

    for model in (DocumentFile, FileVersion):
        monkeypatch.setattr(model._meta.get_field("file"), "storage", storages["private"])
    cache.clear()  # the sitemap is cached; never let one test see another's


@pytest.fixture(autouse=True)
def _two_factor_off(request, settings):
    """Most tests sign staff in with force_login and no device; two-step sign-in stays on
    (as in every deployment) only for tests marked `two_factor`."""
    if request.node.get_closest_marker("two_factor") is None:
        settings.TWO_FACTOR_REQUIRED = False


@pytest.fixture
def staff(db):
    return SuperuserFactory(username="secretariat")


@pytest.fixture
def category(db):
    return CategoryFactory(
        name_vi="Hoạt động của Nhóm",
        name_en="Group activities",
        slug_vi="hoat-dong-cua-nhom",
        slug_en="group-activities",
    )


@pytest.fixture
def post(category):
    return PostFactory(
        category=category,
        title_vi="Ký Chương trình hợp tác với A-déc-bai-gian",
        title_en="Cooperation programme with Azerbaijan signed",
    )
