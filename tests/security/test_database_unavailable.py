"""While the database cannot be reached, readers get a friendly 503 with Retry-After."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connection

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down():
    error = OperationalError("could not connect to server: Connection refused")
    with mock.patch.object(connection, "ensure_connection", side_effect=error):
        yield


@pytest.mark.parametrize(("url", "language", "words"), [
    ("/vi/", "vi", "Trang web tạm thời không truy cập được"),
    ("/en/", "en", "The site is briefly unavailable"),
    ("/vi/tin-tuc/", "vi", "Trang web tạm thời không truy cập được"),
    ("/en/news/", "en", "The site is briefly unavailable"),
])
def test_readers_get_a_friendly_503_while_the_database_is_down(
    client, settings, database_down, url, language, words
):
    settings.DATABASE_UNAVAILABLE_RETRY_AFTER = 45
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "45"
    assert f'lang="{language}"' in html and words in html


def test_a_closed_connection_is_also_a_503(client):
    with mock.patch.object(connection, "ensure_connection",
                           side_effect=InterfaceError("connection already closed")):
        response = client.get("/en/")
    assert response.status_code == 503


def test_other_errors_stay_500s(client):
    client.raise_request_exception = False
    with mock.patch("partnership_portal.views.sections_for", side_effect=ValueError("bug")):
        response = client.get("/en/")
    assert response.status_code == 500


def test_a_database_error_inside_a_middleware_is_also_a_503(client):
    # The redirects table is read by a middleware, after the view's 404: process_exception
    # never sees that error, the 500 handler does.
    client.raise_request_exception = False
    target = "django.contrib.redirects.middleware.Redirect.objects.get"
    with mock.patch(target, side_effect=OperationalError("server closed the connection")):
        response = client.get("/en/no-such-page/")
    assert response.status_code == 503
    assert response["Retry-After"]
