"""The labour-market GPS for pages: find an occupation in the person's own words (the skills app's search), how
that work changes (gps/content.py), the chances in the person's region (Tension) and small steps from here
(growth paths from data, and occupations within reach computed from ESCO, gps/reach.py), each with the catalogue's
offers that teach what is new. Choosing a step makes it the goal of the ontwikkelplan (the scan's service)."""

import threading
import time
from dataclasses import dataclass, field, replace

from django.db.models import Count, Max
from django.utils.translation import gettext as _

from wegwijzer.catalogue import services as catalogue_services
from wegwijzer.catalogue.models import Offer
from wegwijzer.core.registry import LeadsTo, registry
from wegwijzer.scan import services as scan_services
from wegwijzer.skills import search as esco_search
from wegwijzer.skills.models import EscoConcept, OccupationSkill

from .gps.content import ChangeText, Citation, Source, citations, content
from .gps.reach import Near, Occupation, ReachIndex
from .models import Tension
from .regions import regions

OCCUPATION = EscoConcept.ConceptType.OCCUPATION
MAX_STEPS = 5
MAX_OFFERS = 3
MAX_NEW_SKILLS = 3


def find_occupations(query: str, limit: int = 8) -> list[esco_search.Hit]:
    return esco_search.search(query, types=(OCCUPATION,), limit=limit)


# --- the index of occupations, once per process and version of ESCO ----------------------------------------------

_lock = threading.Lock()
_cached: tuple[float, tuple, ReachIndex] | None = None  # (checked at, version of ESCO, index)
VERSION_CHECK_SECONDS = 30.0  # how often a process asks whether ESCO changed (an import shows within this time)


def _version() -> tuple:
    occupations = EscoConcept.objects.filter(concept_type=OCCUPATION).aggregate(n=Count("pk"), last=Max("pk"))
    links = OccupationSkill.objects.aggregate(n=Count("pk"), last=Max("pk"))
    return (occupations["n"], occupations["last"], links["n"], links["last"])


def load_occupations() -> list[Occupation]:
    """Every ESCO occupation with its ISCO group and, where imported, its skills and their skill groups."""
    skills: dict[int, set[str]] = {}
    groups: dict[int, set[str]] = {}
    for occupation_id, skill_uri, group_uri in OccupationSkill.objects.values_list(
        "occupation_id", "skill__uri", "skill__broader__uri"
    ):
        skills.setdefault(occupation_id, set()).add(skill_uri)
        if group_uri:
            groups.setdefault(occupation_id, set()).add(group_uri)
    rows = EscoConcept.objects.filter(concept_type=OCCUPATION).values_list(
        "pk", "uri", "label", "code", "broader__code"
    )
    return [
        Occupation(uri, label, (isco or code)[:4], frozenset(skills.get(pk, ())), frozenset(groups.get(pk, ())))
        for pk, uri, label, code, isco in rows
    ]


def reach_index() -> ReachIndex:
    """The index for the ESCO in the database; rebuilt when occupations or their skills changed, which a process
    checks at most every VERSION_CHECK_SECONDS (two counts per check; a page in between asks nothing)."""
    global _cached
    with _lock:
        now = time.monotonic()
        if _cached is not None and now - _cached[0] < VERSION_CHECK_SECONDS:
            return _cached[2]
        version = _version()
        if _cached is None or _cached[1] != version:
            _cached = (now, version, ReachIndex.build(load_occupations()))
        else:
            _cached = (now, version, _cached[2])
        return _cached[2]


def forget_index() -> None:
    """The next question rebuilds the index (after an import in this process, and in tests)."""
    global _cached
    with _lock:
        _cached = None


# --- what the page shows -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chances:
    region: str
    category: int  # 1 (zeer ruim) .. 5 (zeer krap)
    category_label: str
    period: str
    source: str
    is_example: bool
    vacancies: int | None
    jobseekers: int | None
    occupation_class: str


@dataclass(frozen=True)
class NewSkillWithOffers:
    label: str
    offers: list[Offer]


