"""The plan shared with the employer, the scan and plan shown to a coach, and the scan's sensitive-answers consent
in the account: services, and the pages for every role (owner, employer with and without the person's sharing,
employer of another organisation, coach with and without access, anonymous)."""

import copy
import re
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse
from django.utils import formats, timezone, translation

from wegwijzer.accounts import services as accounts
from wegwijzer.accounts.models import AccessLog, Consent, DataCategory, Organisation, Role, User
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.coaching import services as coaching
from wegwijzer.scan import privacy, services
from wegwijzer.scan.models import Plan, Scan

from .conftest import FIRST_STEP, FLEX_WORKER, GOAL, complete_scan, make_plan

pytestmark = pytest.mark.django_db
DEBT_STEP = "Vraag gratis hulp bij geldzorgen"
SHARE = reverse("scan:plan_share")


@dataclass
class People:
    person: User
    person_client: Client
    plan: Plan
    employer: Organisation
    werkgever: User
    other_werkgever: User
    coach: User
    coach_without_access: User


@pytest.fixture
def people(client) -> People:
    employer = Organisation.objects.create(name="Bouwbedrijf De Vries", kind=Organisation.Kind.WERKGEVER)
    other = Organisation.objects.create(name="Ander Bedrijf", kind=Organisation.Kind.WERKGEVER)
    person = make_user("sanne", Role.DEELNEMER, first_name="Sanne", organisation=employer)
    client.force_login(person)
    plan = make_plan(client)
    coach = make_user("karim", Role.COACH, first_name="Karim")
    coaching.grant_access(person, coach)
    return People(
        person=person,
        person_client=client,
        plan=plan,
        employer=employer,
        werkgever=make_user("hr", Role.WERKGEVER, organisation=employer),
        other_werkgever=make_user("hr-ander", Role.WERKGEVER, organisation=other),
        coach=coach,
        coach_without_access=make_user("coach-nee", Role.COACH),
    )


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def open_data(viewer: User, url: str, why: str = "Gesprek over opleiding"):
    return client_for(viewer).post(url, {"why": why})


def employer_url(people: People) -> str:
    return reverse("insight:person", args=[people.person.pk])


# --- services -----------------------------------------------------------------------------------------------


def test_sharing_the_plan_records_a_consent_to_the_persons_employer_for_the_plan_only(people):
    consent = services.share_plan_with_employer(people.person)
    assert (consent.subject, consent.item) == (Consent.Subject.SHARE_WITH_EMPLOYER, DataCategory.PLAN)
    assert consent.recipient_organisation == people.employer and consent.source == "ontwikkelplan"
    assert services.share_plan_with_employer(people.person) == consent  # twice: one consent, its first date
    assert services.plan_sharing(people.person) == consent
    assert accounts.has_access(people.werkgever, people.person, DataCategory.PLAN)
    for other_part in (DataCategory.SCAN, DataCategory.SENSITIVE, DataCategory.ACCOUNT, DataCategory.OVERVIEW):
        assert not accounts.has_access(people.werkgever, people.person, other_part)
    assert not accounts.has_access(people.other_werkgever, people.person, DataCategory.PLAN)
    assert list(accounts.people_sharing_with(people.employer, DataCategory.PLAN)) == [people.person]


def test_stopping_withdraws_the_consent_and_the_employer_loses_access(people):
    consent = services.share_plan_with_employer(people.person)
    assert services.stop_sharing_plan(people.person) == 1
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None and services.plan_sharing(people.person) is None
    assert not accounts.has_access(people.werkgever, people.person, DataCategory.PLAN)
    assert not accounts.people_sharing_with(people.employer, DataCategory.PLAN).exists()
    assert services.stop_sharing_plan(people.person) == 0


def test_only_a_participant_of_an_employer_can_share(people):
    region = Organisation.objects.create(name="Regio", kind=Organisation.Kind.REGIO)
    for someone in (
        make_user("zonder", Role.DEELNEMER),
        make_user("via-regio", Role.DEELNEMER, organisation=region),
        make_user("coach-met-werkgever", Role.COACH, organisation=people.employer),
    ):
        assert accounts.employer_of(someone) is None
        with pytest.raises(ValueError):
            services.share_plan_with_employer(someone)
    assert not Consent.objects.filter(subject=Consent.Subject.SHARE_WITH_EMPLOYER).exists()


