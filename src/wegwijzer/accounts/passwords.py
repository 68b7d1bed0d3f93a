"""Limits around passwords: a maximum length (hashing a huge input with Argon2 costs the server dearly) and a
throttle on 'Wachtwoord vergeten' per client and per e-mail address (each request may send a mail)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from . import throttle

PASSWORD_MAX_LENGTH = 128

RESETS_PER_CLIENT = 5
RESETS_PER_ADDRESS = 3
RESET_WINDOW_SECONDS = 60 * 60


class MaximumLengthValidator:
    """AUTH_PASSWORD_VALIDATORS: a new password is at most PASSWORD_MAX_LENGTH characters."""

    def __init__(self, max_length: int = PASSWORD_MAX_LENGTH):
        self.max_length = max_length

    def validate(self, password, user=None):
        if len(password) > self.max_length:
            raise ValidationError(self.message(), code="password_too_long")

    def message(self) -> str:
        return _("Dit wachtwoord is te lang. Gebruik hoogstens %(max)d tekens.") % {"max": self.max_length}

    def get_help_text(self) -> str:
        return _("Je wachtwoord heeft hoogstens %(max)d tekens.") % {"max": self.max_length}


def reset_allowed(request, email: str) -> bool:
    """Counts this request; False once a client or an e-mail address asked too often within the hour."""
    return throttle.allowed(
        request,
        email,
        scope="password-reset",
        per_client=RESETS_PER_CLIENT,
        per_address=RESETS_PER_ADDRESS,
        window_seconds=RESET_WINDOW_SECONDS,
    )