@dataclass(frozen=True)
class SmallStep:
    uri: str
    title: str
    esco_label: str
    why: str
    same: list[str]
    new_skills: list[NewSkillWithOffers]
    sources: tuple[Source, ...] = ()
    unknown_skills: bool = False  # ESCO's skills per occupation are not imported: what is new is not known
    offers_leading_here: int = 0  # what the catalogue's filter "Leidt naar dit werk" finds for this occupation

    @property
    def citations(self) -> tuple[Citation, ...]:
        return citations(self.sources)

    @property
    def offers(self) -> list[Offer]:
        """Each offer once, in the order of the skills it teaches."""
        seen: dict[int, Offer] = {}
        for skill in self.new_skills:
            for offer in skill.offers:
                seen.setdefault(offer.pk, offer)
        return list(seen.values())


@dataclass
class MyWork:
    occupation: EscoConcept
    isco_label: str
    change: ChangeText | None
    place: str
    region: str
    chances: Chances | None
    steps: list[SmallStep] = field(default_factory=list)
    offers_leading_here: int = 0  # the catalogue's offers that lead to this occupation itself
    region_checked: bool = False  # a cited public page puts the person's municipality in this region
    region_is_example: bool = False  # the demo's made-up region


def occupation(uri: str) -> EscoConcept | None:
    return EscoConcept.objects.filter(uri=uri, concept_type=OCCUPATION).select_related("broader").first()


def isco_code(concept: EscoConcept) -> str:
    return ((concept.broader.code if concept.broader else "") or concept.code)[:4]


def chances(isco: str, region: str) -> Chances | None:
    """The latest figure for the occupation class that covers this ISCO group, in this region."""
    if not region or not isco:
        return None
    figure = (
        Tension.objects.filter(region=region, occupation_class__isco_codes__contains=f" {isco} ")
        .select_related("occupation_class")
        .order_by("-period")
        .first()
    )
    if figure is None:
        return None
    return Chances(
        region=region,
        category=figure.category,
        category_label=figure.get_category_display(),
        period=figure.period,
        source=figure.source,
        is_example=figure.is_example,
        vacancies=figure.vacancies,
        jobseekers=figure.jobseekers,
        occupation_class=figure.occupation_class.label,
    )


def offers_teaching(skill_uris: set[str]) -> dict[str, list[Offer]]:
    """Per ESCO skill, the active offers in the catalogue that name it (one query)."""
    found: dict[str, list[Offer]] = {uri: [] for uri in skill_uris}
    if not skill_uris:
        return found
    links = Offer.esco_concepts.through.objects.filter(
        escoconcept__uri__in=skill_uris, offer__is_active=True
    ).select_related("offer", "escoconcept", "offer__provider")
    for link in links.order_by("offer__title", "offer_id"):
        offers = found[link.escoconcept.uri]
        if len(offers) < MAX_OFFERS:
            offers.append(link.offer)
    return found


def _skill_labels(uris) -> dict[str, str]:
    return dict(EscoConcept.objects.filter(uri__in=uris).values_list("uri", "label"))


def _path_steps(paths, labels: dict[str, str], teaching: dict[str, list[Offer]]) -> list[SmallStep]:
    return [
        SmallStep(
            uri=path.target_uri,
            title=path.title,
            esco_label=labels.get(path.target_uri, ""),
            why=path.why,
            same=list(path.same),
            new_skills=[NewSkillWithOffers(skill.label, teaching.get(skill.esco_uri, [])) for skill in path.new_skills],
            sources=path.sources,
        )
        for path in paths
    ]


def _near_step(item: Near, group: str, new: list[str], labels: dict[str, str], teaching) -> SmallStep:
    same = [_("Het valt in dezelfde groep beroepen: %(group)s.") % {"group": group}]
    if item.shared_skills:
        same.append(_("Je gebruikt %(count)s dezelfde vaardigheden.") % {"count": len(item.shared_skills)})
    return SmallStep(
        uri=item.occupation.uri,
        title=item.occupation.label,
        esco_label=item.occupation.label,
        why="",
        same=same,
        new_skills=[NewSkillWithOffers(labels.get(uri, uri), teaching[uri]) for uri in new],
        unknown_skills=not item.occupation.skills,
    )


