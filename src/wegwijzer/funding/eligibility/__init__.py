"""The eligibility engine: Profiel (+ optionally an offer and a place) → the schemes that fit, might fit and do
not fit, each with a reason in B1 Dutch. Pure: no Django, the schemes come in as data (schemes.py)."""

from .conditions import dutch_date
from .engine import Assessment, Item, assess, pays_for_offer
from .schemes import KIND_PAYER, KINDS, HowToApply, OfferFacts, Payment, PaysFor, Place, Scheme, Who

__all__ = [
    "KINDS",
    "KIND_PAYER",
    "Assessment",
    "HowToApply",
    "Item",
    "OfferFacts",
    "Payment",
    "PaysFor",
    "Place",
    "Scheme",
    "Who",
    "assess",
    "dutch_date",
    "pays_for_offer",
]
