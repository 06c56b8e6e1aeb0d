"""Password spraying: many user names tried from one address.

django-axes locks one user name from one address (AXES_*). Here every failed sign-in (wrong
password on the admin or partner sign-in, wrong two-step code) counts against the client
address, whatever the user name; after SIGNIN_CLIENT_FAILURE_LIMIT failures within
SIGNIN_CLIENT_WINDOW seconds, that address may not try to sign in for
SIGNIN_CLIENT_BLOCK_SECONDS. The limit is well above axes' five so that colleagues behind one
office address don't block each other by a few typos.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from partnership_portal import throttle


def _block_key(address):
    return "signin-block:" + hashlib.sha256(address.encode()).hexdigest()[:32]


def is_blocked(request):
    address = throttle.client_address(request)
    return bool(address) and cache.get(_block_key(address)) is not None


def record_failure(request):
    """Count one failed sign-in from the request's address; True when this blocks it."""
    address = throttle.client_address(request)
    if not address:
        return False
    # hit() allows `limit` requests; the limit-th failure itself starts the block.
    if throttle.hit("signin:client", address, settings.SIGNIN_CLIENT_FAILURE_LIMIT - 1,
                    settings.SIGNIN_CLIENT_WINDOW):
        return False
    newly_blocked = cache.add(_block_key(address), 1, timeout=settings.SIGNIN_CLIENT_BLOCK_SECONDS)
    return newly_blocked
