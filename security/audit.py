"""Writing the audit log: `record(action, ...)` from views and signal receivers.

Signals such as m2m_changed carry no request; the middleware keeps the current request in a
context variable so the acting user and their address are known there too.
"""

from contextvars import ContextVar

from partnership_portal import audit as portal_audit
from partnership_portal.throttle import client_address

from .models import AuditEvent

current_request = ContextVar("security_current_request", default=None)


def _truncate(text, length):
    text = str(text)
    return text if len(text) <= length else text[: length - 1] + "…"


def record(action, *, request=None, user=None, username="", obj=None, detail=""):
    """Write one audit event. The user defaults to the request's signed-in user."""
    if portal_audit.restoring.get():
        return None
    request = request or current_request.get()
    if user is None and request is not None:
        candidate = getattr(request, "user", None)
        if candidate is not None and candidate.is_authenticated:
            user = candidate
    address = client_address(request) if request is not None else ""
    event = AuditEvent(
        action=action,
        user=user if user is not None and user.pk else None,
        username=_truncate(username or (user.get_username() if user is not None else ""), 150),
        address=address or None,
        detail=str(detail),
    )
    if obj is not None:
        event.object_type = _truncate(obj._meta.label, 100)
        event.object_id = _truncate(obj.pk, 64)
        event.object_repr = _truncate(obj, 255)
    event.save()
    return event