def test_a_former_employer_sees_nothing_after_the_person_changed_jobs(people):
    services.share_plan_with_employer(people.person)
    people.person.organisation = Organisation.objects.get(name="Ander Bedrijf")
    people.person.save()
    assert not accounts.has_access(people.werkgever, people.person, DataCategory.PLAN)
    assert not accounts.people_sharing_with(people.employer, DataCategory.PLAN).exists()
    assert services.plan_sharing(people.person) is None  # not shared with the new employer either


def test_the_employer_sees_the_plan_without_the_steps_that_come_from_sensitive_answers(people):
    services.share_plan_with_employer(people.person)
    shared = privacy.shared_data(people.person, people.werkgever)
    assert set(shared) == {"ontwikkelplan"}
    plan = shared["ontwikkelplan"]
    assert (plan["doel"], plan["eerste_stap"]) == (GOAL, FIRST_STEP)
    assert DEBT_STEP not in plan["gekozen_stappen"] and len(plan["gekozen_stappen"]) == 1
    assert DEBT_STEP in [step["title"] for step in services.plan_steps_seen_by_others(people.plan, True)]


def test_a_coach_sees_scan_advice_and_plan_and_sensitive_parts_only_with_that_consent(people):
    assert privacy.shared_data(people.person, people.coach_without_access) == {}
    shared = privacy.shared_data(people.person, people.coach)
    assert set(shared) == {"loopbaanscan", "ontwikkelplan"}
    assert "Speelt een van deze dingen nu in je leven?" not in shared["loopbaanscan"]["antwoorden"]
    assert DEBT_STEP not in shared["ontwikkelplan"]["gekozen_stappen"]
    coaching.grant_access(people.person, people.coach, include_sensitive=True)
    shared = privacy.shared_data(people.person, people.coach)
    assert shared["loopbaanscan"]["antwoorden"]["Speelt een van deze dingen nu in je leven?"] == ["Je hebt schulden"]
    assert DEBT_STEP in shared["ontwikkelplan"]["gekozen_stappen"]


def newer_plan(people: People) -> Plan:
    """A second scan with a plan in the person's account (e.g. an anonymous scan they saved later)."""
    old = people.plan
    scan = Scan.objects.create(code="NIEUW234", user=people.person, answers=old.scan.answers)
    return Plan.objects.create(
        scan=scan, steps=old.steps, goal="Nieuw doel", first_step="Nu", first_step_date=old.first_step_date
    )


def test_others_see_the_plan_the_person_changed_last(people):
    newer = newer_plan(people)
    assert services.current_plan(people.person) == newer
    assert privacy.shared_data(people.person, people.coach)["ontwikkelplan"]["doel"] == "Nieuw doel"


# --- the person's plan page ---------------------------------------------------------------------------------


def test_the_plan_page_explains_what_the_employer_sees_and_shares_with_one_press(people):
    client = people.person_client
    page = client.get(reverse("scan:plan")).content.decode()
    assert "Deel dit plan met je werkgever" in page and "Dit ziet Bouwbedrijf De Vries dan:" in page
    assert "Niet je antwoorden uit de scan" in page
    assert not Consent.objects.filter(subject=Consent.Subject.SHARE_WITH_EMPLOYER).exists()  # looking shares nothing

    response = client.post(SHARE, {"action": "delen"})
    assert response.status_code == 303 and response["Location"] == reverse("scan:plan")
    assert services.plan_sharing(people.person) is not None
    page = client.get(reverse("scan:plan")).content.decode()
    assert "Je werkgever kan nu je plan zien." in page
    assert "Je deelt je plan met Bouwbedrijf De Vries, sinds" in page and "Stop met delen" in page

    client.post(SHARE, {"action": "stoppen"})
    assert services.plan_sharing(people.person) is None
    assert "Je deelt je plan niet meer met je werkgever." in client.get(reverse("scan:plan")).content.decode()


def test_the_privacy_page_shows_the_sharing_and_stops_it(people):
    consent = services.share_plan_with_employer(people.person)
    client = people.person_client
    page = client.get(reverse("accounts:privacy")).content.decode()
    assert "Je werkgever mag één onderdeel zien" in page and "Bouwbedrijf De Vries (Je ontwikkelplan)" in page
    assert reverse("accounts:withdraw_consent", args=[consent.pk]) in page
    client.post(reverse("accounts:withdraw_consent", args=[consent.pk]))
    assert not accounts.has_access(people.werkgever, people.person, DataCategory.PLAN)
    assert "Deel dit plan met je werkgever</button>" in client.get(reverse("scan:plan")).content.decode()


