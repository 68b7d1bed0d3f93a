"""POST /api/v1/funding/eligibility: which funding schemes fit a Profiel, and optionally one offer of the catalogue.

It lives in the catalogue because it joins the funding engine to an offer (the funding app does not know offers).
Nothing is stored: the profile is only read.
"""

from datetime import date
from typing import Literal

from ninja import Router, Schema, Status
from pydantic import ConfigDict, Field

from wegwijzer.advice.engine import Profile, contradictions
from wegwijzer.funding.eligibility import Item
from wegwijzer.funding.services import assess_person

from .api import Error
from .models import Offer
from .person import offer_facts

router = Router()


class EligibilityIn(Schema):
    model_config = ConfigDict(extra="forbid")

    profile: Profile = Field(description="Het Profiel (contract v1), zoals bij POST /api/v1/advice.")
    offer_id: int | None = Field(None, strict=True, description="Optioneel: het aanbod waar het om gaat.")


class PaymentOut(Schema):
    amount_cents: int | None = Field(description="Een vast bedrag in centen, of null.")
    percentage: int | None = Field(description="Een percentage van de prijs, of null.")
    max_cents: int | None = Field(description="Hoogstens dit bedrag in centen, of null.")
    text: str = Field(description="Hetzelfde in woorden.")


class ApplyOut(Schema):
    steps: list[str]
    link: str
    documents: list[str]


class SchemeOut(Schema):
    code: str
    name: str
    funder: str
    kind: Literal["landelijk", "sector", "cao", "gemeente", "regio", "werkgever"]
    description: str
    is_example: bool = Field(description="Verzonnen voorbeeld: nooit als echte regeling tonen.")
    payment: PaymentOut
    valid_from: date | None
    valid_until: date | None
    apply: ApplyOut
    source: str
    checked_on: date | None


class ItemOut(Schema):
    scheme: SchemeOut
    reason: str = Field(description="Waarom, in eenvoudig Nederlands (B1).")
    pays_cents: int | None = Field(None, description="Met een aanbod: hoeveel van de prijs deze regeling betaalt.")


class EligibilityOut(Schema):
    fits: list[ItemOut]
    might_fit: list[ItemOut]
    does_not_fit: list[ItemOut]


def _item(item: Item) -> dict:
    scheme = item.scheme
    payment = scheme.payment
    return {
        "scheme": {
            **{name: getattr(scheme, name) for name in ("code", "name", "funder", "kind", "description", "is_example")},
            "payment": {
                "amount_cents": payment.amount_cents,
                "percentage": payment.percentage,
                "max_cents": payment.max_cents,
                "text": payment.text,
            },
            "valid_from": scheme.valid_from,
            "valid_until": scheme.valid_until,
            "apply": {"steps": scheme.apply.steps, "link": scheme.apply.link, "documents": scheme.apply.documents},
            "source": scheme.source,
            "checked_on": scheme.checked_on,
        },
        "reason": item.reason,
        "pays_cents": item.pays_cents,
    }


@router.post(
    "/eligibility",
    response={200: EligibilityOut, 422: Error},
    summary="Welke regelingen passen bij een profiel",
    description=(
        'Stuur {"profile": <Profiel>, "offer_id": <optioneel>}. Je krijgt drie lijsten: fits (past), might_fit '
        '(past misschien: de reden zegt "Als je ..., dan ...") en does_not_fit (past niet), elk met de regeling en '
        "de reden in eenvoudig Nederlands. Een gestopte regeling past nooit. Met offer_id telt ook mee of de "
        "regeling dit soort aanbod betaalt, en hoeveel. Bij ongeldige invoer: 422 met het veld dat niet klopt."
    ),
    auth=None,
)
def eligibility(request, payload: EligibilityIn):
    for problem in contradictions(payload.profile):
        return Status(422, {"detail": f"Ongeldig profiel: {problem.message}", "field": f"profile.{problem.field}"})
    offer = None
    if payload.offer_id is not None:
        offer = Offer.objects.filter(pk=payload.offer_id, is_active=True).first()
        if offer is None:
            return Status(422, {"detail": f"Aanbod {payload.offer_id} bestaat niet.", "field": "offer_id"})
    found = assess_person(payload.profile, offer_facts(offer) if offer else None)
    return Status(
        200,
        {
            "fits": [_item(item) for item in found.fits],
            "might_fit": [_item(item) for item in found.might_fit],
            "does_not_fit": [_item(item) for item in found.does_not_fit],
        },
    )
