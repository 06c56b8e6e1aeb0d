"""The production stack (scripts/serve-production) started for real: nginx, two gunicorn app
servers, PostgreSQL and Redis, on free ports, against a database of its own, stopped at the end.

PostgreSQL is the one named by DATABASE_URL when that is PostgreSQL, else the local server
(postgres@127.0.0.1:5432); Redis is REDIS_URL's server (default 127.0.0.1:6379), database 13.
"""

import http.client
import json
import os
import re
import socket
import subprocess
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import dj_database_url
import psycopg2
import pytest
import redis

ROOT = Path(__file__).resolve().parents[2]
DATABASE = "portal_stack_test"
REDIS_DB = 13
PASSWORD = "correct horse battery"  # tests.factories.UserFactory
DOCUMENT_NAME = "Biên bản họp Nhóm quan hệ đối tác pháp luật.pdf"

# Run inside the stack's environment (manage.py shell): a staff user, a partner, a draft post
# and a partner-only document whose file has a Vietnamese name.
SEED = f"""
import json
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from documents.models import Access
from news.models import Post
from tests.factories import (DocumentFactory, DocumentFileFactory, PartnerUserFactory, PostFactory,
                             SuperuserFactory, TOTPDeviceFactory, pdf_bytes)
# Superusers must give a two-step code (TWO_FACTOR_REQUIRED is on in production).
device = TOTPDeviceFactory(user=SuperuserFactory(username="secretariat"))
PartnerUserFactory(username="undp")
post = PostFactory(title_vi="Tin đăng qua máy chủ ứng dụng A", title_en="Posted through A",
                   status=Post.Status.DRAFT)
document = DocumentFactory(access=Access.PARTNERS)
document_file = DocumentFileFactory(
    document=document, file=ContentFile(pdf_bytes("stack"), name={DOCUMENT_NAME!r}))
with translation.override("vi"):
    print(json.dumps({{
        "post_id": post.pk, "post_title": post.title_vi, "post_url": post.get_absolute_url(),
        "download_url": document_file.get_absolute_url(),
        "news_url": reverse("news:list"), "login_url": reverse("accounts:login"),
        "verify_url": reverse("security:verify"), "totp_key": device.key,
        "stored_name": document_file.file.name, "file_path": document_file.file.path,
    }}))
"""


def free_ports(count):
    sockets = [socket.socket() for _ in range(count)]
    for sock in sockets:
        sock.bind(("127.0.0.1", 0))
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


class Client:
    """A reader with cookies, talking HTTP/1.1 to one port; never follows redirects."""

    def __init__(self, port):
        self.port = port
        self.cookies = SimpleCookie()

    def request(self, method, path, form=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for value in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(value)
        return response.status, response.headers, content

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post_form(self, path, form):
        """POST a form the way a browser does: first GET it for its CSRF token."""
        status, _headers, html = self.get(path)
        assert status == 200, (path, status)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return self.request("POST", path, form={**form, "csrfmiddlewaretoken": token.decode()})

    def sign_in(self, path, username):
        status, _headers, _body = self.post_form(path, {"username": username,
                                                       "password": PASSWORD})
        assert status == 302, f"sign-in at {path} failed ({status})"

    def give_code(self, path, hex_key):
        """The second step of signing in: the code an authenticator app shows now."""
        from django_otp.oath import TOTP

        status, _headers, _body = self.post_form(
            path, {"code": f"{TOTP(bytes.fromhex(hex_key)).token():06d}"})
        assert status == 302, f"two-step code at {path} refused ({status})"


def _postgres_params():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = "postgres://postgres@127.0.0.1:5432/postgres"
    config = dj_database_url.parse(url)
    params = {"host": config["HOST"], "port": config["PORT"] or 5432, "user": config["USER"],
              "password": config["PASSWORD"]}
    netloc = config["USER"] + (f":{config['PASSWORD']}" if config["PASSWORD"] else "")
    return params, f"postgres://{netloc}@{config['HOST']}:{params['port']}/{DATABASE}"


def _recreate_database(params, create):
    connection = psycopg2.connect(dbname="postgres", **params)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        if create:
            cursor.execute(f"CREATE DATABASE {DATABASE}")
    connection.close()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """Start the stack, seed it, yield what the tests need; always stop it and clean up."""
    base = tmp_path_factory.mktemp("production")
    port, port_a, port_b = free_ports(3)
    params, database_url = _postgres_params()
    server = urllib.parse.urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    redis_url = f"{server.scheme}://{server.netloc}/{REDIS_DB}"
    env = {
        **os.environ,
        "PORT": str(port), "APP_PORT_A": str(port_a), "APP_PORT_B": str(port_b),
        "RUN_DIR": str(base / "run"), "DATABASE_URL": database_url, "REDIS_URL": redis_url,
        "DJANGO_STATIC_ROOT": str(base / "static"), "DJANGO_MEDIA_ROOT": str(base / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(base / "private"),
    }
    env.pop("DJANGO_SECRET_KEY", None)
    script = [str(ROOT / "scripts" / "serve-production")]
    _recreate_database(params, create=True)
    cache = redis.Redis.from_url(redis_url)
    cache.flushdb()
    try:
        started = subprocess.run(["bash", *script, "start"], cwd=ROOT, env=env,
                                 capture_output=True, text=True, timeout=300)
        assert started.returncode == 0, started.stdout + started.stderr
        # The stack's own settings (DEBUG off, its database and key), as an operator would.
        with open(base / "run" / "secret-key") as handle:
            env["DJANGO_DEBUG"] = "0"
            env["DJANGO_SECURE"] = "0"
            env["DJANGO_SECRET_KEY"] = handle.read().strip()
        seeded = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), "manage.py", "shell", "-c", SEED],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert seeded.returncode == 0, seeded.stderr
        yield {
            "port": port, "port_a": port_a, "port_b": port_b, "run_dir": base / "run",
            **json.loads(seeded.stdout.strip().splitlines()[-1]),
        }
    finally:
        subprocess.run(["bash", *script, "stop"], cwd=ROOT, env=env, capture_output=True,
                       timeout=60)
        _recreate_database(params, create=False)
        cache.flushdb()
