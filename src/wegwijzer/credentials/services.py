"""Issuing, verifying and revoking Open Badges 3.0 credentials for confirmed skills.

issue(skill) -> IssuedCredential           signed as a VC-JWT (VC-JOSE-COSE: the credential is the JWT's payload)
verify(text) -> Verdict                    a compact VC-JWT, an EnvelopedVerifiableCredential JSON or a baked SVG
revoke(credential) -> None
status_list() -> dict                      the BitstringStatusListCredential with every revoked credential's bit
share(credential) / stop_sharing(credential)
"""

import base64
import gzip
import json
import secrets
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from joserfc import jws
from joserfc.errors import JoseError

from wegwijzer.skills import skill_list
from wegwijzer.skills.models import ProfileSkill

from . import keys
from .badge import CONTEXT, BadgeFacts, Evidence, baked_credential, open_badge
from .models import IssuedCredential

STATUS_LIST_BITS = 131_072  # the Bitstring Status List's minimum length (16 KB), so one bit says nothing of a person
MEDIA_TYPE = "vc+jwt"


def absolute(path: str) -> str:
    return settings.WEGWIJZER_ISSUER_URL.rstrip("/") + path


def issuer_name() -> str:
    return settings.WEGWIJZER_ORGANISATION_NAME or "Wegwijzer (voorbeeld)"


def status_list_url() -> str:
    return absolute(reverse("credentials:status_list"))


def sign(payload: dict) -> str:
    key = keys.signing_key()
    header = {"alg": keys.ALGORITHM, "kid": key.kid, "typ": MEDIA_TYPE}
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return jws.serialize_compact(header, data, keys.private_key(key), algorithms=[keys.ALGORITHM])


def facts_for(skill: ProfileSkill, credential_id: uuid.UUID, status_index: int) -> BadgeFacts:
    confirmation = skill.confirmation
    listed = skill_list.by_key().get(skill.skill_key)
    return BadgeFacts(
        credential_id=f"urn:uuid:{credential_id}",
        subject_id=f"urn:uuid:{uuid.uuid4()}",  # no name or e-mail: the person shows the badge to whom they choose
        issuer_id=absolute(reverse("credentials:issuer")),
        issuer_name=issuer_name(),
        issuer_url=absolute("/"),
        achievement_id=absolute(reverse("credentials:issuer")) + f"#{skill.skill_key}",
        skill_label=skill.label,
        examples=listed.examples if listed else (),
        esco_uri=skill.esco_uri,
        esco_label=listed.esco_label_en if listed else skill.label,
        group_label=listed.group.label if listed else "",
        own_words=skill.own_words,
        evidence=Evidence(
            what_was_seen=confirmation.what_was_seen,
            seen_on=confirmation.seen_on.isoformat(),
            by_whom=confirmation.confirmer_name,
            organisation=confirmation.confirmer_organisation,
            how=confirmation.get_how_display(),
        ),
        valid_from=timezone.now().replace(microsecond=0),
        status_list_url=status_list_url(),
        status_index=status_index,
    )


@transaction.atomic
def issue(skill: ProfileSkill) -> IssuedCredential:
    """The credential for a confirmed skill (the person asked for it); asking again gives the same one."""
    if not hasattr(skill, "confirmation"):
        raise ValueError("Alleen een bevestigde vaardigheid krijgt een bewijs.")
    existing = skill.credentials.filter(revoked_at__isnull=True).first()
    if existing:
        return existing
    taken = IssuedCredential.objects.select_for_update().aggregate(last=Max("status_index"))["last"]
    index = 0 if taken is None else taken + 1
    credential = IssuedCredential(person=skill.person, skill=skill, achievement_name=skill.label, status_index=index)
    credential.vc_jwt = sign(open_badge(facts_for(skill, credential.id, index)))
    credential.save()
    return credential


def revoke(credential: IssuedCredential) -> None:
    if credential.revoked_at is None:
        credential.revoked_at = timezone.now()
        credential.save(update_fields=["revoked_at"])


