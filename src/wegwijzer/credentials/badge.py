"""An Open Badges 3.0 OpenBadgeCredential for a confirmed skill or a finished learning offer, as plain data
(1EdTech's JSON Schema checks it when it is issued: schema.py), and the SVG badge with the credential baked in
(OB 3.0 §5.3, "Baking": the VC-JWT in the `verify` attribute of <openbadges:credential>). No Django here."""

import html
import re
from dataclasses import dataclass
from datetime import datetime

CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
ESCO_FRAMEWORK = "ESCO (European Skills, Competences, Qualifications and Occupations), Europese Commissie"
BAKED = re.compile(r"<openbadges:credential\s+verify=\"([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)\"")


@dataclass(frozen=True)
class Evidence:
    what_was_seen: str
    seen_on: str  # ISO date
    by_whom: str
    organisation: str
    how: str


@dataclass(frozen=True)
class Alignment:
    """What the achievement lines up with elsewhere: an ESCO skill or occupation."""

    name: str
    url: str
    description: str
    target_type: str = "ext:ESCOSkill"


@dataclass(frozen=True)
class Achievement:
    """What the credential says the person achieved: a confirmed skill ("Competency") or a finished learning offer
    ("Course")."""

    id: str
    achievement_type: str
    name: str
    description: str
    criteria: str
    alignments: tuple[Alignment, ...]


@dataclass(frozen=True)
class BadgeFacts:
    credential_id: str
    subject_id: str
    issuer_id: str
    issuer_name: str
    issuer_url: str
    achievement: Achievement
    evidence: Evidence
    valid_from: datetime
    status_list_url: str
    status_index: int


def evidence_narrative(evidence: Evidence) -> str:
    by = f"{evidence.by_whom} ({evidence.organisation})" if evidence.organisation else evidence.by_whom
    return f"{evidence.how} op {evidence.seen_on}, door {by}: {evidence.what_was_seen}"


def alignment(aligned: Alignment) -> dict:
    return {
        "type": ["Alignment"],
        "targetName": aligned.name,
        "targetUrl": aligned.url,
        "targetFramework": ESCO_FRAMEWORK,
        "targetDescription": aligned.description,
        "targetType": aligned.target_type,
    }


def open_badge(facts: BadgeFacts) -> dict:
    """The credential as JSON-LD data, before it is signed."""
    achievement = facts.achievement
    return {
        "@context": CONTEXT,
        "id": facts.credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": achievement.name,
        "issuer": {"id": facts.issuer_id, "type": ["Profile"], "name": facts.issuer_name, "url": facts.issuer_url},
        "validFrom": facts.valid_from.isoformat(timespec="seconds"),
        "credentialSubject": {
            "id": facts.subject_id,
            "type": ["AchievementSubject"],
            "achievement": {
                "id": achievement.id,
                "type": ["Achievement"],
                "achievementType": achievement.achievement_type,
                "name": achievement.name,
                "description": achievement.description,
                "criteria": {"narrative": achievement.criteria},
                "alignment": [alignment(aligned) for aligned in achievement.alignments],
                "inLanguage": "nl",
            },
        },
        "evidence": [
            {
                "type": ["Evidence"],
                "name": "Bevestiging",
                "narrative": evidence_narrative(facts.evidence),
            }
        ],
        "credentialStatus": {
            "id": f"{facts.status_list_url}#{facts.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(facts.status_index),
            "statusListCredential": facts.status_list_url,
        },
    }


def svg_badge(vc_jwt: str, achievement_name: str, issuer_name: str) -> str:
    """A simple round badge with the achievement's name, the signed credential baked in."""
    label, issuer = html.escape(achievement_name), html.escape(issuer_name)
    return f"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"
 width="300" height="300" viewBox="0 0 300 300" role="img" aria-label="{label}">
<openbadges:credential verify="{vc_jwt}"></openbadges:credential>
<title>{label}</title>
<circle cx="150" cy="150" r="140" fill="#154273"/>
<circle cx="150" cy="150" r="124" fill="none" stroke="#ffffff" stroke-width="4"/>
<foreignObject x="50" y="90" width="200" height="120">
<div xmlns="http://www.w3.org/1999/xhtml" style="color:#fff;font:bold 20px sans-serif;text-align:center">{label}</div>
</foreignObject>
<text x="150" y="235" fill="#ffffff" font-family="sans-serif" font-size="13" text-anchor="middle">{issuer}</text>
</svg>
"""


def baked_credential(svg: str) -> str | None:
    """The VC-JWT baked into an SVG badge, or None."""
    match = BAKED.search(svg)
    return match.group(1) if match else None