def small_steps(source: EscoConcept) -> list[SmallStep]:
    """Growth paths from data first (they say what is the same and new), then occupations within reach from ESCO,
    at most five in all; each new skill with the offers that teach it."""
    paths = content().paths_from(source.uri)
    targets = {path.target_uri for path in paths}
    reachable = reach_index().within_reach(source.uri, MAX_STEPS + len(paths))
    near = [item for item in reachable if item.occupation.uri not in targets][: max(0, MAX_STEPS - len(paths))]
    labels = _skill_labels({*targets, *(skill for item in near for skill in item.new_skills)})
    new = {
        item.occupation.uri: sorted(item.new_skills, key=lambda uri: labels.get(uri, uri))[:MAX_NEW_SKILLS]
        for item in near
    }
    wanted = {skill.esco_uri for path in paths for skill in path.new_skills if skill.esco_uri}
    teaching = offers_teaching(wanted | {uri for uris in new.values() for uri in uris})
    groups = dict(
        EscoConcept.objects.filter(
            concept_type=EscoConcept.ConceptType.ISCO_GROUP, code__in=[item.shared_isco for item in near]
        ).values_list("code", "label")
    )
    steps = _path_steps(paths, labels, teaching)
    for item in near:
        group = groups.get(item.shared_isco, item.shared_isco)
        steps.append(_near_step(item, group, new[item.occupation.uri], labels, teaching))
    return steps


def my_work(request, uri: str) -> MyWork | None:
    concept = occupation(uri)
    if concept is None:
        return None
    isco = isco_code(concept)
    place = registry.current_place(request)
    region = regions().region_of(place) if place else ""
    steps = small_steps(concept)
    counts = offer_counts([uri, *(step.uri for step in steps)])
    return MyWork(
        occupation=concept,
        isco_label=concept.broader.label if concept.broader else "",
        change=content().change_for(isco) if isco else None,
        place=place,
        region=region,
        chances=chances(isco, region),
        steps=[replace(step, offers_leading_here=counts[step.uri]) for step in steps],
        offers_leading_here=counts[uri],
        region_checked=bool(region) and regions().is_checked(place),
        region_is_example=region in regions().examples,
    )


def concepts_leading_to(target_uris) -> dict[str, frozenset[str]]:
    """Per occupation, what an offer may name to lead there: the occupation itself, the new skills of every growth
    path that ends there, and ESCO's essential skills for it where the relations are imported (one query)."""
    wanted = {uri: {uri} for uri in target_uris}
    for uri, concepts in wanted.items():
        paths = content().paths_to(uri)
        concepts.update(skill.esco_uri for path in paths for skill in path.new_skills if skill.esco_uri)
    essential = OccupationSkill.objects.filter(occupation__uri__in=wanted, essential=True)
    for occupation_uri, skill_uri in essential.values_list("occupation__uri", "skill__uri"):
        wanted[occupation_uri].add(skill_uri)
    return {uri: frozenset(concepts) for uri, concepts in wanted.items()}


def leads_to(uri: str) -> LeadsTo | None:
    """The registry's leads_to: the catalogue's filter "Leidt naar dit werk" for this occupation."""
    label = EscoConcept.objects.filter(uri=uri, concept_type=OCCUPATION).values_list("label", flat=True).first()
    return LeadsTo(label, concepts_leading_to([uri])[uri]) if label else None


def offer_counts(target_uris) -> dict[str, int]:
    """Per occupation, how many active offers lead there: what the catalogue's filter finds (two queries)."""
    concepts = concepts_leading_to(target_uris)
    naming = catalogue_services.offers_naming({uri for wanted in concepts.values() for uri in wanted})
    return {uri: len(set().union(*(naming[concept] for concept in wanted))) for uri, wanted in concepts.items()}


def goal_text(title: str) -> str:
    return _("Werken als %(occupation)s") % {"occupation": title[:1].lower() + title[1:]}


def choose_goal(request, source_uri: str, target_uri: str) -> bool | None:
    """Make working in the target occupation the goal of the plan, by the growth path's name where one leads there
    from the source: True when the plan has it now, False when the plan form will offer it (no plan yet), None for
    an occupation that does not exist."""
    target = occupation(target_uri)
    if target is None:
        return None
    path = next((path for path in content().paths_from(source_uri) if path.target_uri == target_uri), None)
    return scan_services.set_plan_goal(request, goal_text(path.title if path else target.label))
