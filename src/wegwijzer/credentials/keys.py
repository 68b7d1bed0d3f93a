"""The issuer's ES256 keys through joserfc: make one, rotate, and publish every public key as a JWKS."""

import json

from django.db import transaction
from django.utils import timezone
from joserfc.jwk import ECKey, KeySet

from .models import SigningKey

ALGORITHM = "ES256"


def create_key() -> SigningKey:
    key = ECKey.generate_key("P-256", private=True)
    kid = key.thumbprint()
    public = dict(key.as_dict(private=False), kid=kid, alg=ALGORITHM, use="sig")
    return SigningKey.objects.create(kid=kid, public_jwk=public, private_jwk=json.dumps(key.as_dict(private=True)))


def signing_key() -> SigningKey:
    """The newest key that is not retired; the first one is made when none exists."""
    key = SigningKey.objects.filter(retired_at__isnull=True).first()
    return key or create_key()


@transaction.atomic
def rotate() -> SigningKey:
    """A new key signs from now on; the old ones are retired but stay published, so old credentials verify."""
    SigningKey.objects.filter(retired_at__isnull=True).update(retired_at=timezone.now())
    return create_key()


def private_key(key: SigningKey) -> ECKey:
    return ECKey.import_key(json.loads(key.private_jwk))


def jwks() -> dict:
    return {"keys": [key.public_jwk for key in SigningKey.objects.all()]}


def key_set() -> KeySet:
    return KeySet.import_key_set(jwks())