def test_without_an_employer_sharing_with_one_is_not_offered(people):
    people.person.organisation = None
    people.person.save()
    page = people.person_client.get(reverse("scan:plan")).content.decode()
    assert "Mijn ontwikkelplan" in page and "met je werkgever" not in page
    people.person_client.post(SHARE, {"action": "delen"})  # a forged form changes nothing
    assert not Consent.objects.filter(subject=Consent.Subject.SHARE_WITH_EMPLOYER).exists()


def test_an_anonymous_visitor_is_not_offered_sharing_with_an_employer(client):
    make_plan(client)
    page = client.get(reverse("scan:plan")).content.decode()
    assert "Mijn ontwikkelplan" in page and "met je werkgever" not in page
    response = client.post(SHARE, {"action": "delen"})
    assert response.status_code == 302 and response["Location"].startswith(resolve_url(settings.LOGIN_URL))


def test_with_an_employer_a_plan_not_yet_in_the_account_asks_to_save_the_scan_first(people):
    browser = Client()
    make_plan(browser)  # a scan done before logging in, not (yet) saved to the account
    browser.force_login(people.person)
    page = browser.get(reverse("scan:plan")).content.decode()
    assert "Deel dit plan met je werkgever" in page and reverse("scan:save") in page and 'value="delen"' not in page


def test_an_older_plan_cannot_be_shared_in_place_of_the_newest(people):
    newer_plan(people)
    client = people.person_client  # this browser still shows the first plan
    page = client.get(reverse("scan:plan")).content.decode()
    assert "Dit is een ouder plan." in page and 'value="delen"' not in page
    client.post(SHARE, {"action": "delen"})
    assert services.plan_sharing(people.person) is None


def test_other_roles_cannot_share(people):
    for someone in (people.werkgever, people.coach):
        assert client_for(someone).post(SHARE, {"action": "delen"}).status_code == 403


# --- the employer's pages -----------------------------------------------------------------------------------


def test_the_employer_lists_and_opens_a_shared_plan_and_the_person_sees_it_was_opened(people):
    services.share_plan_with_employer(people.person)
    employer = client_for(people.werkgever)
    listing = employer.get(reverse("insight:shared_plans")).content.decode()
    assert "Plan van Sanne" in listing and employer_url(people) in listing

    asked = employer.get(employer_url(people)).content.decode()
    assert "Waarom wil je de gegevens nu zien?" in asked and GOAL not in asked
    assert not AccessLog.objects.exists()
    assert "Schrijf kort waarom je kijkt." in employer.post(employer_url(people), {"why": ""}).content.decode()

    page = open_data(people.werkgever, employer_url(people)).content.decode()
    assert GOAL in page and FIRST_STEP in page
    assert DEBT_STEP not in page and "schulden" not in page.lower()
    assert "Loopbaanscan" not in page and people.person.email not in page  # nothing else of the person
    entry = AccessLog.objects.get()
    assert (entry.viewer, entry.viewer_role, entry.what) == (people.werkgever, Role.WERKGEVER, DataCategory.PLAN)
    assert entry.why == "Gesprek over opleiding"
    privacy_page = people.person_client.get(reverse("accounts:privacy")).content.decode()
    assert "Gesprek over opleiding" in privacy_page and "Je ontwikkelplan" in privacy_page


def test_the_employer_gets_nothing_without_the_sharing_or_after_it_stopped(people):
    employer = client_for(people.werkgever)
    assert "Plan van Sanne" not in employer.get(reverse("insight:shared_plans")).content.decode()
    assert employer.get(employer_url(people)).status_code == 404
    assert open_data(people.werkgever, employer_url(people)).status_code == 404
    services.share_plan_with_employer(people.person)
    services.stop_sharing_plan(people.person)
    assert open_data(people.werkgever, employer_url(people)).status_code == 404
    assert "Plan van Sanne" not in employer.get(reverse("insight:shared_plans")).content.decode()
    assert not AccessLog.objects.exists()


def test_an_employer_of_another_organisation_never_sees_the_plan(people):
    services.share_plan_with_employer(people.person)
    other = client_for(people.other_werkgever)
    assert "Plan van Sanne" not in other.get(reverse("insight:shared_plans")).content.decode()
    assert open_data(people.other_werkgever, employer_url(people)).status_code == 404
    assert not AccessLog.objects.exists()


def test_an_employer_never_opens_a_persons_coach_page_even_with_the_plan_shared(people):
    services.share_plan_with_employer(people.person)
    coach_url = reverse("coaching:person", args=[people.person.pk])
    assert open_data(people.werkgever, coach_url).status_code == 403


