"""Sign-in guards, after Django's and django-otp's authentication middleware.

- Spraying: a POST to a sign-in form (admin, partner, two-step code) from an address blocked by
  `spraying` gets a 429 page and is not tried.
- Two-step sign-in: a signed-in user who has a device but has not given a code this session
  is sent to the code page from every page; a user who must use two-step sign-in
  (`access.requires_two_factor`) and has no device is sent to the set-up page from the admin
  and the editor's upload views. Off only when settings.TWO_FACTOR_REQUIRED is False (tests).
- The current request is kept for the audit log's signal receivers.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse

from partnership_portal import access

from . import audit, spraying, twofactor

SIGN_IN_VIEWS = {"admin:login", "accounts:login", "security:verify"}
# Pages an unverified user may still open: the code and set-up pages, signing out.
EXEMPT_VIEWS = {"security:verify", "security:setup", "accounts:logout", "admin:logout",
                "csp_report", "healthz", "robots", "set_language", "javascript-catalog"}


class SignInGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = audit.current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            audit.current_request.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_name = request.resolver_match.view_name if request.resolver_match else ""
        if view_name in SIGN_IN_VIEWS and request.method == "POST" and spraying.is_blocked(
                request):
            return render(request, "security/too_many_attempts.html", status=429)
        if not settings.TWO_FACTOR_REQUIRED or view_name in EXEMPT_VIEWS:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if self._must_give_code(request, user):
            return self._redirect("security:verify", request)
        if self._is_protected(request) and access.requires_two_factor(user):
            return self._redirect("security:setup", request)
        return None

    @staticmethod
    def _must_give_code(request, user):
        # Worked out at sign-in and kept in the session (no query per page); sessions begun
        # before this middleware existed are asked the database once.
        pending = request.session.get(twofactor.PENDING_SESSION_KEY)
        if pending is None:
            pending = twofactor.has_device(user)
            request.session[twofactor.PENDING_SESSION_KEY] = pending
        return pending

    @staticmethod
    def _is_protected(request):
        return request.path.startswith(settings.TWO_FACTOR_PROTECTED_PATH_PREFIXES)

    @staticmethod
    def _redirect(view_name, request):
        return redirect(reverse(view_name) + "?" + urlencode({"next": request.get_full_path()}))
