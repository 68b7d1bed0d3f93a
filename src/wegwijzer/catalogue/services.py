"""Writing offers (one path for imports, the API and the demo) and reviews; the offers that name ESCO concepts."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from wegwijzer.funding.eligibility import Scheme
from wegwijzer.skills.models import EscoConcept

from . import vocab
from .models import Offer, PaidBy, Payer, Provider, Review
from .schemas import OfferIn


@dataclass
class ImportReport:
    """What an import did: counts, and every skipped row or object with where it was and why, in Dutch."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, outcome: str, count: int = 1) -> None:
        setattr(self, outcome, getattr(self, outcome) + count)

    def skip(self, message: str, rows: int = 1) -> None:
        """Rows that were not written (none for a problem with the whole file), and why."""
        self.errors.append(message)
        self.skipped += rows

    def summary(self) -> str:
        return (
            f"{self.created} nieuw, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd, "
            f"{self.skipped} overgeslagen."
        )


def _concepts(data: OfferIn) -> list[int]:
    ids = []
    for item in data.esco:
        concept, _ = EscoConcept.objects.get_or_create(
            uri=item.uri, defaults={"label": item.label, "concept_type": item.concept_type}
        )
        ids.append(concept.pk)
    return ids


def offers_naming(concept_uris) -> dict[str, set[int]]:
    """Per ESCO concept, the ids of the active offers that name it (one query): what the filter "Leidt naar dit
    werk" counts, and what the labour app links to."""
    found: dict[str, set[int]] = {uri: set() for uri in concept_uris}
    links = Offer.esco_concepts.through.objects.filter(escoconcept__uri__in=found, offer__is_active=True)
    for uri, offer_id in links.values_list("escoconcept__uri", "offer_id"):
        found[uri].add(offer_id)
    return found


def offers_leading_to(concept_uris) -> frozenset[int]:
    """The active offers that name any of these concepts: the offers that lead to one occupation."""
    return frozenset().union(*offers_naming(concept_uris).values())


def starting_payers() -> dict[str, int]:
    """Code → id of every payer, after making again those the catalogue starts with (vocab.Payer, made by migration
    0009) where they are gone, e.g. from a flushed database: the demo loader and the tests' offers need them."""
    for position, payer in enumerate(vocab.Payer, start=1):
        Payer.objects.get_or_create(code=payer.value, defaults={"name": str(payer.label), "order": position * 10})
    return dict(Payer.objects.values_list("code", "pk"))


@transaction.atomic
def upsert_offer(provider: Provider, data: OfferIn, source: str) -> tuple[Offer, str]:
    """Create or update the provider's offer with this external id; "created", "updated" or "unchanged".

    One transaction per offer: an offer is written whole or not at all. Writing the same data twice changes nothing.
    """
    values = data.model_fields_for_offer()
    concept_ids = _concepts(data)
    payers = Payer.objects.filter(code__in=data.payers)
    offer = Offer.objects.filter(provider=provider, external_id=data.external_id).first()
    if offer is None:
        offer = Offer.objects.create(provider=provider, external_id=data.external_id, source=source, **values)
        offer.esco_concepts.set(concept_ids)
        offer.payers.set(payers)
        return offer, "created"
    same_fields = all(getattr(offer, name) == value for name, value in values.items())
    same_concepts = set(offer.esco_concepts.values_list("pk", flat=True)) == set(concept_ids)
    same_payers = set(offer.payers.values_list("code", flat=True)) == set(data.payers)
    if same_fields and same_concepts and same_payers:
        return offer, "unchanged"
    for name, value in values.items():
        setattr(offer, name, value)
    offer.source = source
    offer.save()
    offer.esco_concepts.set(concept_ids)
    offer.payers.set(payers)
    return offer, "updated"


def submit_review(offer: Offer, user, rating: int, sentence: str, primary_group: str) -> Review:
    """A new or changed review waits for a beheerder again before anyone sees it."""
    review, _ = Review.objects.update_or_create(
        offer=offer,
        user=user,
        defaults={
            "rating": rating,
            "sentence": sentence,
            "primary_group": primary_group,
            "status": Review.Status.PENDING,
            "moderated_by": None,
            "moderated_at": None,
        },
    )
    return review


def moderate_review(review: Review, moderator, approve: bool) -> None:
    review.status = Review.Status.APPROVED if approve else Review.Status.REJECTED
    review.moderated_by = moderator
    review.moderated_at = timezone.now()
    review.save(update_fields=["status", "moderated_by", "moderated_at"])


def reviews_for(offer: Offer, primary_group: str = "") -> list[Review]:
    """Approved reviews; those of people in the same situation (primary target group) first, then newest first."""
    reviews = list(offer.reviews.filter(status=Review.Status.APPROVED).order_by("-created_at"))
    return sorted(reviews, key=lambda review: not (primary_group and review.primary_group == primary_group))


def offers_paid_by(scheme: Scheme):
    """The visible offers a scheme can pay for, whoever follows them: the offer names the scheme's payer and is of a
    kind and certificate the scheme pays for (the same test as funding's ``pays_for_offer``, in SQL)."""
    offers = Offer.objects.filter(PaidBy(scheme.payer), is_active=True).select_related("provider")
    if scheme.pays_for.offer_kinds:
        offers = offers.filter(kind__in=scheme.pays_for.offer_kinds)
    if scheme.pays_for.certificates:
        offers = offers.filter(certificate__in=scheme.pays_for.certificates)
    return offers.order_by("title", "pk")
