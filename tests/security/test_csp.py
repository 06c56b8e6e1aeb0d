import logging

import pytest

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


def test_public_page_has_a_strict_content_security_policy(client):
    response = client.get("/en/")
    assert response.status_code == 200
    policy = directives(response)
    assert "unsafe" not in response["Content-Security-Policy"]
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'self'"
    assert policy["report-uri"] == "/csp-report/"


def test_error_pages_carry_the_strict_policy_too(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "unsafe" not in response["Content-Security-Policy"]


def test_every_response_has_a_permissions_policy(client):
    for path in ("/en/", "/admin/login/", "/robots.txt"):
        policy = client.get(path)["Permissions-Policy"]
        assert "camera=()" in policy and "microphone=()" in policy
        assert "geolocation=()" in policy and "browsing-topics=()" in policy


def test_admin_gets_the_relaxed_policy_ckeditor_needs(admin_client):
    response = admin_client.get("/admin/news/post/add/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == "'self' 'unsafe-inline' 'unsafe-eval'"
    assert policy["style-src"] == "'self' 'unsafe-inline'"
    assert policy["object-src"] == "'none'"


def test_csp_report_is_logged_and_answered_with_204(client, caplog):
    report = ('{"csp-report": {"document-uri": "https://example.org/en/",'
              ' "violated-directive": "script-src", "blocked-uri": "inline"}}')
    with caplog.at_level(logging.WARNING, logger="partnership_portal.views"):
        response = client.post("/csp-report/", report, content_type="application/csp-report")
    assert response.status_code == 204
    assert "CSP violation: script-src blocked inline on https://example.org/en/" in caplog.text


def test_csp_report_refuses_a_huge_body(client, settings, caplog):
    settings.CSP_REPORT_MAX_BYTES = 1024
    body = '{"csp-report": {"blocked-uri": "' + "x" * 2000 + '"}}'
    with caplog.at_level(logging.WARNING, logger="partnership_portal.views"):
        response = client.post("/csp-report/", body, content_type="application/csp-report")
    assert response.status_code == 413
    assert "CSP violation" not in caplog.text


def test_csp_report_takes_only_post(client):
    assert client.get("/csp-report/").status_code == 405
