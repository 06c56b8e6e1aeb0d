"""Sanitising rich text on save keeps each language's text in its own field."""

import pytest
from django.utils import translation

from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


def test_saving_in_english_leaves_an_empty_english_body_empty():
    agreement = AgreementFactory(body_vi="<p>Nội dung</p>", body_en="")
    with translation.override("en"):
        agreement.save()
    agreement.refresh_from_db()
    assert agreement.body_en == ""  # not the Vietnamese fallback copied in
    assert agreement.body_vi == "<p>Nội dung</p>"


def test_each_language_is_still_sanitised():
    agreement = AgreementFactory(body_vi="<p>Nội dung<script>x()</script></p>",
                                 body_en='<p onclick="x()">Text</p>')
    agreement.refresh_from_db()
    assert "script" not in agreement.body_vi and "onclick" not in agreement.body_en
