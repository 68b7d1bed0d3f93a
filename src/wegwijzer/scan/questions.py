"""The questions of the loopbaanscan, in order, and how each answer becomes part of the Profiel (contract v1).

The questions are shown on PAGES: one question, or a few short ones under one heading, so no path has more than
16 pages before the advice (issue 12). What each question measures comes from the research digests (shared/research):
the situation that places a person in a target group (Panteia 2019: contract, flex by choice or not, benefit,
household), problems that come first (Panteia §8.3 L1645), and self-rated statements for weten/willen/kunnen/
durven/mogen, the Theory of Planned Behaviour (attitude, social norm, self-efficacy), richting/ruimte/ruggensteun
(energietransitie-fase2), workload and autonomy (Beausaert en Kyndt 2025), informal experience and learning wishes.

An answer is stored under the question's ``key``: a string, a list of strings, an integer, or None for
"sla over / weet ik niet". Questions that do not apply to the answers so far are not asked and do not count.
When learning waits for a person whatever they say about learning (the advice engine's ``learning_waits``: other
problems come first, Panteia §8.3 L1645, §8.5 L1786, §5.2 L1129-1143), the pages marked ``can_wait`` are not asked in
the scan: the advice page offers them afterwards, and the profile leaves their scales out (every scale is optional).
The progress a page shows ("Stap 3 van ongeveer 18") counts the longest path the answers so far still allow, so
its number only goes up and its total never grows. The answer to ``gemeente`` is not part of the Profiel: the pages
that name a place nearby read it from the answers.
"""

import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from django.utils.translation import gettext_lazy as _

from wegwijzer.advice.engine import ProfileError, learning_waits, validate_profile

Answers = dict[str, object]
Kind = Literal["choice", "multi", "number", "text"]
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
    Option("1", _("Nee")),
    Option("2", _("Vaak niet")),
    Option("3", _("Soms")),
    Option("4", _("Vaak wel")),
    Option("5", _("Ja")),
)


def _is(key: str, *values: str) -> Callable[[Answers], bool]:
    return lambda answers: answers.get(key) in values


def _children(value: object) -> dict:
    if value == "geen":
        return {"children_under_12": 0, "single_parent": False}
    if value == "ouder":
        return {"children_under_12": 0}
    return {"children_under_12": int(value)}


