"""A throttle per client and per e-mail address, for the pages that may send a mail ('Wachtwoord vergeten', making
an account, a new confirmation link): counted in Django's cache within a fixed window."""

import hashlib

from django.core.cache import cache

from wegwijzer.core.client import client_address


def _keys(scope: str, request, email: str) -> list[str]:
    address = hashlib.sha256(email.strip().lower().encode()).hexdigest()  # the cache holds no e-mail address
    return [f"{scope}:client:{client_address(request)}", f"{scope}:address:{address}"]


def allowed(request, email: str, *, scope: str, per_client: int, per_address: int, window_seconds: int) -> bool:
    """Counts this request; False once a client or an e-mail address asked too often within the window."""
    result = True
    for key, limit in zip(_keys(scope, request, email), (per_client, per_address), strict=True):
        cache.add(key, 0, window_seconds)
        try:
            result = cache.incr(key) <= limit and result
        except ValueError:  # the entry expired between add and incr: a new window
            cache.set(key, 1, window_seconds)
    return result
