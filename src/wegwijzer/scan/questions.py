"""The questions of the loopbaanscan, in order, and how each answer becomes part of the Profiel (contract v1).

One question per page. What each question measures comes from the research digests (shared/research):
the situation that places a person in a target group (Panteia 2019: contract, flex by choice or not, benefit,
household), problems that come first (Panteia §8.3 L1645), and self-rated statements for weten/willen/kunnen/
durven/mogen, the Theory of Planned Behaviour (attitude, social norm, self-efficacy), richting/ruimte/ruggensteun
(energietransitie-fase2), workload and autonomy (Beausaert en Kyndt 2025), informal experience and learning wishes.

An answer is stored under the question's ``key``: a string, a list of strings, an integer, or None for
"sla over / weet ik niet". Questions that do not apply to the answers so far are not asked and do not count.
"""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from django.utils.translation import gettext_lazy as _

Answers = dict[str, object]
Kind = Literal["choice", "multi", "number"]
WORKING = ("vast", "tijdelijk", "uitzend", "oproep", "zzp")
EMPLOYED = ("vast", "tijdelijk", "uitzend", "oproep")
FLEX_OR_ZZP = ("tijdelijk", "uitzend", "oproep", "zzp")
WITH_DIPLOMA = ("vmbo", "mbo1", "mbo2", "mbo3", "mbo4", "havo", "vwo", "hbo", "wo")


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Question:
    key: str
    kind: Kind
    text: str
    field: str = ""  # the Profiel field this answer fills, "scales.<name>" for a statement
    hint: str = ""
    options: tuple[Option, ...] = ()
    skip_label: str | None = _("Sla over")  # None: the question must be answered
    none_option: str | None = None  # in a multi question: the option that excludes all others
    minimum: int = 0
    maximum: int = 0
    sensitive: bool = False  # stored only with consent, encrypted (see services.save_answer)
    why: str = ""  # shown with a sensitive question: why we ask it
    applies: Callable[[Answers], bool] = dataclasses.field(default=lambda answers: True, compare=False)
    to_profile: Callable[[object], dict] | None = dataclasses.field(default=None, compare=False)

    @property
    def is_statement(self) -> bool:
        return self.field.startswith("scales.")

    def profile_values(self, value: object) -> dict:
        """The Profiel fields for one answer; None (skipped) gives nothing, so the field stays unknown."""
        if value is None:
            return {}
        if self.to_profile:
            return self.to_profile(value)
        if self.kind == "multi":
            value = [item for item in value if item != self.none_option]
        elif self.is_statement or self.field == "digital_skills":
            value = int(value)
        elif self.field in _BOOLEAN_FIELDS:
            value = value == "ja"
        return {self.field: value}


_BOOLEAN_FIELDS = {"single_parent", "education_completed", "informal_care", "job_at_risk", "trained_last_year"}
YES_NO = (Option("ja", _("Ja")), Option("nee", _("Nee")))
AGREE = (
    Option("1", _("Dat klopt niet")),
    Option("2", _("Dat klopt meestal niet")),
    Option("3", _("Soms wel, soms niet")),
    Option("4", _("Dat klopt meestal")),
    Option("5", _("Dat klopt helemaal")),
)


def _is(key: str, *values: str) -> Callable[[Answers], bool]:
    return lambda answers: answers.get(key) in values


def _children(value: object) -> dict:
    if value == "geen":
        return {"children_under_12": 0, "single_parent": False}
    if value == "ouder":
        return {"children_under_12": 0}
    return {"children_under_12": int(value)}


def _statement(key: str, name: str, text: str, hint: str = "", applies=None) -> Question:
    return Question(
        key,
        "choice",
        text,
        field=f"scales.{name}",
        hint=hint,
        options=AGREE,
        skip_label=_("Weet ik niet"),
        applies=applies or (lambda answers: True),
    )


def _works(answers: Answers) -> bool:
    return answers.get("werk") in WORKING


def _has_kids(answers: Answers) -> bool:
    return answers.get("kinderen") not in (None, "geen")


def _hours_matter(answers: Answers) -> bool:
    # The 32-hour norm blocks single parents and involuntary flex workers (Panteia L1133, L1280, L1425).
    return _works(answers) and (answers.get("alleen-ouder") == "ja" or answers.get("keuze-flex") == "tegen_wil")


