"""The one place where an app plugs into the platform, in the style of Open Forms' ``plugins/registry.py``.

Each app declares, in its own ``plugin.py``, everything the platform needs from it:

    from wegwijzer.core.registry import AppPlugin, registry

    registry.register(
        AppPlugin(
            label="scan",
            demo=demo.load,
            export_personal_data=privacy.export_personal_data,
            delete_personal_data=privacy.delete_personal_data,
            retention=(Retention("anonieme scans", services.delete_expired_scans),),
            rules=permissions.RULES,
            access=(AccessGrant(...),),
            importers=(Importer(...),),
            current_profile=services.current_profile,
        )
    )

``CoreConfig.ready()`` imports the ``plugin`` module of every installed app (Django's ``autodiscover_modules``), so
the registry is complete before the first request or command. Nothing else discovers modules by name.
"""

import datetime
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured

Person = Any  # accounts.User; core imports no other app, so the types stay loose here


@dataclass(frozen=True)
class Retention:
    """Removes data older than a number of days and returns how many records went (``wegwijzer purge_expired``)."""

    name: str
    delete_expired: Callable[[int], int]


@dataclass(frozen=True)
class AccessGrant:
    """One way in which someone other than the person may see part of the person's data.

    ``what`` holds the data categories this grant is about (e.g. ``DataCategory.PLAN``); ``allows(viewer, person,
    what)`` decides for one viewer. ``has_access`` refuses unless some grant for the viewer's role allows it."""

    role: str
    what: frozenset[str]
    allows: Callable[[Person, Person, str], bool]


@dataclass(frozen=True)
class Importer:
    """Reads one file format into an app's data (``kind`` says which, e.g. "offers"); ``run`` returns a report."""

    kind: str
    format: str
    suffixes: tuple[str, ...]
    description: str
    run: Callable[..., Any]


@dataclass(frozen=True)
class OverviewItem:
    """One part of a participant's own start page ("Mijn Wegwijzer"): a heading, one plain sentence, one link."""

    heading: str
    text: str
    link_url: str
    link_text: str


@dataclass(frozen=True)
class PeriodicJob:
    """Work that must happen once a day (expiry, reminders, purges): ``wegwijzer run_periodic`` enqueues it as a
    background task at most once per day; ``run(today)`` does the work and returns a short report."""

    name: str
    run: Callable[[datetime.date], str]


@dataclass(frozen=True)
class LeadsTo:
    """What leads to one occupation (an ESCO URI): its name and the ESCO concepts (the occupation itself and skills)
    that an offer may name to count as a step there. The labour app knows the growth paths; the catalogue filters on
    it ("Leidt naar dit werk") without importing the labour app."""

    label: str
    concepts: frozenset[str]


class StepKind:
    STEP = "stap"  # something the person plans to do on that date: a reminder before it, a check-in after it
    COURSE_END = "cursus"  # the day a course ends: a check-in after it


@dataclass(frozen=True)
class DatedStep:
    """Something with a date in a person's plans, from any app (the scan's first plan step, a course from the
    budget; a coach's plan steps later). ``key`` is stable and unique for the person ("plan-12-eerste-stap"): the
    notifications app sends each reminder and check-in once per key and date."""

    person: Person
    key: str
    title: str
    date: datetime.date
    link_url: str
    kind: str = StepKind.STEP


@dataclass(frozen=True)
class PlanChoice:
    """One real thing a step of the coach's shared plan can point at: an offer, a funding scheme. ``ref`` stays the
    same while the thing exists (an offer's id, a scheme's code); ``url`` is its own page."""

    ref: str
    title: str
    url: str


@dataclass(frozen=True)
class PlanChoices:
    """How a plan step chooses one kind of thing from an app the coaching app does not import (registry
    ``plan_choices``; kind "aanbod" from the catalogue, "regeling" from funding).

    find(words): a few matches for the words; with no words, every choice when the list is short enough for a
        select (the schemes), else nothing (the offers: search first).
    lookup(refs): the choices behind these refs in one query, by ref; a ref that no longer exists is left out."""

    kind: str
    find: Callable[[str], list[PlanChoice]]
    lookup: Callable[[Iterable[str]], dict[str, PlanChoice]]


@dataclass(frozen=True)
class GroupFigure:
    """One aggregate an app adds to the figures of an employer or region, over a group of people and a period:
    ``people`` is how many of the group it counts (insight shows it only from k people), ``amount`` what they add up
    to (steps, or euro cents when ``unit`` is "cent"). ``label`` is a Dutch msgid, translated where it is shown."""

    key: str
    label: str
    people: int
    amount: int
    unit: str = "aantal"


