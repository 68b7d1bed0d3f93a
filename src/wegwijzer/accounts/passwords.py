"""Limits around passwords: a maximum length (hashing a huge input with Argon2 costs the server dearly) and a
throttle on 'Wachtwoord vergeten' per client and per e-mail address (each request may send a mail)."""

import hashlib

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wegwijzer.core.client import client_address

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


def _keys(request, email: str) -> list[str]:
    address = hashlib.sha256(email.strip().lower().encode()).hexdigest()  # the cache holds no e-mail address
    return [f"password-reset:client:{client_address(request)}", f"password-reset:address:{address}"]


def reset_allowed(request, email: str) -> bool:
    """Counts this request; False once a client or an e-mail address asked too often within the hour."""
    allowed = True
    for key, limit in zip(_keys(request, email), (RESETS_PER_CLIENT, RESETS_PER_ADDRESS), strict=True):
        cache.add(key, 0, RESET_WINDOW_SECONDS)
        try:
            allowed = cache.incr(key) <= limit and allowed
        except ValueError:  # the entry expired between add and incr: a new window
            cache.set(key, 1, RESET_WINDOW_SECONDS)
    return allowed
