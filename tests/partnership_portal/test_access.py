"""The access policy module itself: what it decides and what it may import."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser

from documents.models import Document
from news.models import Post
from partnership_portal import access
from tests.factories import (
    PartnerUserFactory,
    StaffUserFactory,
    SuperuserFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

APPS = {"accounts", "news", "documents", "cooperation", "forums"}


def imported_modules(path):
    tree = ast.parse(Path(path).read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module


def test_access_policy_imports_no_app():
    path = Path(settings.BASE_DIR) / "partnership_portal" / "access.py"
    assert not {name.split(".")[0] for name in imported_modules(path)} & APPS


def test_documents_do_not_import_accounts():
    for path in (Path(settings.BASE_DIR) / "documents").rglob("*.py"):
        assert not any(name.split(".")[0] == "accounts" for name in imported_modules(path)), path


def staff_allowed(*codenames):
    return StaffUserFactory(permissions=codenames)


def test_preview_needs_the_change_permission_of_that_model():
    news_editor = staff_allowed("change_post")
    assert access.may_preview(news_editor, Post)
    assert not access.may_preview(news_editor, Document)
    assert not access.may_preview(staff_allowed("view_post", "view_document"), Post)
    assert access.may_preview(SuperuserFactory(), Document)  # superuser
    assert not access.may_preview(SuperuserFactory(is_active=False), Post)
    assert not access.may_preview(AnonymousUser(), Post)


def test_levels_follow_the_partner_account_and_the_library_permission():
    assert access.levels(AnonymousUser()) == {access.PUBLIC}
    assert access.levels(UserFactory()) == {access.PUBLIC}  # no partner account: no error
    assert access.levels(PartnerUserFactory()) == {access.PUBLIC, access.PARTNERS}
    assert access.levels(staff_allowed("change_post")) == {access.PUBLIC}
    assert access.levels(staff_allowed("view_document")) == set(access.LEVELS)
    assert access.levels(SuperuserFactory()) == set(access.LEVELS)
