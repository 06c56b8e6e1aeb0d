"""Two-step sign-in with django-otp: an authenticator app (TOTP) plus ten recovery codes.

A user's confirmed TOTP device asks for a code after the password; the recovery codes are a
django-otp static device, each code usable once. Who *must* use it is
`partnership_portal.access.requires_two_factor`; enforcement is in `security.middleware`.
"""

import base64
from base64 import b32encode

import django_otp
import qrcode
import qrcode.image.svg
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
# Session key: set at sign-in to whether this user has to give a code (see middleware.py).
PENDING_SESSION_KEY = "security_two_factor_pending"


def authenticator(user):
    """The user's confirmed authenticator (TOTP) device, or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def has_device(user):
    return django_otp.user_has_device(user, confirmed=True)


def setup_device(user):
    """The unconfirmed authenticator being set up (the same secret until confirmed)."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def secret(device):
    """The secret in base32, in groups of four, for typing into an app by hand."""
    text = b32encode(device.bin_key).decode()
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def qr_data_uri(device):
    """The otpauth:// link as a QR code: an SVG drawn here (no external service), as a data:
    URI for an <img> so it needs neither inline script nor inline style (CSP)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage,
                        box_size=8, border=2)
    return "data:image/svg+xml;base64," + base64.b64encode(image.to_string()).decode()


def new_recovery_codes(user):
    """Replace the user's recovery codes with ten new ones; returns them (shown once)."""
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(
            user=user, name="recovery", defaults={"confirmed": True})
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _n in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def remove_devices(user):
    """Turn two-step sign-in off: delete the authenticator and the recovery codes."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def normalise(code):
    return "".join(code.split()).replace("-", "").lower()


def wait_seconds(user, devices=None):
    """Seconds before another code may be tried (django-otp's doubling delay after each wrong
    code) on the user's confirmed devices, or on `devices`; 0 when a code may be tried now."""
    longest = 0
    for device in django_otp.devices_for_user(user) if devices is None else devices:
        allowed, data = device.verify_is_allowed()
        if not allowed and data and data.get("locked_until"):
            longest = max(longest, (data["locked_until"] - timezone.now()).total_seconds())
    return int(longest + 0.999)


def verify(user, code):
    """The device that accepts `code`: six digits for the authenticator, else a recovery code
    (used up). None when refused; each refusal lengthens django-otp's delay for that device."""
    code = normalise(code)
    if code.isdigit():
        device = authenticator(user)
    else:
        device = StaticDevice.objects.devices_for_user(user, confirmed=True).first()
    if device is None or not code:
        return None
    return django_otp.verify_token(user, device.persistent_id, code)
