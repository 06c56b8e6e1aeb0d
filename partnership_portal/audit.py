"""Reads worth auditing, announced by the app that serves them; the `security` app listens.

The core imports no app, so apps do not call the audit log directly: they send
`sensitive_read` (a restricted file downloaded, partners' messages opened in the admin) and
whatever app keeps the log records it. Nothing is written for ordinary reader pages.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.dispatch import Signal

# Set while rows are loaded back (a restore): loading users, groups and permissions is not
# somebody changing permissions, and the log itself is being restored.
restoring = ContextVar("audit_restoring", default=False)


@contextmanager
def suspended():
    token = restoring.set(True)
    try:
        yield
    finally:
        restoring.reset(token)


# sender: the model class; kwargs: request, obj (None for a list page), detail (a short text).
sensitive_read = Signal()


class AuditedReadsAdminMixin:
    """A ModelAdmin whose list and change pages, when shown (GET, 200), count as reads."""

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if request.method == "GET" and response.status_code == 200:
            sensitive_read.send(sender=self.model, request=request, obj=None,
                                detail=request.GET.urlencode())
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and response.status_code == 200:
            obj = response.context_data.get("original") if hasattr(
                response, "context_data") else None
            sensitive_read.send(sender=self.model, request=request, obj=obj, detail="")
        return response


class AuditedReadsInlineMixin:
    """An inline whose rows, shown on a parent's change page (GET), count as reads of them."""

    def get_formset(self, request, obj=None, **kwargs):
        if request.method == "GET" and obj is not None:
            sensitive_read.send(sender=self.model, request=request, obj=obj,
                                detail="shown inline")
        return super().get_formset(request, obj, **kwargs)
