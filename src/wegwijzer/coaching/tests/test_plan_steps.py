"""The shared plan's steps point at real things (an offer of the catalogue, a funding scheme) and both coach and
person change or take away a step, each change in the history both see; the coach's view of which money fits."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from wegwijzer.accounts.models import AccessLog, DataCategory
from wegwijzer.coaching import privacy, services
from wegwijzer.coaching.models import PlanChange, PlanStep
from wegwijzer.scan.models import Scan

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
SOON = TODAY + datetime.timedelta(days=7)


@pytest.fixture
def step(world):
    return services.add_step(
        world.subject, world.coach_with_consent, text="Een cursus kiezen", owner=PlanStep.Owner.PERSON, due=SOON
    )


def _coach_url(world, name: str, step: PlanStep) -> str:
    return reverse(f"coaching:{name}", kwargs={"person_id": world.subject.pk, "step_id": step.pk})


def _own_url(name: str, step: PlanStep) -> str:
    return reverse(f"accounts:my_coach_{name}", kwargs={"step_id": step.pk})


def _history(client, url) -> str:
    return strip_tags(client.get(url).content.decode())


# --- an offer and a scheme for a step --------------------------------------------------------------------------


def test_the_coach_finds_an_offer_chooses_it_and_the_person_sees_it_as_a_link(client, world, step, make_offer):
    offer = make_offer(title="Heftruck rijden voor beginners")
    make_offer(title="Koken voor grote groepen")
    client.force_login(world.coach_with_consent)
    search_page = client.get(_coach_url(world, "plan_step_offer", step), {"zoek": "heftruck"}).content.decode()
    assert "Heftruck rijden voor beginners" in search_page and "Koken" not in search_page

    client.post(_coach_url(world, "plan_step_offer", step), {"offer": offer.pk})

    step.refresh_from_db()
    assert step.offer_ref == str(offer.pk)
    client.force_login(world.subject)
    plan = client.get(reverse("accounts:my_coach_plan")).content.decode()
    assert f'href="{reverse("catalogue:offer", args=[offer.pk])}"' in plan
    assert "Aanbod gekozen voor Een cursus kiezen: Heftruck rijden voor beginners (coach)" in strip_tags(plan)

    client.post(_own_url("plan_step_offer", step), {"offer": ""})  # "Geen aanbod bij deze stap"
    step.refresh_from_db()
    assert step.offer_ref == ""
    assert "Geen aanbod meer voor Een cursus kiezen (deelnemer)" in _history(client, reverse("accounts:my_coach_plan"))


def test_the_person_names_a_running_scheme_for_a_new_step_and_an_ended_one_is_not_offered(client, world, make_scheme):
    make_scheme("leerfonds-zorg", name="Leerfonds Zorg")
    make_scheme("oud-fonds", name="Oud Fonds", valid_until=TODAY - datetime.timedelta(days=1))
    client.force_login(world.subject)
    url = reverse("accounts:my_coach_plan")
    form = client.get(url).content.decode()
    assert "Leerfonds Zorg" in form and "Oud Fonds" not in form

    new_step = {"action": "step", "text": "Aanvraag doen", "owner": "deelnemer", "due": SOON.isoformat()}
    refused = client.post(url, new_step | {"funding_ref": "oud-fonds"}).content.decode()
    assert "Kies een regeling uit de lijst, of &#x27;Nog niet bekend&#x27;." in refused
    assert not PlanStep.objects.exists()

    client.post(url, new_step | {"funding_ref": "leerfonds-zorg"})
    plan = client.get(url).content.decode()
    assert f'href="{reverse("catalogue:scheme", args=["leerfonds-zorg"])}"' in plan
    assert "betaald met: Leerfonds Zorg (voorbeeld)" in strip_tags(plan)


def test_text_typed_before_the_links_stays_readable_until_a_real_choice_replaces_it(client, world, make_scheme):
    make_scheme("stap-fonds", name="Stapfonds")
    old = PlanStep.objects.create(
        person=world.subject, text="Taalcursus", owner="deelnemer", due=SOON,
        offer_text="Cursus bij het taalhuis", funding_text="Mijn werkgever",
    )  # fmt: skip
    client.force_login(world.subject)
    page = strip_tags(client.get(reverse("accounts:my_coach_plan")).content.decode())
    assert "Aanbod (eerder opgeschreven): Cursus bij het taalhuis" in page
    assert "Betaald met (eerder opgeschreven): Mijn werkgever" in page
    assert privacy.export_personal_data(world.subject)["stappen"][0]["betaald_met"] == "Mijn werkgever"

    edit = {"text": "Taalcursus", "owner": "deelnemer", "due": SOON.isoformat(), "funding_ref": "stap-fonds"}
    client.post(_own_url("plan_step", old), edit)

    old.refresh_from_db()
    assert (old.funding_ref, old.funding_text, old.offer_text) == ("stap-fonds", "", "Cursus bij het taalhuis")
    assert privacy.export_personal_data(world.subject)["stappen"][0]["betaald_met"] == "Stapfonds (voorbeeld)"


def test_bad_offer_choices_say_what_is_wrong_and_change_nothing(client, world, step, make_offer):
    gone = make_offer(title="Verdwenen cursus", is_active=False)
    client.force_login(world.subject)
    url = _own_url("plan_step_offer", step)
    assert "Vul een paar woorden in om een aanbod te zoeken." in client.get(url, {"zoek": " "}).content.decode()
    nothing = client.get(url, {"zoek": "xyzzyq"}).content.decode()
    assert "We vonden geen aanbod met deze woorden." in nothing
    for ref in (gone.pk, "abc", 999_999):
        response = client.post(url, {"offer": ref}, follow=True)
        assert "Dit aanbod staat niet meer in de catalogus. Zoek opnieuw." in response.content.decode()
    step.refresh_from_db()
    assert step.offer_ref == "" and PlanChange.objects.count() == 1  # only the step's creation


def test_an_offer_taken_out_of_the_catalogue_later_says_so_on_the_step(client, world, step, make_offer):
    offer = make_offer(title="Cursus die stopt")
    chosen = services.lookup_choices(services.OFFERS, [str(offer.pk)])[str(offer.pk)]
    services.choose_offer(step, world.subject, chosen)
    offer.is_active = False
    offer.save()
    client.force_login(world.subject)
    page = client.get(reverse("accounts:my_coach_plan")).content.decode()
    assert "Het gekozen aanbod staat niet meer in de catalogus. Kies een ander." in page


# --- changing and taking away a step ----------------------------------------------------------------------------


def test_the_person_changes_a_step_and_the_coach_sees_what_it_was(client, world, step):
    client.force_login(world.subject)
    later = TODAY + datetime.timedelta(days=20)
    edit = {"text": "Twee cursussen vergelijken", "owner": "coach", "due": later.isoformat(), "funding_ref": ""}
    assert client.post(_own_url("plan_step", step), edit).status_code == 302

    step.refresh_from_db()
    assert (step.text, step.owner, step.due) == ("Twee cursussen vergelijken", "coach", later)
    client.force_login(world.coach_with_consent)
    history = _history(client, reverse("coaching:plan", args=[world.subject.pk]))
    assert (
        f"Stap gewijzigd: Een cursus kiezen (De deelnemer, {SOON:%d-%m-%Y}) werd "
        f"Twee cursussen vergelijken (De coach, {later:%d-%m-%Y}) (deelnemer)" in history
    )


def test_a_bad_change_says_what_is_wrong_and_changes_nothing(client, world, step):
    client.force_login(world.coach_with_consent)
    bad = {"text": "", "owner": "baas", "due": "volgende week", "funding_ref": "bestaat-niet"}
    page = client.post(_coach_url(world, "plan_step", step), bad).content.decode()
    for message in ("Schrijf op wat de stap is.", "Kies wie de stap doet.", "Vul een datum in, zoals 14-03-2026."):
        assert message in page
    assert "Kies een regeling uit de lijst" in page
    step.refresh_from_db()
    assert step.text == "Een cursus kiezen" and PlanChange.objects.count() == 1


def test_taking_a_step_away_asks_first_and_then_keeps_it_in_the_history(client, world, step):
    client.force_login(world.coach_with_consent)
    url = _coach_url(world, "plan_step_delete", step)
    confirm = client.get(url).content.decode()
    assert "Wil je deze stap weghalen?" in confirm and "Ja, haal de stap weg" in confirm
    assert PlanStep.objects.filter(pk=step.pk).exists()  # looking at the question takes nothing away

    client.post(url)

    assert not PlanStep.objects.filter(pk=step.pk).exists()
    client.force_login(world.subject)
    history = _history(client, reverse("accounts:my_coach_plan"))
    assert f"Stap weggehaald: Een cursus kiezen (De deelnemer, {SOON:%d-%m-%Y}) (coach)" in history
    assert client.post(_own_url("plan_step_delete", step)).status_code == 404  # gone is gone


def test_nobody_else_reaches_a_step(client, world, step):
    client.force_login(world.other)
    for name in ("plan_step", "plan_step_offer", "plan_step_delete"):
        assert client.get(_own_url(name, step)).status_code == 404
        assert client.post(_own_url(name, step)).status_code == 404
    client.force_login(world.coach_without_consent)
    for name in ("plan_step", "plan_step_offer", "plan_step_delete"):
        assert client.post(_coach_url(world, name, step)).status_code == 404
    assert PlanStep.objects.filter(pk=step.pk).exists() and PlanChange.objects.count() == 1


def test_every_look_of_the_coach_at_a_step_is_logged(client, world, step):
    client.force_login(world.coach_with_consent)
    for name in ("plan_step", "plan_step_offer", "plan_step_delete"):
        client.get(_coach_url(world, name, step))
    looks = AccessLog.objects.filter(person=world.subject, viewer=world.coach_with_consent, what=DataCategory.PLAN)
    assert looks.count() == 3
    gone = reverse("coaching:plan_step", kwargs={"person_id": world.subject.pk, "step_id": step.pk + 1})
    assert client.get(gone).status_code == 404 and looks.count() == 3  # nothing seen, nothing logged


def test_the_plan_page_needs_the_same_queries_for_3_and_for_30_linked_steps(client, world, make_offer, make_scheme):
    make_scheme("fonds", name="Fonds")
    client.force_login(world.subject)
    url = reverse("accounts:my_coach_plan")

    def queries_for(count: int) -> int:
        PlanStep.objects.all().delete()
        for number in range(count):
            offer = make_offer(title=f"Cursus {number}")
            PlanStep.objects.create(
                person=world.subject, text=f"Stap {number}", owner="deelnemer", due=SOON,
                offer_ref=str(offer.pk), funding_ref="fonds",
            )  # fmt: skip
        with CaptureQueriesContext(connection) as context:
            page = client.get(url).content.decode()
        assert page.count(">Cursus ") == count
        return len(context.captured_queries)

    assert queries_for(3) == queries_for(30)


# --- which money fits: the coach's view ------------------------------------------------------------------------


def _scan_with_debts(person) -> Scan:
    return Scan.objects.create(
        code=f"geld-{person.pk}", user=person, answers={"werk": "werkzoekend", "uitkering": "ww"},
        sensitive_answers={"zorgen": ["schulden"]},
    )  # fmt: skip


def test_the_coach_sees_which_schemes_fit_with_the_reasons_and_the_look_is_logged(client, world, make_scheme):
    make_scheme("voor-iedereen", name="Voor Iedereen")
    make_scheme("alleen-bijstand", name="Alleen Bijstand", benefits=["bijstand"])
    make_scheme("weinig-geld", name="Weinig Geld", low_income=True)
    _scan_with_debts(world.subject)
    client.force_login(world.coach_with_consent)
    url = reverse("coaching:funding", args=[world.subject.pk])

    page = strip_tags(client.get(url).content.decode())

    fits, rest = page.split("Dit past misschien")
    might, does_not = rest.split("Dit past niet")
    assert "Voor Iedereen" in fits and "Alleen Bijstand" in does_not
    assert "Deze regeling is voor mensen met bijstand" in does_not
    # The debts are a sensitive answer this coach may not see: what follows from them stays hidden too.
    assert "Weinig Geld" in might and "weinig geld" not in fits
    assert AccessLog.objects.filter(
        person=world.subject, viewer=world.coach_with_consent, what=DataCategory.SCAN
    ).exists()


def test_with_the_sensitive_consent_the_coach_sees_what_the_person_sees(client, world, make_scheme):
    make_scheme("weinig-geld", name="Weinig Geld", low_income=True)
    _scan_with_debts(world.subject)
    services.grant_access(world.subject, world.coach_with_consent, include_sensitive=True)
    client.force_login(world.coach_with_consent)
    page = strip_tags(client.get(reverse("coaching:funding", args=[world.subject.pk])).content.decode())
    fits = page.split("Dit past misschien")[0]
    assert "Weinig Geld" in fits and "je hebt weinig geld" in fits


def test_without_a_scan_the_coach_is_told_so_and_without_consent_the_page_does_not_exist(client, world):
    client.force_login(world.coach_with_consent)
    page = client.get(reverse("coaching:funding", args=[world.subject.pk])).content.decode()
    assert "Deze deelnemer heeft nog geen scan gedaan." in page
    client.force_login(world.coach_without_consent)
    assert client.get(reverse("coaching:funding", args=[world.subject.pk])).status_code == 404


def test_which_money_fits_needs_the_same_queries_for_3_and_for_30_schemes(client, world, make_scheme):
    _scan_with_debts(world.subject)
    client.force_login(world.coach_with_consent)
    url = reverse("coaching:funding", args=[world.subject.pk])

    def queries_for(count: int) -> int:
        for number in range(count):
            make_scheme(f"fonds-{count}-{number}", name=f"Fonds {count}-{number}")
        with CaptureQueriesContext(connection) as context:
            page = client.get(url).content.decode()
        assert page.count(f'id="regeling-fonds-{count}-') == count
        return len(context.captured_queries)

    assert queries_for(3) == queries_for(30)