@dataclass(frozen=True)
class ScanFact:
    """What a region may count of one person's scan, and nothing else: the municipality they gave ("" when not
    known), their first target group and the barriers of their advice (codes; none from a sensitive answer)."""

    municipality: str
    target_group: str
    barriers: tuple[str, ...]


# The order of the cards on "Mijn Wegwijzer": the person's own advice and plan first, then who helps and what
# came in, then the rest. One place, so that adding an app does not push the advice down.
OVERVIEW_ORDER = ("scan", "coaching", "notifications", "labour", "skills", "credentials", "budget", "stories")


def _overview_rank(plugin: "AppPlugin") -> int:
    return OVERVIEW_ORDER.index(plugin.label) if plugin.label in OVERVIEW_ORDER else len(OVERVIEW_ORDER)


@dataclass(frozen=True)
class AppPlugin:
    """What one app contributes. Every part is optional; an app without personal data leaves the privacy parts out.

    delete_last: deleted after every other app (accounts: the user itself goes last).
    not_personal: models that point at a user but hold no personal data ({"app_label.Model": "why"}); the
        privacy canary test leaves them out.
    account_urls: URL patterns an app adds to the person's own account pages (``/account/``, namespace
        ``accounts``), e.g. coaching's "give a coach access"; accounts/urls.py includes them.
    start_pages: the page each role lands on after logging in ({role: URL name}).
    current_profile: the Profiel of the person behind a request, or None (the scan app provides it; the catalogue
        asks for it without knowing the scan app).
    current_place: the municipality the person behind a request lives in, as a name, or "" (the scan provides it
        from its optional question; the funding engine uses it for regional schemes).
    labels: how the keys of the app's export_personal_data and shared_data (and the app's own label) read on a
        page, in the page's language ({"gegeven_op": gettext_lazy("Gegeven op")}); the JSON export keeps the keys.
    dutch_only: those keys whose values exist only in Dutch (e.g. an offer's title): a page marks them lang="nl".
    overview: what the participant's "Mijn Wegwijzer" page (accounts:mine) says about this app, e.g. the scan's
        "my advice" and "my plan"; called with the logged-in person.
    offer_panel: a part of an offer's page from another app (the budget's "Je ontwikkelbudget: € x over"); called
        with the request and the offer, returns a rendered template (render_to_string) or "" to show nothing.
    advice_panel: a part of the advice page's "Dit gaat al goed" from another app (the skills profile's "Wat je al
        kunt"), so the scan need not import it; called with the request, returns a rendered template or "".
    eligibility_panel: the funding schemes that fit, might fit and do not fit one person, with the reasons, for
        the coach's view of that person (coaching does not import funding); called with the request, the person's
        Profiel as the viewer may see it (or None without a scan) and their municipality ("" when unknown),
        returns a rendered template.
    plan_choices: the things a step of the coach's shared plan can point at (PlanChoices: offers, schemes).
    periodic: the app's daily jobs (``wegwijzer run_periodic``), e.g. the budget's expiry.
    dated_steps: the app's DatedSteps whose date lies between two dates (both included), for the reminders and
        check-ins of the notifications app.
    finished_steps: the keys of the steps the person finished in this app (a DatedStep's key where the step has
        one); Mijn Wegwijzer counts the keys of all apps together, so a step two apps know counts once.
    complete_dated_step: the person says a dated step with this key is done (a check-in answered "gelukt"); the
        app that owns the key marks it done, the others ignore it.
    leads_to: for an occupation's ESCO URI, the LeadsTo of that occupation, or None for an unknown one (the labour
        app: the catalogue's filter "Leidt naar dit werk").
    group_figures: aggregates over a group of people (a QuerySet of users) and a period (first and last day, both
        included) for the figures of employers and regions (coaching: plan steps set and done; budget: money spent).
    scan_facts: one ScanFact per person of a group whose last scan was completed in the period (the scan app), so
        that insight counts a region's scans without reading the scan's tables."""

    label: str
    demo: Callable[[], str | None] | None = None
    export_personal_data: Callable[[Person], dict] | None = None
    delete_personal_data: Callable[[Person], None] | None = None
    shared_data: Callable[[Person, Person], dict] | None = None
    on_consent_withdrawn: Callable[[Any], None] | None = None
    retention: tuple[Retention, ...] = ()
    rules: Mapping[str, Any] = field(default_factory=dict)
    access: tuple[AccessGrant, ...] = ()
    importers: tuple[Importer, ...] = ()
    delete_last: bool = False
    not_personal: Mapping[str, str] = field(default_factory=dict)
    account_urls: tuple[Any, ...] = ()
    start_pages: Mapping[str, str] = field(default_factory=dict)
    current_profile: Callable[[Any], Any] | None = None
    current_place: Callable[[Any], str] | None = None
    labels: Mapping[str, Any] = field(default_factory=dict)
    dutch_only: frozenset[str] = frozenset()
    overview: Callable[[Person], tuple[OverviewItem, ...]] | None = None
    offer_panel: Callable[[Any, Any], str] | None = None
    advice_panel: Callable[[Any], str] | None = None
    eligibility_panel: Callable[[Any, Any, str], str] | None = None
    plan_choices: tuple[PlanChoices, ...] = ()
    periodic: tuple[PeriodicJob, ...] = ()
    dated_steps: Callable[[datetime.date, datetime.date], Iterable[DatedStep]] | None = None
    finished_steps: Callable[[Person], set[str]] | None = None
    complete_dated_step: Callable[[Person, str], None] | None = None
    leads_to: Callable[[str], LeadsTo | None] | None = None
    group_figures: Callable[[Any, datetime.date, datetime.date], tuple[GroupFigure, ...]] | None = None
    scan_facts: Callable[[Any, datetime.date, datetime.date], Iterable[ScanFact]] | None = None