def test_coaches_and_anonymous_visitors_do_not_reach_the_employer_pages(people):
    services.share_plan_with_employer(people.person)
    for viewer in (people.coach, people.person):
        assert client_for(viewer).get(reverse("insight:shared_plans")).status_code == 403
        assert open_data(viewer, employer_url(people)).status_code == 403
    assert client_for(None).get(employer_url(people)).status_code == 302  # to the login page
    assert not AccessLog.objects.exists()


# --- the coach's page ---------------------------------------------------------------------------------------


def test_the_coach_page_shows_scan_advice_and_plan_and_logs_each_opening(people):
    url = reverse("coaching:person", args=[people.person.pk])
    for _ in range(2):
        page = open_data(people.coach, url, why="Voorbereiding gesprek").content.decode()
    assert "Loopbaanscan" in page and "Wat al goed gaat" in page and "Stappen in het advies" in page
    assert "Ontwikkelplan" in page and GOAL in page
    assert "Je hebt schulden" not in page and DEBT_STEP not in page
    assert "Antwoorden over geld, gezondheid en zorgen thuis zie je alleen als de persoon dat goed vond." in page
    assert AccessLog.objects.filter(person=people.person, viewer=people.coach).count() == 2


def test_a_coach_without_access_gets_a_404_and_nothing_is_logged(people):
    url = reverse("coaching:person", args=[people.person.pk])
    assert open_data(people.coach_without_access, url).status_code == 404
    coaching.withdraw_access(people.person, people.coach)
    assert open_data(people.coach, url).status_code == 404
    assert not AccessLog.objects.exists()


# --- the sensitive-answers consent of a scan saved to an account --------------------------------------------


def test_an_anonymous_scans_consent_moves_to_the_account_and_withdrawing_it_there_deletes_the_answers(client):
    complete_scan(client, FLEX_WORKER)
    client.post(reverse("scan:consent"), {"action": "geven"})
    scan = Scan.objects.get()
    given = scan.sensitive_consent_at
    person = make_user("anna", Role.DEELNEMER)
    client.force_login(person)
    assert not Consent.objects.exists()
    client.post(reverse("scan:save"))

    consent = Consent.objects.get(person=person, subject=Consent.Subject.SENSITIVE_ANSWERS)
    assert consent.given_at == given and consent.source == "scan" and consent.is_active
    page = client.get(reverse("accounts:privacy")).content.decode()
    assert "Wegwijzer mag je gevoelige antwoorden bewaren" in page
    with translation.override("nl"):
        assert f"Gegeven op {formats.date_format(timezone.localtime(given), 'j F Y')}." in page
    assert reverse("accounts:withdraw_consent", args=[consent.pk]) in page

    client.post(reverse("accounts:withdraw_consent", args=[consent.pk]))
    scan.refresh_from_db()
    assert scan.sensitive_answers is None and scan.sensitive_consent_withdrawn_at is not None
    assert scan.answers["werk"] == "uitzend"  # the other answers stay
    assert DEBT_STEP not in client.get(reverse("scan:result")).content.decode()


# --- one plan: what others see is the person's own advice and plan, minus what the person keeps private ------------


def own_advice_steps(people: People) -> list[dict]:
    """The steps of the advice page as the person sees it."""
    return people.person_client.get(reverse("scan:result")).context["advice"]["steps"]


def own_plan_titles(people: People) -> list[str]:
    return [step["title"] for step in people.person_client.get(reverse("scan:plan")).context["steps"]]


def test_a_coach_without_the_sensitive_consent_sees_the_persons_own_advice_minus_the_private_steps(people):
    """Before, the advice was computed again without the sensitive answers: other steps than the person's (here
    the learning ambassador, which the debt help had pushed out of the person's advice)."""
    own = own_advice_steps(people)
    private = services.sensitive_step_codes()
    assert {step["code"] for step in own} & private  # the person's advice has private steps
    shared = privacy.shared_data(people.person, people.coach)
    assert shared["loopbaanscan"]["stappen_in_het_advies"] == [s["title"] for s in own if s["code"] not in private]
    assert shared["ontwikkelplan"]["gekozen_stappen"] == [t for t in own_plan_titles(people) if t != DEBT_STEP]

    coaching.grant_access(people.person, people.coach, include_sensitive=True)
    shared = privacy.shared_data(people.person, people.coach)
    assert shared["loopbaanscan"]["stappen_in_het_advies"] == [step["title"] for step in own]
    assert shared["ontwikkelplan"]["gekozen_stappen"] == own_plan_titles(people)


def test_the_advice_others_see_is_numbered_without_gaps(people):
    advice = privacy.advice_seen_by_others(people.plan.scan, include_sensitive=False)
    assert [step["rank"] for step in advice["steps"]] == list(range(1, len(advice["steps"]) + 1))
    assert not {step["code"] for step in advice["steps"]} & services.sensitive_step_codes()


