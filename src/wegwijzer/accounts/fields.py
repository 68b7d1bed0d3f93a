"""Model fields that encrypt their value at rest with Fernet (cryptography), for sensitive answers.

Keys come from the environment (WEGWIJZER_FIELD_KEYS, comma-separated Fernet keys, newest first), so a key can be
rotated: MultiFernet decrypts with any key and encrypts with the first. Without the variable, local and demo use
a key derived from SECRET_KEY; production requires the variable (see conf/production.py).
"""

import base64
import hashlib
import json
from functools import cache

from django.conf import settings
from django.db import models


@cache
def _fernet():
    from cryptography.fernet import Fernet, MultiFernet  # heavy import kept out of module import time

    keys = settings.WEGWIJZER_FIELD_KEYS or [
        base64.urlsafe_b64encode(hashlib.sha256(f"wegwijzer-field-key:{settings.SECRET_KEY}".encode()).digest())
    ]
    return MultiFernet([Fernet(key) for key in keys])


def encrypt_text(value: str) -> str:
    return _fernet().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt_text(token: str) -> str:
    return _fernet().decrypt(token.encode("ascii")).decode("utf-8")


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token; reads give the plain text back. Not searchable or sortable, by design."""

    def from_db_value(self, value, expression, connection):
        return None if value is None else decrypt_text(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return None if value is None else encrypt_text(value)


class EncryptedJSONField(EncryptedTextField):
    """Any JSON-serialisable value, stored encrypted."""

    def from_db_value(self, value, expression, connection):
        return None if value is None else json.loads(decrypt_text(value))

    def to_python(self, value):
        return value

    def get_prep_value(self, value):
        return None if value is None else encrypt_text(json.dumps(value, ensure_ascii=False))
