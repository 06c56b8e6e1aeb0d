"""Reader page cache: anonymous GET responses served from the shared cache.

Correctness comes from the key, not from expiry: every key carries
- the site-wide *content version*, replaced (after commit) whenever a row of a content app is
  saved or deleted or an m2m link changes, so any edit, publish or delete shows at once;
- the *next scheduled publish or end time* known under that version: once it has passed, the
  key changes, so a scheduled item goes live (or an ending one leaves) at its time without any
  write;
- the local date, since statuses such as "in force" or "held" move with the calendar.
`PAGE_CACHE_SECONDS` only bounds how long a page of an older version occupies memory.

Only anonymous readers without a session or pending messages are served or stored; responses
that set cookies, use a CSRF token, stream, are not 200, or say private/no-store never are.
"""

import hashlib
import time
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, transaction
from django.db.models import Min, Q
from django.utils import timezone, translation

VERSION_KEY = "pagecache:version"
NEVER = "never"

def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh value, never an old number come back after eviction.
        version = str(time.time_ns())
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def _new_version():
    cache.set(VERSION_KEY, str(time.time_ns()), None)


def bump_content_version(using="default"):
    """Invalidate every cached page now, and again once the current transaction commits (a
    reader who rendered the old rows in between must not keep them cached)."""
    _new_version()
    if transaction.get_connection(using).in_atomic_block:
        transaction.on_commit(_new_version, using=using)


def _scheduled_models():
    from .models import Publishable

    return [m for m in apps.get_models() if issubclass(m, Publishable)]


def next_scheduled_publish(now: datetime):
    """The earliest scheduled change still to come, over every publishable model: a publish
    time, or the end date of a published item (None if none)."""
    times = []
    for model in _scheduled_models():
        published = model._default_manager.filter(status=model.Status.PUBLISHED)
        values = published.aggregate(
            start=Min("publish_at", filter=Q(publish_at__gt=now)),
            end=Min("unpublish_at", filter=Q(unpublish_at__gt=now)),
        )
        times.extend(value for value in values.values() if value is not None)
    return min(times, default=None)


# How long the next scheduled time of a content version is kept: it is recomputed once it
# has passed, and a new version (any write) has its own; this only bounds memory.
SCHEDULE_STAMP_SECONDS = 24 * 3600


def schedule_stamp(version: str) -> str:
    """The next scheduled publish or end time under this content version, recomputed once passed."""
    key = f"pagecache:next:{version}"
    now = timezone.now()
    stamp = cache.get(key)
    if stamp is not None and (stamp == NEVER or now.timestamp() < float(stamp)):
        return stamp
    upcoming = next_scheduled_publish(now)
    stamp = NEVER if upcoming is None else repr(upcoming.timestamp())
    cache.set(key, stamp, SCHEDULE_STAMP_SECONDS)
    return stamp


def content_stamp() -> tuple:
    """What the public content is as of now: the content version, the next scheduled time
    under it and the local date. Equal stamps mean the same content; the page key carries it."""
    version = content_version()
    return version, schedule_stamp(version), timezone.localdate().isoformat()


_kept = {}


def until_content_changes(key, compute):
    """`compute()` (a small value, such as a list filter's choices or years), kept in this
    process, per language, until the public content changes: any write to a content app, a
    scheduled item going live or ending, the next day; so the same rule as the page cache.
    The reader page cache is off for signed-in readers and when configured off; these lists
    are the same for everyone who asks with the same `key`."""
    stamp = content_stamp()
    full_key = (key, translation.get_language())
    kept = _kept.get(full_key)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    value = compute()
    _kept[full_key] = (stamp, value)  # with its stamp: a value of older content is never read
    return value


def page_key(request) -> str:
    raw = "|".join([*content_stamp(), request.get_host(), request.get_full_path()])
    return "pagecache:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _request_may_use_cache(request) -> bool:
    if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
        return False
    if any(request.path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PATHS):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return not request.user.is_authenticated


def _response_may_be_stored(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.has_header("X-Accel-Redirect") or request.META.get("CSRF_COOKIE_USED"):
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-store", "no-cache"))


class ReaderPageCacheMiddleware:
    """Serve and store anonymous readers' pages (after sessions, auth and messages)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_may_use_cache(request):
            return self.get_response(request)
        try:
            key = page_key(request)
        except (DatabaseError, InterfaceError):
            # The schedule lookup failed: let the view meet the outage (a 503 page).
            return self.get_response(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and _response_may_be_stored(request, response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            response["X-Page-Cache"] = "miss"
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response


def content_changed(sender, using="default", **kwargs):
    """Signal receiver: any write to a content app's model invalidates the reader cache."""
    if sender._meta.app_label in settings.PAGE_CACHE_CONTENT_APPS:
        bump_content_version(using)


def m2m_content_changed(sender, action, instance, using="default", **kwargs):
    if action.startswith("post_") and instance._meta.app_label in settings.PAGE_CACHE_CONTENT_APPS:
        bump_content_version(using)
