"""Resume codes: how they look, and the keyed hash that is all the database keeps of them.

A database copy must not open every scan, so a scan stores only HMAC-SHA256 of its code, keyed with SECRET_KEY
(django.utils.crypto.salted_hmac). The migration that hashed the codes of existing scans uses the same function.
"""

import re

from django.conf import settings
from django.utils.crypto import salted_hmac

# No 0/O, 1/I/L or U: letters that are easy to mix up when a person reads the code aloud or types it over.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_LENGTH = 8
_SALT = "wegwijzer.scan.resume-code"


def normalise_code(raw: str) -> str:
    """A typed code without spaces or dashes, in capitals: 'abcd-efgh ' → 'ABCDEFGH'."""
    return re.sub(r"[^0-9A-Za-z]", "", raw or "").upper()


def code_hash(code: str, secret: str | None = None) -> str:
    return salted_hmac(_SALT, normalise_code(code), secret=secret, algorithm="sha256").hexdigest()


def code_hashes(code: str) -> list[str]:
    """The hash under the current key and under each SECRET_KEY_FALLBACKS key, so rotating the key loses no scan."""
    return [code_hash(code, secret) for secret in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]]


def readable(code: str) -> str:
    """The code as a person reads and types it: two groups of four."""
    return f"{code[:4]}-{code[4:]}"
