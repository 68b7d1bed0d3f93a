"""Two-step login with an authenticator app (TOTP, django-otp): optional for coaches, employers and regions,
required for staff where WEGWIJZER_STAFF_TWO_STEP_REQUIRED is on (production). Imports stay inside functions: the
admin site module imports this before the apps are loaded."""

import base64

from django.conf import settings
from django.utils.translation import gettext as _


def confirmed_device(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def two_step_required(user) -> bool:
    return bool(getattr(settings, "WEGWIJZER_STAFF_TWO_STEP_REQUIRED", False) and user.is_staff)


def setup_needed(user) -> bool:
    """A staff account that must log in with a code but has no confirmed device yet."""
    return two_step_required(user) and confirmed_device(user) is None


def two_step_satisfied(request) -> bool:
    """True when the user entered a code in this session, or has no device and does not need one."""
    from django_otp import user_has_device

    user = request.user
    if not user.is_authenticated:
        return False
    if user_has_device(user):
        return user.is_verified()
    return not two_step_required(user)


def start_setup(user):
    """A fresh unconfirmed device; an earlier unfinished one is replaced."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=_("Authenticator-app"), confirmed=False)


def pending_device(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.filter(user=user, confirmed=False).first()


def secret_for_typing(device) -> str:
    """The key in base32 groups of four, for apps where a person types it instead of scanning the QR code."""
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device) -> str:
    """The device's otpauth:// address as an inline SVG QR code (no script, no external image)."""
    import segno

    return segno.make(device.config_url, error="m").svg_inline(scale=4, title=_("QR-code voor je authenticator-app"))


def verify(device, token: str) -> bool:
    """Checks a code; django-otp slows down repeated wrong codes per device."""
    token = "".join(token.split())
    if not token.isdigit():
        return False
    allowed, _details = device.verify_is_allowed()
    return bool(allowed) and device.verify_token(token)
