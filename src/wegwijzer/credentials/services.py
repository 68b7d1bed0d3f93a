"""Issuing, verifying and revoking Open Badges 3.0 credentials for confirmed skills and finished learning offers.

issue(skill) -> IssuedCredential           signed as a VC-JWT (VC-JOSE-COSE: the credential is the JWT's payload)
issue_for_learning(finished) -> IssuedCredential   the same, with the offer as the achievement
ask_learning_confirmation(person, offer) / may_confirm_learning(viewer, finished) / confirm_learning(...)
verify(text) -> Verdict                    a compact VC-JWT, an EnvelopedVerifiableCredential JSON or a baked SVG
revoke(credential) -> None
status_list() -> dict                      the BitstringStatusListCredential with every revoked credential's bit
share(credential) / stop_sharing(credential)
"""

import base64
import gzip
import json
import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from joserfc import jws
from joserfc.errors import JoseError

from wegwijzer.accounts.models import DataCategory, Role, User
from wegwijzer.accounts.services import has_access, log_access
from wegwijzer.catalogue.models import Offer
from wegwijzer.skills import skill_list
from wegwijzer.skills.models import ProfileSkill

from . import keys, schema
from .badge import CONTEXT, Achievement, Alignment, BadgeFacts, Evidence, baked_credential, open_badge
from .models import FinishedLearning, IssuedCredential

logger = logging.getLogger(__name__)

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


class NotIssued(Exception):
    """The credential would not pass 1EdTech's schema, so it is not issued; the message is for the person."""


def skill_achievement(skill: ProfileSkill) -> Achievement:
    listed = skill_list.by_key().get(skill.skill_key)
    examples = "; ".join(listed.examples) if listed else ""
    return Achievement(
        id=absolute(reverse("credentials:issuer")) + f"#{skill.skill_key}",
        achievement_type="Competency",
        name=skill.label,
        description=f"{skill.label}. In eigen woorden: {skill.own_words}".strip(),
        criteria="Iemand die het zag, bevestigt dat deze persoon dit kan: na een gesprek of door het te zien in de "
        f"praktijk. Voorbeelden: {examples}.",
        alignments=(
            Alignment(
                name=listed.esco_label_en if listed else skill.label,
                url=skill.esco_uri,
                description=f"ESCO-groep: {listed.group.label if listed else ''}",
            ),
        ),
    )


def skill_evidence(skill: ProfileSkill) -> Evidence:
    confirmation = skill.confirmation
    return Evidence(
        what_was_seen=confirmation.what_was_seen,
        seen_on=confirmation.seen_on.isoformat(),
        by_whom=confirmation.confirmer_name,
        organisation=confirmation.confirmer_organisation,
        how=confirmation.get_how_display(),
    )


def learning_achievement(finished: FinishedLearning) -> Achievement:
    """The offer as the achievement, aligned to the ESCO skills and occupations the offer names (while it exists)."""
    concepts = finished.offer.esco_concepts.all() if finished.offer else []
    return Achievement(
        id=absolute(reverse("credentials:issuer")) + f"#aanbod-{finished.offer_id or finished.pk}",
        achievement_type="Course",
        name=finished.offer_title,
        description=f"{finished.offer_title}, van {finished.provider_name}.",
        criteria="De aanbieder of de coach van deze persoon bevestigt dat de persoon dit aanbod heeft afgerond.",
        alignments=tuple(
            Alignment(
                name=concept.label,
                url=concept.uri,
                description=f"ESCO: {concept.get_concept_type_display()}",
                target_type="ext:ESCOOccupation" if concept.concept_type == "occupation" else "ext:ESCOSkill",
            )
            for concept in concepts
        ),
    )


def learning_evidence(finished: FinishedLearning) -> Evidence:
    return Evidence(
        what_was_seen=finished.what_was_done,
        seen_on=finished.finished_on.isoformat(),
        by_whom=finished.confirmer_name,
        organisation=finished.confirmer_organisation,
        how="Afgerond",
    )


