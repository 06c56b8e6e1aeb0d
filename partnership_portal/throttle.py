"""Counting repeated requests (password reset e-mails, partners' interest messages) in the shared
cache, per account or address *and* per client address, so that neither many accounts from one
machine nor many machines against one account can flood anyone's mailbox.

Fixed windows: a counter per key and period, so at most twice the limit can pass around a window
boundary; simple, one atomic increment per request, and the same on local memory and Redis.
"""

import hashlib
from time import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache


def hit(scope, key, limit, period):
    """Count one request by `key` in `scope`; True while at most `limit` requests were counted in
    the current window of `period` seconds, False once over it (refused requests count too)."""
    window = int(time() // period)
    # Hashed: e-mail addresses are neither safe cache keys nor anything the cache should hold.
    digest = hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()[:32]
    cache_key = f"throttle:{scope}:{digest}:{window}"
    # add() then incr() are each atomic, so concurrent requests never lose a count.
    cache.add(cache_key, 0, timeout=period)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between the two calls
        cache.set(cache_key, 1, timeout=period)
        count = 1
    return count <= limit


def client_address(request):
    """The client's address exactly as django-axes sees it (DJANGO_PROXY_COUNT), so proxies are
    handled the same way for sign-in lockouts and for throttling."""
    return get_client_ip_address(request) or ""


def allowed(request, scope, key):
    """Count one request for `scope` (a key of settings.THROTTLE_LIMITS) by `key` (an account or
    e-mail address) from the request's client address. False when either is over its limit:
    the caller then sends and saves nothing."""
    limits = settings.THROTTLE_LIMITS[scope]
    limit, period = limits["per_client"]
    if not hit(f"{scope}:client", client_address(request), limit, period):
        return False
    limit, period = limits["per_key"]
    return hit(f"{scope}:key", key, limit, period)
