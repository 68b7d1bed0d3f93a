"""The filters of the catalogue: one definition per filter, used by the search form, the facets, the API and the
advice steps. Each option is a Django Q, so counting and filtering are the same code.

GET parameters are Dutch words (``?wanneer=avond&duur=40``) because people see them in the address bar.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wegwijzer.core.registry import registry

from .models import PaidBy, Payer
from .services import offers_leading_to
from .vocab import Certificate, Delivery, EntryLevel, Kind, Language, Nlqf, Region, Schedule, Theme

PAYER_FACET = "betaler"
ANY = "alle"  # "?duur=alle": no filter on this, also where the advice step would set one
MAX_QUERY_LENGTH = 200
MAX_PAGE = 500


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    q: Q


@dataclass(frozen=True)
class Facet:
    key: str
    label: str
    listed: tuple[Option, ...] = ()
    read_options: Callable[[], tuple[Option, ...]] | None = None  # options that are data, read from the database
    hint: str = ""  # one sentence under the label: a word that must stay, explained where people first meet it

    @property
    def options(self) -> tuple[Option, ...]:
        return self.read_options() if self.read_options else self.listed

    def option(self, value: str) -> Option | None:
        return next((option for option in self.options if option.value == value), None)


def payer_options(payers: Iterable[tuple[str, str]] | None = None) -> tuple[Option, ...]:
    """One option per payer, (code, name) as given or read from models.Payer: a payer that a beheerder adds is a
    filter value at once."""
    if payers is None:
        payers = Payer.objects.values_list("code", "name")
    return tuple(Option(code, name, Q(PaidBy(code))) for code, name in payers)


def _choices(key: str, label, choices, field_name: str, hint="") -> Facet:
    options = tuple(Option(value, text, Q(**{field_name: value})) for value, text in choices.choices)
    return Facet(key, label, options, hint=hint)


def _levels() -> Facet:
    """NLQF is the official name of the levels; people know "niveau 2" from mbo, so the options say that."""
    options = tuple(
        Option(value, format_lazy(_("Niveau {level}"), level=value), Q(nlqf=value)) for value in Nlqf.values
    )
    hint = _("Van 1 (begin) tot 8 (hoogste). Op papier heet dit soms NLQF.")
    return Facet("niveau", _("Niveau"), options, hint=hint)


def _yes_no(key: str, label, field_name: str, yes, no) -> Facet:
    return Facet(key, label, (Option("ja", yes, Q(**{field_name: True})), Option("nee", no, Q(**{field_name: False}))))


FACETS: tuple[Facet, ...] = (
    _choices("wanneer", _("Wanneer"), Schedule, "schedule"),
    _choices("vorm", _("Vorm"), Delivery, "delivery"),
    Facet(
        "duur",
        _("Hoe lang"),
        (
            Option("8", _("Hoogstens 1 dag (8 uur)"), Q(hours__lte=8)),
            Option("16", _("Hoogstens 2 dagen (16 uur)"), Q(hours__lte=16)),
            Option("40", _("Hoogstens 40 uur"), Q(hours__lte=40)),
            Option("200", _("Hoogstens 200 uur"), Q(hours__lte=200)),
        ),
    ),
    Facet(
        "prijs",
        _("Prijs"),
        (
            Option("0", _("Gratis"), Q(price_cents=0)),
            Option("100", _("Hoogstens 100 euro"), Q(price_cents__lte=10_000)),
            Option("500", _("Hoogstens 500 euro"), Q(price_cents__lte=50_000)),
        ),
    ),
    Facet(
        PAYER_FACET,
        _("Wie kan betalen"),
        read_options=payer_options,
        hint=_("Een O&O-fonds is geld voor scholing in een sector, zoals de bouw of de zorg. Het staat in de cao."),
    ),
    _yes_no("examen", _("Examen"), "exam", _("Met examen"), _("Zonder examen")),
    _choices("onderwerp", _("Onderwerp"), Theme, "theme"),
    _choices(
        "soort",
        _("Soort"),
        Kind,
        "kind",
        hint=_("Een korte module (microlearning) is een klein stukje leren dat je in korte tijd doet, vaak online."),
    ),
    _choices("provincie", _("Provincie"), Region, "region"),
    _choices("instap", _("Wat je nodig hebt om te beginnen"), EntryLevel, "entry_level"),
    _yes_no("taalhulp", _("Hulp bij de taal"), "language_support", _("Met hulp bij de taal"), _("Zonder hulp")),
    _choices("taal", _("Taal van de lessen"), Language, "language"),
    _choices("bewijs", _("Wat je krijgt"), Certificate, "certificate"),
    _levels(),
)
FACETS_BY_KEY = {facet.key: facet for facet in FACETS}
PERSONAL_FACET = "voor_mij"


def personal_facet(full_payers: frozenset[str]) -> Facet:
    """ "Gratis voor jou": free, or paid in full by a payer this person is eligible for (funding app)."""
    free = Q(price_cents=0)
    for payer in sorted(full_payers):
        free |= Q(PaidBy(payer))
    return Facet(PERSONAL_FACET, _("Kosten voor jou"), (Option("gratis", _("Gratis voor jou"), free),))


OCCUPATION_FACET = "beroep"
MAX_URI_LENGTH = 300


def occupation_facet(occupation_uri: str) -> Facet | None:
    """ "Leidt naar dit werk": the offers that name the occupation or a skill that leads there (registry.leads_to,
    from the labour app), as one option. Its condition is the offers' ids, read once, so the snapshot counts it like
    any other filter. None for an occupation no app knows."""
    leads_to = registry.leads_to(occupation_uri) if occupation_uri else None
    if leads_to is None:
        return None
    label = format_lazy(_("Leidt naar werk als {occupation}"), occupation=leads_to.label)
    option = Option(occupation_uri, label, Q(pk__in=sorted(offers_leading_to(leads_to.concepts))))
    return Facet(OCCUPATION_FACET, _("Leidt naar dit werk"), (option,))


@dataclass
class SearchParams:
    """What a person asked for: words, chosen filters (key → value), the advice step it came from, the page, and
    the filters they took away (ANY) that the advice step would set."""

    q: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    step: str = ""
    page: int = 1
    cleared: frozenset[str] = frozenset()

    def without(self, key: str) -> dict[str, str]:
        return {k: v for k, v in self.filters.items() if k != key}


def parse_params(data, known_steps) -> tuple[SearchParams, list[str]]:
    """Read GET parameters; a wrong value is left out and explained in Dutch, the rest still works."""
    errors = []
    # NUL cannot reach PostgreSQL's full-text functions, and no word contains it.
    params = SearchParams(q=(data.get("q") or "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH])
    cleared = set()
    for key in [*FACETS_BY_KEY, PERSONAL_FACET]:
        value = (data.get(key) or "").strip()
        if not value:
            continue
        if value == ANY:
            cleared.add(key)
            continue
        if (key == PERSONAL_FACET and value == "gratis") or (key in FACETS_BY_KEY and FACETS_BY_KEY[key].option(value)):
            params.filters[key] = value
        else:
            errors.append(_("Het filter '%(key)s' kent de waarde '%(value)s' niet. We zoeken zonder dit filter.") % {
                "key": key, "value": value[:40]})  # fmt: skip
    occupation = (data.get(OCCUPATION_FACET) or "").strip()[:MAX_URI_LENGTH]
    if occupation and registry.leads_to(occupation) is not None:
        params.filters[OCCUPATION_FACET] = occupation
    elif occupation:
        errors.append(_("Dit beroep kennen we niet. We zoeken zonder het filter 'Leidt naar dit werk'."))
    params.cleared = frozenset(cleared)
    step = (data.get("stap") or "").strip()
    if step and step in known_steps:
        params.step = step
    elif step:
        errors.append(_("Deze stap uit het advies kennen we niet: '%(step)s'.") % {"step": step[:60]})
    page = str(data.get("pagina") or "1").strip()
    if page.isdigit() and 1 <= int(page) <= MAX_PAGE:
        params.page = int(page)
    else:
        errors.append(_("Die pagina bestaat niet. Je ziet de eerste pagina."))
    return params, errors
