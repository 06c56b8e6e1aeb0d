"""Object URLs built from a per-language template (partnership_portal/urlcache.py) must be
exactly what reverse() gives, in each language, and fall back to reverse() for values that
reverse() would quote."""

import pytest
from django.test import override_settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from partnership_portal.urlcache import object_url


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize(("viewname", "argument", "value"), [
    ("cooperation:agreement", "slug", "mou-2020-sweden"),
    ("cooperation:partner", "slug", "undp"),
    ("news:detail", "slug", "a_b-9"),
    ("documents:download", "pk", 42),
])
def test_object_url_equals_reverse_in_each_language(language, viewname, argument, value):
    with translation.override(language):
        assert object_url(viewname, argument, value) == reverse(
            viewname, kwargs={argument: value})


def test_languages_do_not_share_a_template():
    with translation.override("vi"):
        vi = object_url("cooperation:agreement", "slug", "x")
    with translation.override("en"):
        en = object_url("cooperation:agreement", "slug", "x")
    assert vi.startswith("/vi/") and en.startswith("/en/")


def test_values_outside_the_plain_characters_go_through_reverse():
    # The slug converter refuses them: the same error as reverse(), not a made-up URL.
    with translation.override("vi"), pytest.raises(NoReverseMatch):
        object_url("cooperation:agreement", "slug", "hợp tác")


def test_a_changed_setting_drops_the_templates():
    with translation.override("en"):
        object_url("cooperation:agreement", "slug", "x")
        with override_settings(FORCE_SCRIPT_NAME="/portal/"):
            from django.urls import set_script_prefix
            set_script_prefix("/portal/")
            try:
                assert object_url("cooperation:agreement", "slug", "x") == reverse(
                    "cooperation:agreement", kwargs={"slug": "x"})
                assert object_url("cooperation:agreement", "slug", "x").startswith("/portal/")
            finally:
                set_script_prefix("/")