QUESTIONS: tuple[Question, ...] = (
    Question(
        "werk",
        "choice",
        _("Wat doe je nu vooral?"),
        field="work_status",
        options=(
            Option("vast", _("Ik heb een vaste baan")),
            Option("tijdelijk", _("Ik heb een tijdelijk contract")),
            Option("uitzend", _("Ik werk via een uitzendbureau")),
            Option("oproep", _("Ik werk als oproepkracht")),
            Option("zzp", _("Ik werk voor mezelf (zzp)")),
            Option("werkzoekend", _("Ik zoek werk")),
            Option("niet_werkend", _("Ik werk niet en zoek nu ook geen werk")),
            Option("student", _("Ik ga naar school of volg een opleiding")),
        ),
        skip_label=None,
    ),
    Question(
        "keuze-flex",
        "choice",
        _("Heb je zelf voor dit soort werk gekozen?"),
        field="flex_choice",
        options=(
            Option("bewust", _("Ja, dit werk past bij mij")),
            Option("tegen_wil", _("Nee, ik wil liever een vaste baan")),
            Option("twijfel", _("Ik twijfel")),
        ),
        applies=_is("werk", *FLEX_OR_ZZP),
    ),
    Question(
        "uitkering",
        "choice",
        _("Krijg je een uitkering?"),
        field="benefit",
        options=(
            Option("geen", _("Nee, ik krijg geen uitkering")),
            Option("ww", _("Ja, ik krijg WW")),
            Option("bijstand", _("Ja, ik krijg bijstand")),
            Option("anders", _("Ja, ik krijg een andere uitkering")),
        ),
        applies=lambda answers: answers.get("werk") not in (None, "vast"),
    ),
    Question(
        "kinderen",
        "choice",
        _("Wonen er kinderen bij je?"),
        options=(
            Option("geen", _("Nee")),
            Option("1", _("Ja, één kind jonger dan 12 jaar")),
            Option("2", _("Ja, twee kinderen jonger dan 12 jaar")),
            Option("3", _("Ja, drie of meer kinderen jonger dan 12 jaar")),
            Option("ouder", _("Ja, maar ze zijn 12 jaar of ouder")),
        ),
        to_profile=_children,
    ),
    Question(
        "alleen-ouder",
        "choice",
        _("Zorg je alleen voor je kinderen?"),
        field="single_parent",
        hint=_("Dus zonder partner in huis."),
        options=YES_NO,
        applies=_has_kids,
    ),
    Question(
        "uren",
        "number",
        _("Hoeveel uur per week werk je meestal?"),
        field="hours_per_week",
        hint=_("Een schatting is goed."),
        minimum=0,
        maximum=80,
        applies=_hours_matter,
    ),
    Question(
        "jaren-werk",
        "number",
        _("Hoeveel jaar heb je in totaal betaald werk gedaan?"),
        field="years_experience",
        hint=_("Tel al je banen bij elkaar op. Een schatting is goed."),
        minimum=0,
        maximum=70,
    ),
    Question(
        "leeftijd",
        "number",
        _("Hoe oud ben je?"),
        field="age",
        minimum=15,
        maximum=100,
    ),
    Question(
        "school",
        "choice",
        _("Wat is de hoogste school die je hebt gedaan?"),
        field="education",
        hint=_("Ook als je de school niet hebt afgemaakt. Was je op school in een ander land? Kies wat erop lijkt."),
        options=(
            Option("geen", _("Ik ben niet naar school gegaan")),
            Option("basisonderwijs", _("Alleen naar de basisschool")),
            Option("vmbo", _("Het vmbo, de mavo of de lts")),
            Option("mbo1", _("Het mbo, niveau 1")),
            Option("mbo2", _("Het mbo, niveau 2")),
            Option("mbo3", _("Het mbo, niveau 3")),
            Option("mbo4", _("Het mbo, niveau 4")),
            Option("havo", _("De havo")),
            Option("vwo", _("Het vwo")),
            Option("hbo", _("Het hbo")),
            Option("wo", _("Het wo, dat is de universiteit")),
        ),
    ),
    Question(
        "diploma",
        "choice",
        _("Heb je van die school een diploma?"),
        field="education_completed",
        options=YES_NO,
        applies=_is("school", *WITH_DIPLOMA),
    ),
    Question(
        "mantelzorg",
        "choice",
        _("Zorg je voor iemand die ziek of oud is?"),
        field="informal_care",
        hint=_("Bijvoorbeeld voor je moeder, je partner of een buur. Dit heet mantelzorg."),
        options=YES_NO,
    ),
    Question(
        "zorgen",
        "multi",
        _("Speelt een van deze dingen nu in je leven?"),
        field="problems",
        hint=_("Kies alles wat past."),
        why=_(
            "Als er veel speelt, is leren lastig. Dan helpt het om eerst daar hulp bij te zoeken. "
            "Je mag deze vraag overslaan."
        ),
        options=(
            Option("geldzorgen", _("Zorgen over geld")),
            Option("schulden", _("Je hebt schulden")),
            Option("huisvesting", _("Zorgen over je huis")),
            Option("gezondheid", _("Je gezondheid is niet goed")),
            Option("psychisch", _("Je voelt je vaak somber of onrustig")),
            Option("kinderopvang", _("Geen goede opvang voor je kinderen")),
            Option("vervoer", _("Reizen is moeilijk voor je")),
            Option("juridisch", _("Een zaak met de rechter of een advocaat")),
            Option("scheiding", _("Je bent net uit elkaar met je partner")),
            Option("geen", _("Nee, niets van dit alles")),
        ),
        none_option="geen",
        sensitive=True,
    ),
    Question(
        "taal",
        "choice",
        _("Hoe gaat Nederlands lezen voor jou?"),
        field="dutch_language",
        options=(
            Option("moedertaal", _("Nederlands is mijn eerste taal")),
            Option("goed", _("Dat gaat goed")),
            Option("matig", _("Dat gaat, maar soms is het moeilijk")),
            Option("beperkt", _("Dat is moeilijk voor mij")),
        ),
    ),
    Question(
        "digitaal",
        "choice",
        _("Hoe goed kun je met een computer of telefoon werken?"),
        field="digital_skills",
        hint=_("Denk aan een mail sturen, een formulier invullen of een filmpje kijken."),
        options=(
            Option("1", _("Dat lukt me niet")),
            Option("2", _("Dat is moeilijk")),
            Option("3", _("Dat gaat wel")),
            Option("4", _("Dat gaat goed")),
            Option("5", _("Dat gaat heel goed")),
        ),
    ),
    Question(
        "doel",
        "choice",
        _("Wat wil je het liefst?"),
        field="goal",
        options=(
            Option("zelfde_werk_beter", _("Beter worden in mijn werk")),
            Option("ander_werk", _("Ander werk doen")),
            Option("werk_vinden", _("Werk vinden")),
            Option("zekerheid", _("Meer zekerheid, zoals een vast contract")),
            Option("persoonlijke_groei", _("Iets leren voor mezelf")),
            Option("weet_niet", _("Dat weet ik nog niet")),
        ),
        skip_label=None,
    ),
    Question(
        "baan-verandert",
        "choice",
        _("Denk je dat je werk de komende jaren verdwijnt of veel verandert?"),
        field="job_at_risk",
        hint=_("Denk aan computers, robots of nieuwe regels."),
        options=YES_NO,
        skip_label=_("Weet ik niet"),
        applies=_works,
    ),
    _statement("zin-in-leren", "motivation", _("Ik wil graag iets nieuws leren.")),
    _statement(
        "leren-leuk",
        "learning_attitude",
        _("Ik vind leren leuk."),
        _("Denk aan school, een cursus of iets nieuws op je werk."),
    ),
    _statement("vertrouwen", "self_efficacy", _("Ik weet zeker dat ik een cursus kan afmaken.")),
    _statement(
        "omgeving",
        "social_norm",
        _("De mensen om mij heen vinden leren belangrijk."),
        _("Denk aan je familie, je vrienden of je collega's."),
    ),
    _statement("weet-cursussen", "knows_options", _("Ik weet welke cursussen bij mij passen.")),
    _statement("weet-kansen", "knows_labour_market", _("Ik weet hoe werk verandert en waar werk te vinden is.")),
    _statement("blijven-leren", "sees_urgency", _("Ik moet blijven leren om werk te houden of te vinden.")),
    _statement("invloed", "career_control", _("Ik heb zelf invloed op mijn werk en mijn toekomst.")),
    _statement(
        "steun-werk",
        "employer_support",
        _("Mijn baas helpt mij om te leren."),
        _("Werk je voor jezelf? Denk dan aan de klant voor wie je werkt."),
        applies=_works,
    ),
    _statement("werkdruk", "work_pressure", _("Mijn werk is zo druk dat er geen tijd over is."), applies=_works),
    _statement("vrijheid", "autonomy", _("In mijn werk mag ik zelf kiezen hoe ik het doe."), applies=_works),
    _statement("tijd", "time", _("Ik heb tijd om te leren.")),
    # Asked of everyone: asking it only of people without money problems told anyone who saw which questions
    # were asked who has debts. No question may depend on a sensitive answer (test_questions checks every one).
    _statement("geld", "money", _("Ik kan een cursus betalen, of ik weet wie dat doet.")),
    Question(
        "cursus",
        "choice",
        _("Heb je het afgelopen jaar een cursus of training gedaan?"),
        field="trained_last_year",
        hint=_("Ook een korte cursus of een training op je werk telt mee."),
        options=YES_NO,
    ),
    Question(
        "ervaring",
        "multi",
        _("Waar heb je buiten school nog meer van geleerd?"),
        field="informal_experience",
        hint=_("Kies alles wat past. Ook wat je vroeger deed, telt mee."),
        options=(
            Option("eerder_werk", _("Werk dat ik eerder deed")),
            Option("bijbaan", _("Een baan naast school of werk")),
            Option("vrijwilligerswerk", _("Werk als vrijwilliger, zonder loon")),
            Option("mantelzorg", _("Zorg voor iemand die ziek of oud is")),
            Option("opvoeding", _("Zorgen voor mijn kinderen")),
            Option("hobby", _("Een hobby")),
            Option("werk_buitenland", _("Werk in een ander land")),
            Option("geen", _("Niets van dit alles")),
        ),
        none_option="geen",
    ),
    Question(
        "leren",
        "multi",
        _("Hoe leer je het liefst?"),
        field="learning_preferences",
        hint=_("Kies alles wat je fijn vindt."),
        options=(
            Option("kort", _("In korte lessen")),
            Option("praktijk", _("Door het te doen")),
            Option("online", _("Op de computer of telefoon")),
            Option("eigen_tempo", _("In mijn eigen tempo")),
            Option("samen", _("Samen met een groep")),
            Option("onder_werktijd", _("Onder mijn werktijd")),
            Option("avond", _("In de avond")),
            Option("dichtbij", _("Dicht bij huis")),
            Option("zonder_examen", _("Zonder examen aan het eind")),
            Option("certificaat", _("Met een diploma of bewijs aan het eind")),
        ),
    ),
)