@transaction.atomic
def _issue(person: User, achievement: Achievement, evidence: Evidence, **about) -> IssuedCredential:
    """Sign a new credential for the person, after 1EdTech's schema accepts it (schema.py): an invalid one is not
    issued; the administrators read why in the log, the person gets NotIssued's message."""
    taken = IssuedCredential.objects.select_for_update().aggregate(last=Max("status_index"))["last"]
    index = 0 if taken is None else taken + 1
    credential = IssuedCredential(person=person, achievement_name=achievement.name, status_index=index, **about)
    data = open_badge(
        BadgeFacts(
            credential_id=f"urn:uuid:{credential.id}",
            subject_id=f"urn:uuid:{uuid.uuid4()}",  # no name or e-mail: the person shows it to whom they choose
            issuer_id=absolute(reverse("credentials:issuer")),
            issuer_name=issuer_name(),
            issuer_url=absolute("/"),
            achievement=achievement,
            evidence=evidence,
            valid_from=timezone.now().replace(microsecond=0),
            status_list_url=status_list_url(),
            status_index=index,
        )
    )
    problems = schema.problems(data)
    if problems:
        logger.error("Bewijs niet uitgegeven: het past niet in het Open Badges 3.0-schema (%s): %s",
                     achievement.id, "; ".join(problems))  # fmt: skip
        raise NotIssued(
            _(
                "We kunnen dit bewijs nu niet maken. Er klopt iets niet in de gegevens. "
                "De beheerder weet het en lost het op."
            )
        )
    credential.vc_jwt = sign(data)
    credential.save()
    return credential


def issue(skill: ProfileSkill) -> IssuedCredential:
    """The credential for a confirmed skill (the person asked for it); asking again gives the same one."""
    if not hasattr(skill, "confirmation"):
        raise ValueError("Alleen een bevestigde vaardigheid krijgt een bewijs.")
    existing = skill.credentials.filter(revoked_at__isnull=True).first()
    if existing:
        return existing
    return _issue(skill.person, skill_achievement(skill), skill_evidence(skill), skill=skill)


def issue_for_learning(finished: FinishedLearning) -> IssuedCredential:
    """The credential for a finished learning offer that its provider or the person's coach confirmed."""
    if finished.confirmed_at is None:
        raise ValueError("Alleen een bevestigde leerstap krijgt een bewijs.")
    existing = finished.credentials.filter(revoked_at__isnull=True).first()
    if existing:
        return existing
    return _issue(finished.person, learning_achievement(finished), learning_evidence(finished), learning=finished)


def ask_learning_confirmation(person: User, offer: Offer) -> FinishedLearning:
    """The person says they finished the offer and gets a link for its provider or their coach (once per offer)."""
    finished, _created = FinishedLearning.objects.get_or_create(
        person=person, offer=offer, defaults={"offer_title": offer.title, "provider_name": offer.provider.name}
    )
    if finished.confirmed_at is None and not finished.confirm_code:
        finished.confirm_code = secrets.token_urlsafe(16)
        finished.save(update_fields=["confirm_code"])
    return finished


def may_confirm_learning(viewer: User, finished: FinishedLearning) -> bool:
    """An account of the offer's own provider, or a coach the person gave access; never the person themselves."""
    if viewer.pk == finished.person_id or not viewer.is_active or finished.offer is None:
        return False
    if viewer.role == Role.AANBIEDER:
        organisation = finished.offer.provider.organisation_id
        return organisation is not None and organisation == viewer.organisation_id
    return viewer.role == Role.COACH and has_access(viewer, finished.person, DataCategory.OVERVIEW)


def open_learning_for_confirmation(viewer: User, finished: FinishedLearning) -> None:
    log_access(viewer, finished.person, "leren", f"Afgeronde leerstap bevestigen: {finished.offer_title}")


def confirm_learning(finished: FinishedLearning, confirmer: User, finished_on: date, what_was_done: str) -> None:
    finished.confirmed_by = confirmer
    finished.confirmer_name = confirmer.display_name
    finished.confirmer_organisation = confirmer.organisation.name if confirmer.organisation else ""
    finished.finished_on = finished_on
    finished.what_was_done = what_was_done
    finished.confirmed_at = timezone.now()
    finished.confirm_code = None
    finished.save()


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
