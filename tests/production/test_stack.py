"""The production stack as README "Deploying" describes it: nginx, two gunicorn app servers,
PostgreSQL, Redis (fixture `stack` in conftest.py starts it with scripts/serve-production)."""

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from django.utils.http import content_disposition_header

from .conftest import DOCUMENT_NAME, Client

pytestmark = pytest.mark.production


def test_post_published_through_one_app_server_is_visible_at_once_through_the_other(stack):
    readers = {"app server B": Client(stack["port_b"]), "nginx": Client(stack["port"])}
    title = stack["post_title"].encode()
    for reader in (Client(stack["port_a"]), *readers.values()):
        # Each process has now rendered the list and the draft's address once.
        status, _headers, html = reader.get(stack["news_url"])
        assert status == 200 and title not in html
        assert reader.get(stack["post_url"])[0] == 404

    editor = Client(stack["port_a"])
    editor.sign_in("/admin/login/?next=/admin/", "secretariat")
    editor.give_code(stack["verify_url"], stack["totp_key"])
    status, _headers, _body = editor.post_form("/admin/news/post/", {
        "action": "make_published", "_selected_action": stack["post_id"], "index": 0})
    assert status == 302

    for name, reader in readers.items():
        status, _headers, html = reader.get(stack["news_url"])
        assert status == 200 and title in html, name
        assert reader.get(stack["post_url"])[0] == 200, name


def test_partner_downloads_a_partner_only_file_through_nginx_under_its_vietnamese_name(stack):
    partner = Client(stack["port"])
    partner.sign_in(stack["login_url"], "undp")
    status, headers, body = partner.get(stack["download_url"])
    assert status == 200
    assert headers["Content-Disposition"] == content_disposition_header(True, DOCUMENT_NAME)
    assert "filename*=utf-8''Bi%C3%AAn%20b%E1%BA%A3n" in headers["Content-Disposition"]
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Cache-Control"] == "private, no-store"
    assert "X-Accel-Redirect" not in headers  # nginx consumed it and sent the bytes itself
    assert body == Path(stack["file_path"]).read_bytes()


def test_anonymous_reader_is_sent_to_sign_in_and_never_gets_the_bytes(stack):
    status, headers, body = Client(stack["port"]).get(stack["download_url"])
    assert status == 302
    assert headers["Location"].startswith(stack["login_url"] + "?next=")
    assert b"%PDF" not in body


def test_protected_documents_location_cannot_be_reached_from_outside(stack):
    status, _headers, body = Client(stack["port"]).get(
        "/protected-documents/" + stack["stored_name"])
    assert status == 404
    assert b"%PDF" not in body


def test_app_server_killed_mid_load_gives_readers_no_server_error(stack):
    """200 requests through nginx from 4 readers; app server A (its gunicorn master and
    workers) gets SIGKILL after the first 40: nginx retries on B, readers never see a 5xx.
    The health check is a full trip through Django and PostgreSQL, cheap enough to keep the
    test short."""
    master = int((stack["run_dir"] / "app-a.pid").read_text())
    statuses, lock = [], threading.Lock()

    def read_pages(count):
        reader = Client(stack["port"])
        for _ in range(count):
            try:
                status = reader.get("/healthz")[0]
            except Exception as error:  # a reset or cut-off answer is a failure too
                status = repr(error)
            with lock:
                statuses.append(status)

    threads = [threading.Thread(target=read_pages, args=(50,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 60
    while len(statuses) < 40 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(master, signal.SIGKILL)
    served_before_kill = len(statuses)
    for thread in threads:
        thread.join(timeout=120)

    assert served_before_kill < 200, "the kill came after the load: nothing was proved"
    assert len(statuses) == 200
    assert [s for s in statuses if s != 200] == []
    with pytest.raises(ConnectionRefusedError):
        Client(stack["port_a"]).get("/healthz")  # A is really gone: B served the rest
