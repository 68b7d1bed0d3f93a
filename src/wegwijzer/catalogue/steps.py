"""The advice's ``leren`` steps (advice/engine/rules/steps/leren.yaml) as catalogue filters.

The scan's result page links each learning step to ``/aanbod/?stap=<code>``; this table says which offers fit that
step and how to say why. A test checks that every learning step of the rule book has an entry here.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class StepFilter:
    filters: dict[str, str]
    fits: str  # completes "Past bij jou omdat ..."


STEP_FILTERS: dict[str, StepFilter] = {
    "instapcursus_digitaal": StepFilter(
        {"onderwerp": "digitaal", "prijs": "0", "instap": "geen"},
        _("je advies een gratis instapcursus computer en telefoon noemt. Je hebt geen voorkennis nodig."),
    ),
    "taal_oefenen": StepFilter(
        {"onderwerp": "taal"},
        _("je advies zegt: oefen je Nederlands. Hier oefen je op je eigen niveau."),
    ),
    "vrijwilligerscursus_met_certificaat": StepFilter(
        {"soort": "vrijwilligerscursus"},
        _("je advies een cursus via je vrijwilligerswerk noemt. Je krijgt een bewijs van wat je kunt."),
    ),
    "korte_lessen_zonder_examen": StepFilter(
        {"duur": "40", "examen": "nee"},
        _("je advies zegt: kies korte lessen zonder examen. Zo begin je rustig."),
    ),
    "leren_op_de_werkvloer": StepFilter(
        {"soort": "werkplekleren"},
        _("je advies zegt: leer op je werk, door te doen."),
    ),
    "omscholen_met_baan": StepFilter(
        {"duur": "200"},
        _("je advies zegt: leer nu al voor ander werk, in kleine stukjes naast je werk."),
    ),
    # A short, full period such as a few days or a week (energietransitie-fase2 L448), not one or two days.
    "korte_modules_zzp": StepFilter(
        {"duur": "40"},
        _("je advies zegt: leer in een korte, volle periode, zoals een week, iets wat je meteen gebruikt."),
    ),
    "leren_onder_schooltijd_of_avond": StepFilter(
        {"wanneer": "avond", "duur": "40"},
        _("je advies zegt: kies lessen op een tijd naast de zorg voor je kinderen, zoals op de avond."),
    ),
    "leren_dichtbij_of_online": StepFilter(
        {"vorm": "online", "duur": "40"},
        _("je advies zegt: leer dicht bij huis of online. Dan hoef je niet ver te reizen."),
    ),
    "cursus_door_te_doen": StepFilter(
        {"vorm": "praktijk", "duur": "40"},
        _("je advies zegt: kies een cursus waarin je leert door te doen."),
    ),
    "cursus_online_eigen_tempo": StepFilter(
        {"vorm": "online", "wanneer": "eigen_tempo", "duur": "40"},
        _("je advies zegt: kies een korte online cursus die je in je eigen tempo doet."),
    ),
    "cursus_met_bewijs": StepFilter(
        {"bewijs": "certificaat", "duur": "40"},
        _("je advies zegt: kies een korte cursus met een bewijs dat werkgevers kennen."),
    ),
    "cursus_in_een_groep": StepFilter(
        {"vorm": "klassikaal", "duur": "40"},
        _("je advies zegt: kies een korte cursus samen met anderen."),
    ),
    "korte_praktische_cursus": StepFilter(
        {"duur": "40"},
        _("je advies zegt: kies een korte, praktische cursus op een tijd die bij je past."),
    ),
}