class UnknownFormat(ValueError):
    """No importer of this kind reads this format or file (the message says so in Dutch)."""


class Registry:
    def __init__(self) -> None:
        self._plugins: dict[str, AppPlugin] = {}

    def register(self, plugin: AppPlugin) -> AppPlugin:
        if plugin.label in self._plugins:
            raise ImproperlyConfigured(f"App {plugin.label!r} is al aangemeld in het register.")
        self._plugins[plugin.label] = plugin
        return plugin

    def __iter__(self) -> Iterator[AppPlugin]:
        return iter(self._plugins.values())

    def __contains__(self, label: str) -> bool:
        return label in self._plugins

    def __getitem__(self, label: str) -> AppPlugin:
        return self._plugins[label]

    def privacy_plugins(self) -> list[AppPlugin]:
        """Apps that keep or show personal data, in deletion order (delete_last ones at the end)."""
        parts = ("export_personal_data", "delete_personal_data", "shared_data", "on_consent_withdrawn")
        with_data = [p for p in self if any(getattr(p, part) for part in parts)]
        return sorted(with_data, key=lambda plugin: plugin.delete_last)

    def demo_loaders(self) -> list[tuple[str, Callable[[], str | None]]]:
        return [(plugin.label, plugin.demo) for plugin in self if plugin.demo]

    def retention(self) -> list[tuple[str, Retention]]:
        return [(plugin.label, retention) for plugin in self for retention in plugin.retention]

    def periodic_jobs(self) -> dict[str, PeriodicJob]:
        """Every app's daily jobs by name; two jobs with one name is a configuration error."""
        jobs: dict[str, PeriodicJob] = {}
        for plugin in self:
            for job in plugin.periodic:
                if job.name in jobs:
                    raise ImproperlyConfigured(f"Periodieke taak {job.name!r} staat twee keer in het register.")
                jobs[job.name] = job
        return jobs

    def dated_steps(self, first: datetime.date, last: datetime.date) -> list[DatedStep]:
        """Every app's dated steps from ``first`` to ``last`` (both included), in INSTALLED_APPS order."""
        return [step for plugin in self if plugin.dated_steps for step in plugin.dated_steps(first, last)]

    def finished_steps(self, person) -> int:
        """Every step the person finished, in every app, each counted once: the progress they see."""
        return len(set().union(*(plugin.finished_steps(person) for plugin in self if plugin.finished_steps)))

    def complete_dated_step(self, person, key: str) -> None:
        """The person finished the dated step ``key``: its own app marks it done."""
        for plugin in self:
            if plugin.complete_dated_step:
                plugin.complete_dated_step(person, key)

    def group_figures(self, people, first: datetime.date, last: datetime.date) -> list[GroupFigure]:
        """Every app's aggregates over these people from ``first`` to ``last``, in INSTALLED_APPS order."""
        return [
            figure for plugin in self if plugin.group_figures for figure in plugin.group_figures(people, first, last)
        ]

    def scan_facts(self, people, first: datetime.date, last: datetime.date) -> list[ScanFact]:
        return [fact for plugin in self if plugin.scan_facts for fact in plugin.scan_facts(people, first, last)]

    def rules(self) -> dict[str, Any]:
        """Every app's permission-matrix rules; one key with two different rules is a configuration error."""
        merged: dict[str, Any] = {}
        for plugin in self:
            for key, rule in plugin.rules.items():
                if merged.get(key, rule) != rule:
                    raise ImproperlyConfigured(f"Toegangsregel {key!r} staat twee keer in de matrix ({plugin.label}).")
                merged[key] = rule
        return merged

    def grants(self, role: str, what: str) -> list[AccessGrant]:
        return [grant for plugin in self for grant in plugin.access if grant.role == role and what in grant.what]

    def account_urls(self) -> list[Any]:
        return [pattern for plugin in self for pattern in plugin.account_urls]

    def start_page(self, role: str) -> str | None:
        """The URL name where this role lands after logging in; two apps claiming one role is a configuration error."""
        pages = {plugin.start_pages[role] for plugin in self if role in plugin.start_pages}
        if len(pages) > 1:
            raise ImproperlyConfigured(f"Rol {role!r} heeft meer dan één startpagina: {sorted(pages)}.")
        return pages.pop() if pages else None

    def current_profile(self, request) -> Any:
        """The first Profiel a registered provider finds for this request; None without a provider or a profile."""
        for plugin in self:
            if plugin.current_profile is not None:
                profile = plugin.current_profile(request)
                if profile is not None:
                    return profile
        return None

    def current_place(self, request) -> str:
        """The first municipality a registered provider names for this request; "" when none is known."""
        for plugin in self:
            if plugin.current_place is not None:
                place = plugin.current_place(request)
                if place:
                    return place
        return ""

    def leads_to(self, occupation_uri: str) -> LeadsTo | None:
        """What leads to this occupation, from the first app that knows it; None when no app does."""
        for plugin in self:
            if plugin.leads_to is not None:
                found = plugin.leads_to(occupation_uri)
                if found is not None:
                    return found
        return None

    def label(self, key: str) -> Any:
        """How a key of a person's data reads on a page (AppPlugin.labels); None for a key no app labels."""
        for plugin in self:
            if key in plugin.labels:
                return plugin.labels[key]
        return None

    def dutch_only(self, key: str) -> bool:
        return any(key in plugin.dutch_only for plugin in self)

    def overview(self, person) -> list[OverviewItem]:
        """Every app's parts of the person's "Mijn Wegwijzer" page: the apps of OVERVIEW_ORDER first, in that order,
        then the others in INSTALLED_APPS order."""
        plugins = sorted((plugin for plugin in self if plugin.overview), key=_overview_rank)
        return [item for plugin in plugins for item in plugin.overview(person)]

    def offer_panels(self, request, offer) -> list[str]:
        """Every app's part of an offer's page (AppPlugin.offer_panel), in INSTALLED_APPS order; empty ones left out."""
        panels = (plugin.offer_panel(request, offer) for plugin in self if plugin.offer_panel)
        return [panel for panel in panels if panel]

    def advice_panels(self, request) -> list[str]:
        """Every app's part of the advice page's strengths (AppPlugin.advice_panel); empty ones left out."""
        panels = (plugin.advice_panel(request) for plugin in self if plugin.advice_panel)
        return [panel for panel in panels if panel]

    def eligibility_panel(self, request, profile, place: str) -> str:
        """The funding schemes for one person as a coach sees them (AppPlugin.eligibility_panel); "" without one."""
        panels = [plugin.eligibility_panel for plugin in self if plugin.eligibility_panel]
        return panels[0](request, profile, place) if panels else ""

    def plan_choices(self, kind: str) -> PlanChoices | None:
        """How a plan step chooses a thing of this kind ("aanbod", "regeling"); None when no app offers it."""
        found = [choices for plugin in self for choices in plugin.plan_choices if choices.kind == kind]
        return found[0] if found else None

    def not_personal(self) -> dict[str, str]:
        return {label: why for plugin in self for label, why in plugin.not_personal.items()}

    def importers(self, kind: str) -> dict[str, Importer]:
        return {importer.format: importer for plugin in self for importer in plugin.importers if importer.kind == kind}

    def importer_for(self, kind: str, path: Path, format_name: str | None = None) -> Importer:
        """The importer of this kind named by ``format_name``, else the one for the file's suffix."""
        importers = self.importers(kind)
        names = ", ".join(sorted(importers))
        if format_name:
            if format_name not in importers:
                raise UnknownFormat(f"Onbekend formaat {format_name!r}. Kies uit: {names}.")
            return importers[format_name]
        suffix = path.suffix.lower()
        for importer in importers.values():
            if suffix in importer.suffixes:
                return importer
        raise UnknownFormat(
            f"Aan de extensie {suffix or '(geen)'!r} zie ik niet welk formaat dit is. Kies --formaat {names}."
        )


registry = Registry()


def autodiscover() -> None:
    """Import ``plugin.py`` of every installed app; each registers itself."""
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("plugin")
