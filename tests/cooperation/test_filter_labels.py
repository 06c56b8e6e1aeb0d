"""Each list's "all kinds" option names its own kind of item."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("url_name", "vi", "en"), [
    ("cooperation:agreements", "Tất cả loại thỏa thuận", "All kinds of agreement"),
    ("forums:list", "Tất cả loại sự kiện", "All kinds of event"),
    ("cooperation:projects", "Tất cả loại dự án, viện trợ", "All kinds of project"),
    ("documents:list", "Tất cả loại tài liệu", "All kinds of document"),
])
def test_all_kinds_option_names_the_list_it_filters(client, url_name, vi, en):
    for language, label in (("vi", vi), ("en", en)):
        with translation.override(language):
            html = client.get(reverse(url_name)).content.decode()
        assert f'<option value="">{label}</option>' in html
        if language == "vi" and url_name != "documents:list":
            assert "Tất cả loại tài liệu" not in html  # "all document types" on other lists
