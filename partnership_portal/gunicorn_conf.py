"""gunicorn's settings for the portal's app servers: `gunicorn -c python:partnership_portal.
gunicorn_conf partnership_portal.wsgi` (scripts/serve-production, README "Deployment").

One change to how gunicorn writes an answer. It sends the status line and headers in one
write and the body in the next; a worker that dies between the two (a crash, an OOM kill, a
SIGKILL) leaves nginx holding headers it has already passed to the reader, so it cannot try the
other app server and the reader gets a cut-off answer. Here the headers go out with the first
part of the body in a single `sendall()`: a worker that dies has sent nothing (nginx retries
on the other server) or a whole small answer. It is also one system call fewer per answer.
tests/production/test_stack.py kills an app server under load; tests/production/
test_gunicorn_conf.py checks the single write.
"""

from gunicorn.http import wsgi

_write = wsgi.Response.write


class _Collect:
    """Stands in for the socket while gunicorn writes the headers and the first chunk."""

    def __init__(self):
        self.parts = []

    def sendall(self, data):
        self.parts.append(data)


def _write_headers_with_first_chunk(self, arg):
    if self.headers_sent:
        return _write(self, arg)
    sock, collected = self.sock, _Collect()
    self.sock = collected
    try:
        _write(self, arg)
    finally:
        self.sock = sock
    sock.sendall(b"".join(collected.parts))


wsgi.Response.write = _write_headers_with_first_chunk
