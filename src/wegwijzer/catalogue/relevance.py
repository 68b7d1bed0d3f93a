"""Relevance to one person: a pure function of (offers, Profiel, Advies), explainable feature by feature.

``preferences(profile, advies, full_payers)`` turns the person's situation into weights on offer features, each
with the reason from the research (e.g. low self-efficacy → short and no exam first, panteia-2019 §8.3 L1692-1695).
An offer's score is the sum of the weights of the features it has. The same features exist as Django Q objects,
so the database sorts by exactly the score that ``score()`` computes in Python (a test holds them together), and
``reasons()`` turns the features of one offer into "Past bij jou omdat ...".
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from wegwijzer.funding.eligibility.conditions import MONEY_PROBLEMS

from .models import PaidBy
from .vocab import Certificate, Delivery, EntryLevel, Kind, Schedule, Theme

SHORT_HOURS = 40
VERY_SHORT_HOURS = 8
# The weight that puts free offers first for people with money worries: more than all other weights together (a test
# checks this against the rules below and the preferences).
FREE_FIRST = 100
RECOGNISED = (Certificate.DIPLOMA, Certificate.CERTIFICAAT, Certificate.DEELCERTIFICAAT)


@dataclass(frozen=True)
class Feature:
    code: str
    q: Q
    test: Callable[[object], bool]
    reason: str  # completes "Past bij jou omdat ..."


def _features(full_payers: frozenset[str]) -> dict[str, Feature]:
    free_q = Q(price_cents=0)
    for payer in sorted(full_payers):
        free_q |= Q(PaidBy(payer))
    listed = [
        Feature("kort", Q(hours__lte=SHORT_HOURS), lambda o: o.hours <= SHORT_HOURS, _("het kort duurt")),
        Feature(
            "zeer_kort", Q(hours__lte=VERY_SHORT_HOURS), lambda o: o.hours <= VERY_SHORT_HOURS, _("het één dag duurt")
        ),
        Feature("zonder_examen", Q(exam=False), lambda o: not o.exam, _("er geen examen is")),
        Feature("avond", Q(schedule=Schedule.AVOND), lambda o: o.schedule == Schedule.AVOND, _("het 's avonds is")),
        Feature("online", Q(delivery=Delivery.ONLINE), lambda o: o.delivery == Delivery.ONLINE, _("het online is")),
        Feature(
            "eigen_tempo",
            Q(schedule=Schedule.EIGEN_TEMPO),
            lambda o: o.schedule == Schedule.EIGEN_TEMPO,
            _("je leert wanneer het jou uitkomt"),
        ),
        Feature("overdag", Q(schedule=Schedule.OVERDAG), lambda o: o.schedule == Schedule.OVERDAG, _("het overdag is")),
        Feature(
            "praktijk",
            Q(delivery=Delivery.PRAKTIJK) | Q(kind=Kind.WERKPLEKLEREN),
            lambda o: o.delivery == Delivery.PRAKTIJK or o.kind == Kind.WERKPLEKLEREN,
            _("je leert in de praktijk, door te doen"),
        ),
        Feature(
            "op_locatie",
            ~Q(delivery=Delivery.ONLINE),
            lambda o: o.delivery != Delivery.ONLINE,
            _("je samen met anderen leert, met een docent erbij"),
        ),
        Feature(
            "geen_vooropleiding",
            Q(entry_level=EntryLevel.GEEN),
            lambda o: o.entry_level == EntryLevel.GEEN,
            _("je geen diploma nodig hebt om te beginnen"),
        ),
        Feature("taalhulp", Q(language_support=True), lambda o: o.language_support, _("je hulp krijgt bij de taal")),
        Feature(
            "erkend_bewijs",
            Q(certificate__in=RECOGNISED),
            lambda o: o.certificate in RECOGNISED,
            _("je een bewijs krijgt dat werkgevers kennen"),
        ),
        Feature(
            "digitaal",
            Q(theme=Theme.DIGITAAL),
            lambda o: o.theme == Theme.DIGITAAL,
            _("je leert werken met computer en telefoon"),
        ),
        Feature("gratis", Q(price_cents=0), lambda o: o.price_cents == 0, _("het gratis is")),
        Feature(
            "gratis_voor_jou",
            free_q,
            lambda o: o.price_cents == 0 or not full_payers.isdisjoint(o.payer_codes),
            _("het voor jou gratis kan zijn"),
        ),
    ]
    return {feature.code: feature for feature in listed}


@dataclass(frozen=True)
class Preferences:
    """Weights on features for one person; empty for someone the catalogue knows nothing about."""

    weights: dict[str, int] = field(default_factory=dict)
    full_payers: frozenset[str] = frozenset()

    @property
    def features(self) -> dict[str, Feature]:
        return {code: feature for code, feature in _features(self.full_payers).items() if self.weights.get(code)}

    def score(self, offer) -> int:
        return sum(self.weights[code] for code, feature in self.features.items() if feature.test(offer))

    def score_expression(self):
        """The same score as SQL: one CASE per weighted feature, added up."""
        total = Value(0, output_field=IntegerField())
        for code, feature in self.features.items():
            total = total + Case(When(feature.q, then=Value(self.weights[code])), default=Value(0))
        return total

    def reasons(self, offer, limit: int = 3) -> list[str]:
        """Why this offer fits, strongest first: the reasons of the weighted features it has."""
        held = [(self.weights[code], feature.reason) for code, feature in self.features.items() if feature.test(offer)]
        return [str(reason) for _weight, reason in sorted(held, key=lambda item: -item[0])[:limit]]


# (does this hold for the person?, {feature: weight}). Sources: the research digests, see docs/catalogue.md.
_RULES: tuple[tuple[Callable, dict[str, int]], ...] = (
    # Low self-efficacy or a negative image of learning: small steps without exams (panteia-2019 §8.3 L1692-1695).
    (lambda p, a: _barrier(a, "weinig_zelfvertrouwen", "negatief_beeld_leren") or _scale(p, "self_efficacy", 2),
     {"kort": 3, "zonder_examen": 3, "geen_vooropleiding": 1}),
    # Single parents and carers: evening, online, own pace (panteia-2019 §6.3 L1266-1296).
    (lambda p, a: _group(a, "alleenstaande_ouder") or _barrier(a, "zorgtaken", "kinderopvang") or p.single_parent,
     {"avond": 3, "online": 3, "eigen_tempo": 2}),
    # Money as a barrier: what their situation makes free first (panteia-2019 §8.1 L1555).
    (lambda p, a: _barrier(a, "geen_geld", "armoedeval") or _scale(p, "money", 2), {"gratis_voor_jou": 4}),
    # Money worries or debts: the list starts with free offers, whatever else fits (issue 12; panteia-2019 §6.4
    # L1330: for them money is a condition before anything else). The weight outweighs all other weights together.
    (lambda p, a: any(problem in p.problems for problem in MONEY_PROBLEMS), {"gratis": FREE_FIRST}),
    # No time or high work pressure: short, at one's own pace (panteia-2019 L141-185).
    (lambda p, a: _barrier(a, "geen_tijd", "werkdruk") or _scale(p, "time", 2), {"kort": 2, "eigen_tempo": 1}),
    # Language: support in the lessons (beausaert-kyndt-2025 L363-420).
    (lambda p, a: _barrier(a, "taal") or p.dutch_language in ("matig", "beperkt"), {"taalhulp": 3}),
    # Few digital skills: start with them, with a teacher in the room (panteia-2019 §6.3 L1326).
    (lambda p, a: _barrier(a, "digitale_vaardigheden"), {"digitaal": 2, "op_locatie": 1}),
    # A diploma as a threshold: low entry requirements (beausaert-kyndt-2025 L388).
    (lambda p, a: _barrier(a, "diploma_drempel"), {"geen_vooropleiding": 2}),
    # Self-employed: one or two days at most, every hour costs income (energietransitie-fase2 L167).
    (lambda p, a: _group(a, "zzp"), {"zeer_kort": 2, "kort": 1}),
)  # fmt: skip

# The person's own learning preferences from the scan.
_PREFERENCE_FEATURES = {
    "kort": "kort",
    "online": "online",
    "avond": "avond",
    "praktijk": "praktijk",
    "zonder_examen": "zonder_examen",
    "certificaat": "erkend_bewijs",
    "eigen_tempo": "eigen_tempo",
    "onder_werktijd": "overdag",
    "samen": "op_locatie",
    "dichtbij": "op_locatie",
}
PREFERENCE_WEIGHT = 2


def _barrier(advies: dict, *codes: str) -> bool:
    return any(barrier["code"] in codes for barrier in advies.get("barriers", []))


def _group(advies: dict, group: str) -> bool:
    return group in advies.get("target_groups", [])


def _scale(profile, name: str, at_most: int) -> bool:
    value = getattr(profile.scales, name)
    return value is not None and value <= at_most


def preferences(profile, advies: dict | None, full_payers: Iterable[str] = ()) -> Preferences:
    """The weights for this person. ``full_payers``: payers that would pay in full (funding.eligible_payers)."""
    if profile is None:
        return Preferences()
    advies = advies or {}
    weights: dict[str, int] = {}
    for holds, added in _RULES:
        if holds(profile, advies):
            for code, weight in added.items():
                weights[code] = weights.get(code, 0) + weight
    for preference in profile.learning_preferences:
        code = _PREFERENCE_FEATURES[preference]
        weights[code] = weights.get(code, 0) + PREFERENCE_WEIGHT
    return Preferences(weights, frozenset(full_payers))


def rank_offers(offers: Sequence, prefs: Preferences) -> list:
    """Offers best first for this person; ties keep the order they came in (e.g. text relevance)."""
    return sorted(offers, key=lambda offer: -prefs.score(offer))