def test_when_every_step_is_private_others_see_the_advice_a_person_without_steps_gets(people, monkeypatch):
    """Advice is never empty (the engine falls back to one step); an empty list would tell that steps were left out."""
    full = privacy.advise(services.profile_of(people.plan.scan.answers))
    only_private = {**full, "steps": [{**step, "rank": 1} for step in own_advice_steps(people)[:1]]}
    assert only_private["steps"][0]["code"] in services.sensitive_step_codes()
    monkeypatch.setattr(privacy, "advise", lambda profile: copy.deepcopy(only_private))
    seen = privacy.shared_data(people.person, people.coach)["loopbaanscan"]["stappen_in_het_advies"]
    assert seen == ["Bekijk rustig welke stap bij je past"]  # the engine's step when no other step applies


def scan_part(page: str) -> str:
    """The part of a person's data the scan app shows (its own section of accounts/_shared_data.html)."""
    return re.search(r'<section aria-label="Loopbaan en leren">.*?</section>', page, re.DOTALL).group(0)


def test_the_coach_cannot_tell_that_a_step_was_left_out(people, monkeypatch):
    """The coach's page for a person with private steps is the page of a person whose advice and plan never had
    them: no gap, no "hidden" note, no numbering that skips."""
    url = reverse("coaching:person", args=[people.person.pk])
    with_private_steps = scan_part(open_data(people.coach, url).content.decode())

    scan = people.plan.scan
    other = make_user("sanne-2", Role.DEELNEMER, first_name="Sanne")
    other_scan = Scan.objects.create(code="ANDER234", user=other, answers=scan.answers, completed_at=scan.completed_at)
    Plan.objects.create(
        scan=other_scan,
        steps=people.plan.steps,
        goal=people.plan.goal,
        first_step=people.plan.first_step,
        first_step_date=people.plan.first_step_date,
    )
    coaching.grant_access(other, people.coach)
    full = privacy.advise(services.profile_of({**scan.answers, **scan.sensitive_answers}))
    kept = [step for step in full["steps"] if step["code"] not in services.sensitive_step_codes()]
    never_had_them = {**full, "steps": [{**step, "rank": rank} for rank, step in enumerate(kept, start=1)]}
    monkeypatch.setattr(privacy, "advise", lambda profile: copy.deepcopy(never_had_them))
    without = scan_part(open_data(people.coach, reverse("coaching:person", args=[other.pk])).content.decode())
    assert with_private_steps == without
    assert DEBT_STEP not in with_private_steps


def preview_and_coach_view(people: People) -> tuple[str, str]:
    before = AccessLog.objects.count()
    preview = people.person_client.get(reverse("accounts:coach_preview")).content.decode()
    assert AccessLog.objects.count() == before  # looking at one's own data is no look by someone else
    coach_page = open_data(people.coach, reverse("coaching:person", args=[people.person.pk])).content.decode()
    part = r'<div class="wegwijzer-shared-data">.*?\n</div>'
    return re.search(part, preview, re.DOTALL).group(0), re.search(part, coach_page, re.DOTALL).group(0)


def test_the_person_sees_exactly_what_the_coach_sees(people):
    privacy_page = people.person_client.get(reverse("accounts:privacy")).content.decode()
    assert reverse("accounts:coach_preview") in privacy_page and "Zo ziet je coach je gegevens" in privacy_page
    preview, coach_view = preview_and_coach_view(people)
    assert preview == coach_view and GOAL in preview and DEBT_STEP not in preview
    coaching.grant_access(people.person, people.coach, include_sensitive=True)
    preview, coach_view = preview_and_coach_view(people)
    assert preview == coach_view and DEBT_STEP in preview


def test_the_preview_without_a_coach_says_nobody_sees_the_data(client):
    person = make_user("zonder-coach", Role.DEELNEMER)
    client.force_login(person)
    page = client.get(reverse("accounts:coach_preview")).content.decode()
    assert "Je hebt nog geen coach toegang gegeven." in page and "wegwijzer-shared-data" not in page


def test_the_employer_sees_the_shared_plan_as_the_person_sees_it_minus_the_private_steps(people):
    services.share_plan_with_employer(people.person)
    seen = privacy.shared_data(people.person, people.werkgever)["ontwikkelplan"]
    assert seen["gekozen_stappen"] == [title for title in own_plan_titles(people) if title != DEBT_STEP]
    assert seen == privacy.shared_data(people.person, people.coach)["ontwikkelplan"]  # one plan for everyone