def encoded_list(revoked: list[int]) -> str:
    """The Bitstring Status List's encodedList: GZIP of the bits (first bit = index 0, most significant first),
    base64url without padding, with the multibase prefix "u"."""
    bits = bytearray(STATUS_LIST_BITS // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).decode("ascii").rstrip("=")


def status_list() -> dict:
    revoked = list(IssuedCredential.objects.filter(revoked_at__isnull=False).values_list("status_index", flat=True))
    return {
        "@context": CONTEXT[:1],
        "id": status_list_url(),
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": absolute(reverse("credentials:issuer")),
        "validFrom": timezone.now().replace(microsecond=0).isoformat(),
        "credentialSubject": {
            "id": f"{status_list_url()}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(revoked),
        },
    }


def is_revoked(encoded: str, index: int) -> bool:
    padded = encoded[1:] + "=" * (-len(encoded[1:]) % 4)
    bits = gzip.decompress(base64.urlsafe_b64decode(padded))
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


# --- verification ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    state: str  # "geldig", "ingetrokken", "veranderd", "onbekend" (not ours, or not a credential at all)
    credential: dict | None = None

    @property
    def issuer(self) -> str:
        return (self.credential or {}).get("issuer", {}).get("name", "")

    @property
    def achievement(self) -> str:
        return (self.credential or {}).get("credentialSubject", {}).get("achievement", {}).get("name", "")

    @property
    def evidence(self) -> str:
        return " ".join(item.get("narrative", "") for item in (self.credential or {}).get("evidence", []))

    @property
    def valid_from(self) -> str:
        return (self.credential or {}).get("validFrom", "")[:10]


def compact_jwt(text: str) -> str | None:
    """The compact VC-JWT in what someone pasted or uploaded: the JWT itself, an EnvelopedVerifiableCredential
    (VC 2.0's JSON for a JWT-secured credential) or an SVG badge with the credential baked in."""
    text = text.strip()
    if text.startswith("<"):
        return baked_credential(text)
    if text.startswith("{"):
        try:
            envelope = json.loads(text)
        except ValueError:
            return None
        value = envelope.get("id", "") if isinstance(envelope, dict) else ""
        prefix = f"data:application/{MEDIA_TYPE},"
        return value[len(prefix) :] if isinstance(value, str) and value.startswith(prefix) else None
    return text if text.count(".") == 2 and " " not in text else None


def verify(text: str) -> Verdict:
    token = compact_jwt(text)
    if token is None:
        return Verdict("onbekend")
    try:
        header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "==="))
    except ValueError:
        return Verdict("veranderd")
    if not isinstance(header, dict) or header.get("kid") not in {key["kid"] for key in keys.jwks()["keys"]}:
        return Verdict("onbekend")  # not signed by one of our keys (or its header was changed)
    try:
        verified = jws.deserialize_compact(token, keys.key_set(), algorithms=[keys.ALGORITHM])
        credential = json.loads(verified.payload)
    except (JoseError, ValueError):
        return Verdict("veranderd")
    index = int(credential.get("credentialStatus", {}).get("statusListIndex", -1))
    revoked = 0 <= index < STATUS_LIST_BITS and is_revoked(status_list()["credentialSubject"]["encodedList"], index)
    return Verdict("ingetrokken" if revoked else "geldig", credential)


def envelope(credential: IssuedCredential) -> dict:
    """The credential as JSON: VC 2.0's EnvelopedVerifiableCredential around the signed VC-JWT."""
    return {"@context": CONTEXT[:1], "id": f"data:application/{MEDIA_TYPE},{credential.vc_jwt}",
            "type": "EnvelopedVerifiableCredential"}  # fmt: skip


def payload(credential: IssuedCredential) -> dict:
    return json.loads(base64.urlsafe_b64decode(credential.vc_jwt.split(".")[1] + "==="))


def share(credential: IssuedCredential) -> str:
    if not credential.share_code:
        credential.share_code = secrets.token_urlsafe(16)
        credential.save(update_fields=["share_code"])
    return credential.share_code


def stop_sharing(credential: IssuedCredential) -> None:
    credential.share_code = None
    credential.save(update_fields=["share_code"])