BY_KEY: dict[str, Question] = {question.key: question for question in QUESTIONS}
FIRST = QUESTIONS[0]


def applicable(answers: Answers) -> list[Question]:
    """The questions this person is asked, in order, given what they answered so far."""
    return [question for question in QUESTIONS if question.applies(answers)]


def next_question(answers: Answers, after: Question) -> Question | None:
    """The question after ``after`` for these answers; None when the scan is done."""
    index = QUESTIONS.index(after)
    return next((question for question in QUESTIONS[index + 1 :] if question.applies(answers)), None)


def previous_question(answers: Answers, before: Question) -> Question | None:
    index = QUESTIONS.index(before)
    return next((question for question in reversed(QUESTIONS[:index]) if question.applies(answers)), None)


def first_open_question(answers: Answers) -> Question | None:
    """Where to resume: the first question that applies and has no answer yet (a skip counts as an answer)."""
    return next((question for question in applicable(answers) if question.key not in answers), None)


def profile_data(answers: Answers, questions: list[Question] | None = None) -> dict:
    """The Profiel (contract v1) as a dict, built only from the answers to questions that apply (or ``questions``)."""
    data: dict = {"schema_version": "1"}
    scales: dict = {}
    for question in applicable(answers) if questions is None else questions:
        for name, value in question.profile_values(answers.get(question.key)).items():
            if name.startswith("scales."):
                scales[name.removeprefix("scales.")] = value
            else:
                data[name] = value
    if scales:
        data["scales"] = scales
    return data
