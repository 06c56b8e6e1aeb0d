"""Two-step sign-in pages: the code after the password, setting up an authenticator app,
recovery codes, turning it off (partners only; administrators and publishers must keep it)."""

import django_otp
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice

from partnership_portal import access

from . import spraying, twofactor
from .audit import record
from .forms import CodeForm, SetupCodeForm
from .models import AuditEvent

Action = AuditEvent.Action


def _next_url(request):
    """Where to go once verified: a safe `next`, else the admin (staff) or the account page."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()},
                                                   require_https=request.is_secure()):
        return target
    return reverse("admin:index") if request.user.is_staff else reverse("accounts:account")


def _too_many(wait):
    return ngettext("Too many wrong codes. Wait %(seconds)d second and try again.",
                    "Too many wrong codes. Wait %(seconds)d seconds and try again.",
                    wait) % {"seconds": wait}


def _verified(request, device):
    django_otp.login(request, device)
    request.session[twofactor.PENDING_SESSION_KEY] = False


@login_required
@access.personal_page
def verify(request):
    """The second step of signing in: a code from the app or a recovery code."""
    user = request.user
    if user.is_verified():
        return redirect(_next_url(request))
    if not twofactor.has_device(user):
        request.session[twofactor.PENDING_SESSION_KEY] = False
        if access.requires_two_factor(user):
            return redirect(reverse("security:setup") + "?" + request.GET.urlencode())
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        wait = twofactor.wait_seconds(user)
        device = None if wait else twofactor.verify(user, form.cleaned_data["code"])
        if device is not None:
            _verified(request, device)
            used_recovery = isinstance(device, StaticDevice)
            record(Action.TWO_FACTOR_VERIFIED, request=request,
                   detail="recovery code" if used_recovery else "authenticator")
            if used_recovery:
                return render(request, "security/recovery_code_used.html", {
                    "remaining": twofactor.remaining_recovery_codes(user),
                    "next": _next_url(request),
                })
            return redirect(_next_url(request))
        if wait:
            form.add_error(None, _too_many(wait))
            status = 429
        else:
            spraying.record_failure(request)
            record(Action.TWO_FACTOR_FAILED, request=request)
            form.add_error("code", _("Enter the code shown in your authenticator app now, or "
                                     "one of your unused recovery codes."))
    return render(request, "security/verify.html",
                  {"form": form, "next": request.POST.get("next") or request.GET.get("next", "")},
                  status=status)


@login_required
@access.personal_page
def setup(request):
    """Add an authenticator app: scan the QR code (or type the secret), confirm with a code;
    then the ten recovery codes are shown once."""
    user = request.user
    if twofactor.authenticator(user) is not None:
        # Replacing a device is done by turning two-step sign-in off (or by an administrator).
        return redirect("security:two_factor")
    device = twofactor.setup_device(user)
    form = SetupCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = twofactor.normalise(form.cleaned_data["code"])
        wait = twofactor.wait_seconds(user, [device])
        if wait:
            form.add_error(None, _too_many(wait))
        elif device.verify_token(code):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            codes = twofactor.new_recovery_codes(user)
            _verified(request, device)
            record(Action.TWO_FACTOR_ENABLED, request=request, obj=device)
            return render(request, "security/recovery_codes.html",
                          {"codes": codes, "next": _next_url(request)})
        else:
            form.add_error("code", _("That code is not right. Check that the time on your "
                                     "phone is correct and enter the code your app shows now."))
    return render(request, "security/setup.html", {
        "form": form,
        "qr": twofactor.qr_data_uri(device),
        "secret": twofactor.secret(device),
        "next": request.POST.get("next") or request.GET.get("next", ""),
        "required": access.requires_two_factor(user),
    })


@login_required
@access.personal_page
def two_factor(request):
    """Two-step sign-in on one's account: on or off, recovery codes left."""
    user = request.user
    return render(request, "security/two_factor.html", {
        "enabled": twofactor.authenticator(user) is not None,
        "remaining": twofactor.remaining_recovery_codes(user),
        "required": access.requires_two_factor(user),
    })


def _require_verified(request):
    if not request.user.is_verified():
        raise PermissionDenied(_("Enter a code from your authenticator app first."))


@require_POST
@login_required
@access.personal_page
def regenerate_codes(request):
    _require_verified(request)
    codes = twofactor.new_recovery_codes(request.user)
    record(Action.RECOVERY_CODES_CREATED, request=request)
    return render(request, "security/recovery_codes.html",
                  {"codes": codes, "next": reverse("security:two_factor")})


@require_POST
@login_required
@access.personal_page
def turn_off(request):
    _require_verified(request)
    if access.requires_two_factor(request.user):
        raise PermissionDenied(_("Administrators and publishers must keep two-step sign-in."))
    twofactor.remove_devices(request.user)
    request.session.pop(django_otp.DEVICE_ID_SESSION_KEY, None)  # logged by receivers.py
    return redirect("security:two_factor")
