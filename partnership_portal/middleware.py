"""Request guards that answer before the views: malformed input and an unreachable database."""

import logging
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.template import loader
from django.utils import translation

logger = logging.getLogger(__name__)

FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _language(request):
    code = request.path.lstrip("/").split("/", 1)[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _error_page(request, template, status):
    # Rendered without context processors or the database: nothing here may fail again.
    with translation.override(_language(request)):
        return HttpResponse(loader.get_template(template).render(), status=status)


def _malformed_query(query_string):
    # WSGI hands the query over as latin-1 text: back to the bytes the client sent.
    try:
        raw = query_string.encode("iso-8859-1")
    except UnicodeEncodeError:
        raw = query_string.encode()
    raw = unquote_to_bytes(raw)
    if b"\x00" in raw:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


# No reader types this much into one field; a longer value only burdens the database (SQLite
# refuses LIKE patterns over 50,000 bytes, which the admin search then turned into an error).
MAX_QUERY_VALUE_LENGTH = 10_000
# The admin's date hierarchy turns these into datetime() arguments, and Django catches a
# ValueError there but not the OverflowError of a 20-digit year.
DATE_PART_SUFFIXES = ("__year", "__month", "__day")


def _oversized(querydict):
    for key, values in querydict.lists():
        for value in values:
            if len(value) > MAX_QUERY_VALUE_LENGTH:
                return True
            if key.endswith(DATE_PART_SUFFIXES) and len(value) > 4:
                return True
    return False


def _has_nul(querydict):
    return any("\x00" in key or any("\x00" in value for value in values)
               for key, values in querydict.lists())


class RejectMalformedRequestMiddleware:
    """400 for a NUL byte in the query or form fields, invalid UTF-8 in the query, a query value
    over MAX_QUERY_VALUE_LENGTH characters or a date part (`…__year`) over four; 404 for a NUL
    byte in the path.

    PostgreSQL refuses NUL in text ("A string literal cannot contain NUL"), so such a value
    reaching any filter or lookup was a 500; no real reader ever sends one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            # No address on the site has one: not found, without the redirects table (inner
            # middleware) ever looking the path up.
            raise Http404
        if self._malformed(request):
            return _error_page(request, "400.html", 400)
        return self.get_response(request)

    @staticmethod
    def _malformed(request):
        if _malformed_query(request.META.get("QUERY_STRING", "")):
            return True
        if _oversized(request.GET):
            return True
        if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
            try:
                return _has_nul(request.POST)
            except (MultiPartParserError, UnreadablePostError):
                return False  # left to the view, as before
        return False


class DatabaseUnavailableMiddleware:
    """A friendly 503 with Retry-After, instead of a 500, while the database is unreachable
    (a restart, a failover): readers are told to come back in a moment."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return database_unavailable_response(request, exception)


def database_unavailable_response(request, exception):
    """The 503 page for a database that cannot be reached, or None for any other error.

    Also asked by the 500 handler (views.server_error): an error raised in a middleware (the
    session, the redirects table, the page cache) never reaches process_exception above."""
    if not isinstance(exception, (OperationalError, InterfaceError)):
        return None
    # Still logged as an error: the secretariat's administrators should hear of it.
    logger.error("Database unavailable: %s", exception, exc_info=exception)
    response = _error_page(request, "503.html", 503)
    response["Retry-After"] = str(settings.DATABASE_UNAVAILABLE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def _policy(directives):
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class SecurityPolicyMiddleware:
    """Content-Security-Policy and Permissions-Policy on every response (issue 14).

    Public pages carry no inline script or style, so their policy allows only the site's own
    files. The admin and CKEditor get a relaxed policy (settings.CSP_ADMIN_POLICY): CKEditor 4
    writes inline styles and scripts and compiles templates with `new Function`. A header a view
    set itself is kept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        relaxed = request.path.startswith(settings.CSP_RELAXED_PATH_PREFIXES)
        policy = settings.CSP_ADMIN_POLICY if relaxed else settings.CSP_PUBLIC_POLICY
        response.headers.setdefault("Content-Security-Policy", _policy(policy))
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
