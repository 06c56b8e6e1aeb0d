"""The app servers' gunicorn settings: an answer's headers never leave alone."""

import socket

from gunicorn.config import Config
from gunicorn.http import wsgi


class Recorder:
    def __init__(self):
        self.writes = []

    def sendall(self, data):
        self.writes.append(bytes(data))


class Request:
    method, version, headers, path, query, fragment, uri = "GET", (1, 1), [], "/", "", "", "/"
    scheme = "http"

    def should_close(self):
        return True


def answer(body_parts, headers):
    import partnership_portal.gunicorn_conf  # noqa: F401 - installs the single first write

    sock = Recorder()
    response = wsgi.Response(Request(), sock, Config())
    response.start_response("200 OK", headers)
    for part in body_parts:
        response.write(part)
    response.close()
    return sock.writes


def test_headers_and_the_first_part_of_the_body_leave_in_one_write():
    """A worker killed between two writes would leave nginx with headers it has passed on and
    cannot retry: the reader gets a cut-off answer. Whole small answers go in one write."""
    writes = answer([b'{"status": "ok"}'], [("Content-Length", "16")])
    assert len(writes) == 1
    head, _, body = writes[0].partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK") and body == b'{"status": "ok"}'


def test_later_parts_and_streamed_answers_still_arrive_whole():
    writes = answer([b"first,", b"second"], [("Content-Length", "12")])
    assert b"".join(writes).endswith(b"\r\n\r\nfirst,second") and len(writes) == 2
    streamed = b"".join(answer([b"a,b\n", b"c,d\n"], []))  # no length: chunked
    assert streamed.endswith(b"4\r\na,b\n\r\n4\r\nc,d\n\r\n0\r\n\r\n")


def test_the_socket_is_put_back_when_the_app_gives_no_bytes():
    import pytest

    sock = Recorder()
    import partnership_portal.gunicorn_conf  # noqa: F401
    response = wsgi.Response(Request(), sock, Config())
    response.start_response("200 OK", [])
    with pytest.raises(TypeError):
        response.write("text, not bytes")
    assert response.sock is sock and not isinstance(response.sock, socket.socket)