def _statement(key: str, name: str, text: str, applies=None) -> Question:
    return Question(
        key,
        "choice",
        text,
        field=f"scales.{name}",
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
            Option("niet_werkend", _("Ik werk niet en zoek geen werk")),
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
            Option("geen", _("Nee")),
            Option("ww", _("Ja, WW")),
            Option("bijstand", _("Ja, bijstand")),
            Option("anders", _("Ja, iets anders")),
        ),
        applies=lambda answers: answers.get("werk") not in (None, "vast"),
    ),
    Question(
        "kinderen",
        "choice",
        _("Wonen er kinderen bij je?"),
        options=(
            Option("geen", _("Nee")),
            Option("1", _("Eén kind onder de 12")),
            Option("2", _("Twee onder de 12")),
            Option("3", _("Drie of meer onder de 12")),
            Option("ouder", _("Alle kinderen zijn 12 of ouder")),
        ),
        to_profile=_children,
    ),
    Question(
        "mantelzorg",
        "choice",
        _("Zorg je voor iemand die ziek of oud is?"),
        field="informal_care",
        hint=_("Dit heet mantelzorg."),
        options=YES_NO,
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
        "jaren-werk",
        "number",
        _("Hoeveel jaar heb je betaald werk gedaan?"),
        field="years_experience",
        hint=_("Alle banen samen. Ongeveer is goed."),
        minimum=0,
        maximum=70,
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
        "school",
        "choice",
        _("Wat is de hoogste school die je hebt gedaan?"),
        field="education",
        hint=_("Ook zonder diploma. Uit een ander land? Kies wat erop lijkt."),
        options=(
            Option("geen", _("Geen school")),
            Option("basisonderwijs", _("Alleen de lagere school")),
            Option("vmbo", _("Vmbo, mavo of lts")),
            Option("mbo1", _("Mbo 1")),
            Option("mbo2", _("Mbo 2")),
            Option("mbo3", _("Mbo 3")),
            Option("mbo4", _("Mbo 4")),
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
        "taal",
        "choice",
        _("Hoe gaat Nederlands lezen voor jou?"),
        field="dutch_language",
        options=(
            Option("moedertaal", _("Het is mijn eerste taal")),
            Option("goed", _("Goed")),
            Option("matig", _("Soms is het moeilijk")),
            Option("beperkt", _("Het is moeilijk voor mij")),
        ),
    ),
    Question(
        "digitaal",
        "choice",
        _("Hoe goed werk je met een computer of telefoon?"),
        field="digital_skills",
        hint=_("Zoals een mail sturen of een formulier invullen."),
        options=(
            Option("1", _("Dat lukt me niet")),
            Option("2", _("Dat is moeilijk")),
            Option("3", _("Gaat wel")),
            Option("4", _("Goed")),
            Option("5", _("Heel goed")),
        ),
    ),
    Question(
        "zorgen",
        "multi",
        _("Speelt een van deze dingen nu in je leven?"),
        field="problems",
        hint=_("Kies alles wat past."),
        why=_(
            "Als er veel speelt, is leren lastig. Dan helpt eerst hulp daarbij. Je mag dit overslaan. "
            "We bewaren het alleen als jij dat wilt."
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
        _("Verdwijnt of verandert je werk de komende jaren?"),
        field="job_at_risk",
        hint=_("Door computers, robots of nieuwe regels."),
        options=YES_NO,
        skip_label=_("Weet ik niet"),
        applies=_works,
    ),
    Question(
        "cursus",
        "choice",
        _("Deed je het afgelopen jaar een cursus?"),
        field="trained_last_year",
        hint=_("Een training op je werk telt ook."),
        options=YES_NO,
    ),
    Question(
        "uren",
        "number",
        _("Hoeveel uur per week werk je?"),
        field="hours_per_week",
        hint=_("Een schatting is goed."),
        minimum=0,
        maximum=80,
        applies=_hours_matter,
    ),
    _statement("zin-in-leren", "motivation", _("Ik wil graag iets nieuws leren.")),
    _statement("leren-leuk", "learning_attitude", _("Ik vind leren leuk.")),
    _statement("vertrouwen", "self_efficacy", _("Ik kan een cursus afmaken.")),
    _statement("tijd", "time", _("Ik heb tijd om te leren.")),
    _statement("omgeving", "social_norm", _("Mijn familie en vrienden vinden leren goed.")),
    _statement("weet-cursussen", "knows_options", _("Ik weet welke cursussen bij mij passen.")),
    _statement("weet-kansen", "knows_labour_market", _("Ik weet waar werk te vinden is.")),
    # Asked of everyone: asking it only of people without money problems told anyone who saw which questions
    # were asked who has debts. No question may depend on a sensitive answer (test_questions checks every one).
    _statement("geld", "money", _("Ik kan een cursus betalen, of ik weet wie dat doet.")),
    _statement("blijven-leren", "sees_urgency", _("Ik moet blijven leren voor mijn werk.")),
    _statement("invloed", "career_control", _("Ik heb zelf invloed op mijn toekomst.")),
    _statement("steun-werk", "employer_support", _("Mijn baas helpt mij om te leren."), applies=_works),
    _statement("werkdruk", "work_pressure", _("Mijn werk is zo druk dat er geen tijd over is."), applies=_works),
    _statement("vrijheid", "autonomy", _("Ik mag zelf kiezen hoe ik mijn werk doe."), applies=_works),
    Question(
        "ervaring",
        "multi",
        _("Waar heb je buiten school van geleerd?"),
        field="informal_experience",
        hint=_("Kies alles wat past, ook van vroeger."),
        options=(
            Option("eerder_werk", _("Werk dat ik eerder deed")),
            Option("bijbaan", _("Een bijbaan")),
            Option("vrijwilligerswerk", _("Werk zonder loon")),
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
            Option("zonder_examen", _("Geen examen")),
            Option("certificaat", _("Met een diploma of bewijs")),
        ),
    ),
    # Not part of the Profiel: the advice pages read it to name a place nearby (the local directory). Only the
    # four digits of a postcode are kept, never the letters: enough for the area, not for the street.
    Question(
        "gemeente",
        "text",
        _("In welke gemeente woon je?"),
        hint=_("Of de 4 cijfers van je postcode. Dan noemen we hulp in de buurt."),
        to_profile=lambda value: {},
    ),
)

BY_KEY: dict[str, Question] = {question.key: question for question in QUESTIONS}
FIRST = QUESTIONS[0]


@dataclass(frozen=True)
class Page:
    """One screen of the scan: one question, or a few short ones that share a heading. A question on a page may
    depend only on answers given on earlier pages (test_questions checks it), so a page shows its questions
    before any of them is answered."""

    questions: tuple[Question, ...]
    title: str = ""  # the heading of a page with more than one question
    # Asked later, and only when the person wants to, while learning waits for them (see can_wait_pages)
    can_wait: bool = False

    @property
    def key(self) -> str:
        return self.questions[0].key

    def shown(self, answers: Answers) -> list[Question]:
        return [question for question in self.questions if question.applies(answers)]


def _page(*keys: str, title: str = "", can_wait: bool = False) -> Page:
    return Page(tuple(BY_KEY[key] for key in keys), title, can_wait)


PAGES: tuple[Page, ...] = (
    _page("werk"),
    _page("keuze-flex"),
    _page("uitkering", "kinderen", "mantelzorg", title=_("Over jou en thuis")),
    _page("leeftijd", "jaren-werk", "alleen-ouder", title=_("Nog iets over jou")),
    _page("school"),
    _page("diploma", "taal", "digitaal", title=_("Je school, lezen en de computer")),
    _page("zorgen"),
    _page("doel"),
    _page("baan-verandert", "cursus", "uren", title=_("Je werk en cursussen")),
    # Motivation, attitude and time decide steps for now even while learning waits ("Leren mag even wachten",
    # relief for carers), so they are asked of everyone; the pages after it can wait.
    _page("zin-in-leren", "leren-leuk", "vertrouwen", "tijd", title=_("Wat vind jij van leren?")),
    _page("omgeving", "weet-cursussen", "weet-kansen", "geld", title=_("Wat weet jij al?"), can_wait=True),
    _page("blijven-leren", "invloed", title=_("Jij en je toekomst"), can_wait=True),
    _page("steun-werk", "werkdruk", "vrijheid", title=_("Jij en je werk"), can_wait=True),
    _page("ervaring", can_wait=True),
    _page("leren", can_wait=True),
    _page("gemeente"),
)
PAGE_OF: dict[str, Page] = {question.key: page for page in PAGES for question in page.questions}
# The answers that decide which questions come later, each with the last question whose asking it decides
# (test_questions checks both: no other answer decides anything, and none decides anything after its last one).
LAST_READ_BY = {
    "werk": "vrijheid",
    "keuze-flex": "uren",
    "kinderen": "alleen-ouder",
    "alleen-ouder": "uren",
    "school": "diploma",
}
BRANCH_KEYS = tuple(LAST_READ_BY)


def applicable(answers: Answers) -> list[Question]:
    """The questions this person is asked, in order, given what they answered so far."""
    return [question for question in QUESTIONS if question.applies(answers)]


def applicable_pages(answers: Answers) -> list[Page]:
    return [page for page in PAGES if page.shown(answers)]


def learning_waits_for(answers: Answers) -> bool:
    """Whether learning waits for this person whatever they say about learning (advice.engine.learning_waits).
    Then the pages that can wait are asked after the advice, and only when the person wants to. The answer to the
    problems page decides this, and it is sensitive: so which of those pages were asked is as sensitive as that
    answer (services.readable_answers shows their answers only with the sensitive consent)."""
    try:
        profile = validate_profile(profile_data(answers))
    except (ProfileError, TypeError, ValueError):
        return False  # an answer to fix: the scan asks everything, as before
    return learning_waits(profile)


def asked_pages(answers: Answers) -> list[Page]:
    """The pages of the scan itself for this person: those that apply, less the ones that can wait for them."""
    waiting = learning_waits_for(answers)
    return [page for page in PAGES if page.shown(answers) and not (waiting and page.can_wait)]


def later_pages(answers: Answers) -> list[Page]:
    """The pages left for after the advice ("Wil je ook vragen over leren beantwoorden?"); none if nothing waits."""
    if not learning_waits_for(answers):
        return []
    return [page for page in PAGES if page.can_wait and page.shown(answers)]


def _row_of(answers: Answers, page: Page) -> list[Page]:
    """The pages a page is walked with: the scan itself, or the pages answered after the advice."""
    later = later_pages(answers)
    return later if page in later else asked_pages(answers)


def next_page(answers: Answers, after: Page) -> Page | None:
    """The page after ``after`` for these answers; None when the scan (or the part after the advice) is done."""
    index = PAGES.index(after)
    return next((page for page in _row_of(answers, after) if PAGES.index(page) > index), None)


def previous_page(answers: Answers, before: Page) -> Page | None:
    index = PAGES.index(before)
    return next((page for page in reversed(_row_of(answers, before)) if PAGES.index(page) < index), None)


def ends_the_scan(answers: Answers, question: Question) -> bool:
    """Whether ``question`` is the last one of the scan itself for these answers (the pages left for later aside)."""
    pages = asked_pages(answers)
    return bool(pages) and pages[-1].shown(answers)[-1] is question


def first_open_question(answers: Answers) -> Question | None:
    """Where to resume: the first question of the scan itself that has no answer yet (a skip counts as an
    answer). The pages left for later are not open: the person chooses on the advice page to answer them."""
    return next(
        (question for page in asked_pages(answers) for question in page.shown(answers) if question.key not in answers),
        None,
    )


def _branch_values(question: Question) -> list[object]:
    """Every answer a question can get that can change what comes later (a skip is None)."""
    if question.key not in BRANCH_KEYS:
        return [question.key]  # a placeholder: its value decides nothing
    values: list[object] = [option.value for option in question.options]
    return [*values, None] if question.skip_label else values


def _longest_from(index: int, decided: tuple, waiting: bool = False) -> int:
    """How many pages a person can still see from PAGES[index] on (it included, if it applies), at most, given
    the answers that decide the path (``decided``: BRANCH_KEYS' values, _MISSING where not answered). An answer
    whose last reader lies behind is dropped, so paths that differ only there are counted once."""
    still_read = (PAGES.index(PAGE_OF[LAST_READ_BY[key]]) >= index for key in BRANCH_KEYS)
    projected = tuple(value if read else _MISSING for value, read in zip(decided, still_read, strict=True))
    return _longest_cached(index, projected, waiting)


@cache
def _longest_cached(index: int, decided: tuple, waiting: bool) -> int:
    """As _longest_from; ``waiting``: learning waits for this person, so the pages that can wait are not counted."""
    answers = {key: value for key, value in zip(BRANCH_KEYS, decided, strict=True) if value is not _MISSING}
    page = next((page for page in PAGES[index:] if page.shown(answers) and not (waiting and page.can_wait)), None)
    if page is None:
        return 0
    after = PAGES.index(page) + 1
    longest = 0
    for values in itertools.product(*(_branch_values(question) for question in page.shown(answers))):
        given = dict(answers)
        for question, value in zip(page.shown(answers), values, strict=True):
            if question.key in BRANCH_KEYS:
                given[question.key] = value
        longest = max(longest, _longest_from(after, _decided(given), waiting))
    return 1 + longest


_MISSING = object()


def _decided(answers: Answers) -> tuple:
    return tuple(answers.get(key, _MISSING) for key in BRANCH_KEYS)


def progress(answers: Answers, page: Page) -> tuple[int, int]:
    """(this page's number, the most pages this person can still get in all). Walking on, the number goes up by
    one and the total never grows: the total counts the longest path the answers so far still allow (without the
    pages that can wait, once learning waits). The pages answered after the advice count on their own."""
    later = later_pages(answers)
    if page in later:
        return later.index(page) + 1, len(later)
    waiting = learning_waits_for(answers)
    before = [earlier for earlier in asked_pages(answers) if PAGES.index(earlier) < PAGES.index(page)]
    return len(before) + 1, len(before) + _longest_from(PAGES.index(page), _decided(answers), waiting)


def longest_path() -> int:
    """The most pages anyone sees, from the first page to the last."""
    return _longest_from(0, _decided({}))


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
