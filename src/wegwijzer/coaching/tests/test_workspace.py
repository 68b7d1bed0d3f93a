"""The coach's workspace as a coach and a person use it: the caseload with its signals and filters (and a query
count that does not grow with 300 people), invitations, the file with notes and contacts, referrals with consent,
the shared plan and its history, withdrawal closing every page, the access log and the privacy hooks."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, strip_tags
from freezegun import freeze_time

from wegwijzer.accounts.models import AccessLog, Role
from wegwijzer.accounts.privacy_hooks import delete_account
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.coaching import privacy, services
from wegwijzer.coaching.models import Contact, Invitation, Note, PlanChange, PlanStep, Referral
from wegwijzer.scan.models import Plan, Scan

pytestmark = pytest.mark.django_db


def today() -> datetime.date:
    # Asked each time, not once at import: a run that crosses midnight must not compare two different days.
    return timezone.localdate()


def _person(name: str, coach, **fields):
    person = make_user(name, Role.DEELNEMER, first_name=name.capitalize(), **fields)
    services.grant_access(person, coach)
    return person


def _plan(person, goal="Zorg in de wijk") -> Plan:
    scan = Scan.objects.create(code=f"code-{person.pk}", user=person, answers={"werk": "zzp"})
    return Plan.objects.create(
        scan=scan, steps=["kleine_eerste_stap"], sensitive_steps=["hulp_bij_geldzorgen"], goal=goal,
        first_step="Bellen", first_step_date=today(),
    )  # fmt: skip


# --- the caseload ---------------------------------------------------------------------------------------------------


def test_the_caseload_shows_last_scan_open_steps_next_appointment_and_the_signals(client, world):
    coach = world.coach_with_consent
    busy = _person("bas", coach, last_login=timezone.now())
    _plan(busy)
    services.add_step(busy, coach, text="Bel het leerwerkloket", owner="deelnemer", due=today() + datetime.timedelta(3))
    Contact.objects.create(
        person=busy, coach=coach, date=today() + datetime.timedelta(7), kind="follow-up", topic="x", tag="amplitief"
    )
    late = _person("lotte", coach, last_login=timezone.now())
    services.add_step(late, coach, text="Cv maken", owner="deelnemer", due=today() - datetime.timedelta(2))
    client.force_login(coach)

    page = client.get(reverse("coaching:caseload")).content.decode()
    bas = page[page.index("Bas") : page.index("Lotte")]
    assert "Open stappen</dt><dd>1" in bas and "Stap over de datum" not in bas
    assert (today() + datetime.timedelta(7)).strftime("%Y") in bas and "nog geen" not in bas
    # Sanne (the world's subject) never logged in and did nothing: gone quiet.
    assert "Stil geworden</strong>" in page[page.index("Sanne") :]

    overdue = client.get(reverse("coaching:caseload"), {"toon": "achter"}).content.decode()
    assert "Lotte" in overdue and "Bas" not in overdue and "Sanne" not in overdue
    quiet = client.get(reverse("coaching:caseload"), {"toon": "stil"}).content.decode()
    assert "Sanne" in quiet and "Bas" not in quiet and "Lotte" not in quiet
    by_quiet = client.get(reverse("coaching:caseload"), {"sorteer": "stil"}).content.decode()
    assert by_quiet.index("Sanne") < by_quiet.index("Bas")


def test_an_unknown_filter_falls_back_to_everyone(client, world):
    client.force_login(world.coach_with_consent)
    page = client.get(reverse("coaching:caseload"), {"toon": "<script>", "sorteer": "x"}).content.decode()
    assert "Sanne" in page and "<script>" not in page


def _fill_caseload(coach, count: int) -> None:
    for i in range(count):
        person = _person(f"p{coach.pk}-{i}", coach)
        Scan.objects.create(code=f"s{coach.pk}-{i}", user=person, answers={})
        PlanStep.objects.create(person=person, text="stap", owner="deelnemer", due=today())
        Contact.objects.create(person=person, coach=coach, date=today(), kind="intake", topic="t", tag="curatief")


def _caseload_queries(client, coach) -> int:
    client.force_login(coach)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("coaching:caseload"), {"toon": "aandacht", "sorteer": "afspraak"}).status_code == 200
    return len(queries)


def test_the_caseload_takes_as_many_queries_for_300_people_as_for_3(client, django_assert_max_num_queries):
    small, large = make_user("coach-klein", Role.COACH), make_user("coach-groot", Role.COACH)
    _fill_caseload(small, 3)
    _fill_caseload(large, 300)
    few = _caseload_queries(client, small)
    with django_assert_max_num_queries(few):
        page = client.get(reverse("coaching:caseload"), {"toon": "alle"}).content.decode()
    client.force_login(large)
    with django_assert_max_num_queries(few):
        page = client.get(reverse("coaching:caseload")).content.decode()
    assert page.count('class="wegwijzer-caseload__person"') == 300


# --- invitations ----------------------------------------------------------------------------------------------------


def test_the_person_accepts_an_invitation_from_the_link_and_the_coach_gets_access(client, world):
    coach, person = world.coach_without_consent, world.subject
    client.force_login(coach)
    page = client.post(reverse("coaching:invite")).content.decode()
    invitation = Invitation.objects.get(coach=coach)
    assert invitation.code in page and f"?code={invitation.code}" in page
    assert not services.coach_sees(coach, person, "overzicht")  # an invitation alone grants nothing

    client.force_login(person)
    link = reverse("accounts:coach_invitation") + f"?code={invitation.code}"
    assert f'value="{invitation.code}"' in client.get(link).content.decode()
    response = client.post(reverse("accounts:coach_invitation"), {"code": invitation.code.lower()})
    assert response.status_code == 302
    assert services.coach_sees(coach, person, "overzicht")
    assert not services.coach_sees(coach, person, "gevoelig")


@pytest.mark.parametrize(
    ("problem", "message"),
    [
        ("unknown", "We vinden geen uitnodiging met deze code"),
        ("expired", "Deze uitnodiging is verlopen. Vraag je coach om een nieuwe."),
        ("used", "Deze uitnodiging is al gebruikt. Vraag je coach om een nieuwe."),
        ("empty", "Vul de code van de uitnodiging in."),
    ],
)
def test_a_code_that_does_not_work_says_why_and_changes_nothing(client, world, problem, message):
    coach = world.coach_without_consent
    invitation = services.invite(coach)
    code = {"unknown": "ZZZZZZ", "empty": ""}.get(problem, invitation.code)
    if problem == "expired":
        Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    if problem == "used":
        services.accept_invitation(world.other, invitation.code)
    client.force_login(world.subject)
    page = client.post(reverse("accounts:coach_invitation"), {"code": code}).content.decode()
    assert message in page
    assert not services.coach_sees(coach, world.subject, "overzicht")


# --- the file, contacts, notes and referrals ------------------------------------------------------------------------


def _record(client, person, **fields):
    data = {"date": today().isoformat(), "kind": "intake", "topic": "Kennismaken", "tag": "curatief"} | fields
    return client.post(reverse("coaching:contact", args=[person.pk]), data)


def test_a_shared_note_reaches_the_person_and_a_private_one_does_not(client, world):
    coach, person = world.coach_with_consent, world.subject
    client.force_login(coach)
    assert _record(client, person, note="Wil graag in de zorg werken", note_shared="on").status_code == 302
    assert _record(client, person, kind="follow-up", note="Lijkt moe, later naar vragen").status_code == 302
    coach_page = client.get(reverse("coaching:file", args=[person.pk])).content.decode()
    assert "Wil graag in de zorg werken" in coach_page and "Lijkt moe" in coach_page
    assert "Curatief: eerst een probleem oplossen" in coach_page

    client.force_login(person)
    own_page = client.get(reverse("accounts:my_coach")).content.decode()
    assert "Wil graag in de zorg werken" in own_page
    assert "Lijkt moe" not in own_page


def test_each_look_at_the_file_and_the_plan_is_in_the_access_log(client, world):
    coach, person = world.coach_with_consent, world.subject
    client.force_login(coach)
    client.get(reverse("coaching:file", args=[person.pk]))
    client.get(reverse("coaching:plan", args=[person.pk]))
    client.get(reverse("coaching:file", args=[person.pk]))
    looks = AccessLog.objects.filter(person=person, viewer=coach)
    assert looks.count() == 3
    client.force_login(person)
    assert "Coachdossier" in client.get(reverse("accounts:privacy")).content.decode()


def test_a_referral_needs_the_persons_yes_and_is_followed_up(client, world):
    coach, person = world.coach_with_consent, world.subject
    client.force_login(coach)
    page = _record(client, person, referral_service="schuldhulp").content.decode()
    assert "Een verwijzing leggen we alleen vast als de deelnemer ja zei" in page
    assert not Contact.objects.exists() and not Referral.objects.exists()

    assert _record(client, person, referral_service="schuldhulp", referral_consent="on").status_code == 302
    referral = Referral.objects.get(person=person)
    assert referral.arrived == Referral.Arrived.OPEN
    client.post(reverse("coaching:follow_up", args=[person.pk, referral.pk]), {"arrived": "ja"})
    referral.refresh_from_db()
    assert referral.arrived == Referral.Arrived.YES and referral.followed_up_at

    client.force_login(world.other)  # another participant cannot take it away
    assert client.post(reverse("accounts:remove_referral", args=[referral.pk])).status_code == 404
    client.force_login(person)
    assert "Hulp bij geldzorgen en schulden" in client.get(reverse("accounts:my_coach")).content.decode()
    client.post(reverse("accounts:remove_referral", args=[referral.pk]))  # the person did not agree after all
    assert not Referral.objects.exists()


def test_bad_contact_input_gives_dutch_messages_and_stores_nothing(client, world):
    client.force_login(world.coach_with_consent)
    page = _record(client, world.subject, date="31-02-2026", kind="feest", topic="", tag="").content.decode()
    for message in (
        "Vul een datum in, zoals",
        "Kies de soort gesprek.",
        "Schrijf in een paar woorden",
        "Kies curatief",
    ):
        assert message in page
    assert not Contact.objects.exists()


def test_the_guide_for_the_chosen_kind_sits_beside_the_form(client, world):
    client.force_login(world.coach_with_consent)
    url = reverse("coaching:contact", args=[world.subject.pk])
    intake = client.get(url, {"soort": "intake"}).content.decode()
    assert "Waar word je blij van?" in intake and "Wat heb jij nu eigenlijk nodig?" in intake
    assert 'name="topic"' in intake
    follow_up = client.get(url, {"soort": "follow-up"}).content.decode()
    assert "Ben je bij de hulp geweest" in follow_up and "Waar word je blij van?" not in follow_up


def test_every_question_in_the_guide_cites_a_line_of_a_report_it_names():
    """The guide's sources point at real lines of kuijpers-draaisma-2020 or energietransitie-fase2."""
    import re

    from wegwijzer.advice.engine import load_rulebook
    from wegwijzer.advice.tests.conftest import RESEARCH

    if not RESEARCH.exists():
        pytest.skip(f"De onderzoeksrapporten staan niet in {RESEARCH}.")
    sources = load_rulebook().sources
    guide = services.conversation_guide()
    cited = [s for t in guide["tags"].values() for s in t["sources"]]
    cited += [
        s for kind in guide["kinds"].values() for t in kind["topics"] for q in t["questions"] for s in q["sources"]
    ]
    assert cited
    for source in cited:
        key, line = source.split(" L")
        assert key in ("kuijpers-draaisma-2020", "energietransitie-fase2")
        lines = (RESEARCH / sources[key].file).read_text(encoding="utf-8").splitlines()
        assert re.fullmatch(r"\d+", line) and lines[int(line) - 1].strip(), source


# --- the shared plan ------------------------------------------------------------------------------------------------


def test_coach_and_person_edit_one_plan_and_both_see_every_change(client, world):
    coach, person = world.coach_with_consent, world.subject
    plan = _plan(person)
    client.force_login(coach)
    url = reverse("coaching:plan", args=[person.pk])
    step = {
        "action": "step",
        "text": "Open dag ROC bezoeken",
        "owner": "deelnemer",
        "due": "2026-12-05",
    }
    assert client.post(url, step).status_code == 302
    client.post(url, {"action": "goal", "goal": "Ik wil helpende worden"})

    client.force_login(person)
    own = reverse("accounts:my_coach_plan")
    page = client.get(own).content.decode()
    assert "Open dag ROC bezoeken" in page and "Ik wil helpende worden" in page
    client.post(own, {"action": "done", "step": PlanStep.objects.get().pk})

    client.force_login(coach)
    page = strip_tags(client.get(url).content.decode())
    assert "Gedaan: Open dag ROC bezoeken (deelnemer)" in page
    assert "Nieuwe stap: Open dag ROC bezoeken (De deelnemer, 05-12-2026) (coach)" in page
    plan.refresh_from_db()
    assert plan.goal == "Ik wil helpende worden"
    assert plan.sensitive_steps == ["hulp_bij_geldzorgen"] and plan.steps == ["kleine_eerste_stap"]
    assert PlanChange.objects.filter(person=person).count() == 3


def test_bad_plan_input_changes_nothing(client, world):
    client.force_login(world.subject)
    url = reverse("accounts:my_coach_plan")
    page = client.post(url, {"action": "step", "text": "", "owner": "baas", "due": "morgen"}).content.decode()
    assert "Schrijf op wat de stap is." in page and "Kies wie de stap doet." in page and "Vul een datum in" in page
    client.post(url, {"action": "done", "step": "abc"})
    client.post(url, {"action": "goal", "goal": "Geen plan"})
    assert not PlanStep.objects.exists() and not PlanChange.objects.exists()


def test_steps_due_gives_the_open_steps_up_to_a_date_in_date_order(world):
    coach, person = world.coach_with_consent, world.subject
    soon = services.add_step(person, coach, text="Bellen", owner="deelnemer", due=today() + datetime.timedelta(2))
    services.add_step(person, coach, text="Later", owner="coach", due=today() + datetime.timedelta(30))
    done = services.add_step(person, coach, text="Al gedaan", owner="deelnemer", due=today())
    services.complete_step(done, coach)
    overdue = services.add_step(person, coach, text="Vergeten", owner="deelnemer", due=today() - datetime.timedelta(1))
    assert list(services.steps_due(today() + datetime.timedelta(3), since=today())) == [soon]
    assert list(services.steps_due(today() + datetime.timedelta(3))) == [overdue, soon]


# --- withdrawal, privacy --------------------------------------------------------------------------------------------


def test_after_withdrawal_every_coach_page_about_the_person_is_gone_at_once(client, world):
    coach, person = world.coach_with_consent, world.subject
    referral = Referral.objects.create(person=person, coach=coach, service="taalhuis", consent_at=timezone.now())
    contact = {"date": today().isoformat(), "kind": "intake", "topic": "t", "tag": "curatief"}
    step = {"action": "step", "text": "x", "owner": "coach", "due": "2026-12-01"}
    pages = [
        ("get", reverse("coaching:file", args=[person.pk]), {}),
        ("get", reverse("coaching:contact", args=[person.pk]), {}),
        ("post", reverse("coaching:contact", args=[person.pk]), contact),
        ("get", reverse("coaching:plan", args=[person.pk]), {}),
        ("post", reverse("coaching:plan", args=[person.pk]), step),
        ("post", reverse("coaching:follow_up", args=[person.pk, referral.pk]), {"arrived": "ja"}),
        ("post", reverse("coaching:person", args=[person.pk]), {"why": "Gesprek"}),
    ]  # fmt: skip
    client.force_login(coach)
    assert all(getattr(client, method)(url, data).status_code in (200, 302) for method, url, data in pages)
    services.withdraw_access(person, coach)
    logged = AccessLog.objects.count()
    contacts = Contact.objects.count()
    assert [getattr(client, method)(url, data).status_code for method, url, data in pages] == [404] * len(pages)
    assert "Sanne" not in client.get(reverse("coaching:caseload")).content.decode()
    assert AccessLog.objects.count() == logged and Contact.objects.count() == contacts


def test_the_export_holds_every_note_and_deleting_the_account_removes_it_all(world):
    coach, person = world.coach_with_consent, world.subject
    services.record_contact(coach, person, date=today(), kind="intake", topic="Kennismaken", tag="preventief",
                            note="Privé", referral_service="taalhuis")  # fmt: skip
    services.add_step(person, coach, text="Taalcafé", owner="deelnemer", due=today())
    export = privacy.export_personal_data(person)
    assert export["notities"][0] == {"datum": today().isoformat(), "tekst": "Privé", "gedeeld": False}
    assert export["gesprekken"][0]["onderwerp"] == "Kennismaken" and export["stappen"][0]["tekst"] == "Taalcafé"
    assert export["verwijzingen"][0]["hulp"] == "Taalhuis"
    delete_account(person)
    assert not any(m.objects.exists() for m in (Contact, Note, Referral, PlanStep, PlanChange))


def test_the_export_dates_a_note_by_the_day_in_the_netherlands_not_in_utc(world):
    coach, person = world.coach_with_consent, world.subject
    with freeze_time("2026-11-30 23:30:00+00:00"):  # 00:30 on 1 December in Amsterdam
        services.record_contact(coach, person, date=datetime.date(2026, 12, 1), kind="intake", topic="t",
                                tag="preventief", note="Na middernacht", referral_service="taalhuis")  # fmt: skip
        step = services.add_step(person, coach, text="Bellen", owner="deelnemer", due=datetime.date(2026, 12, 2))
        services.complete_step(step, person)
    export = privacy.export_personal_data(person)
    assert export["notities"][0]["datum"] == "2026-12-01"
    assert export["verwijzingen"][0]["datum"] == "2026-12-01"
    assert export["stappen"][0]["gedaan"] == "2026-12-01"


def test_retention_removes_the_records_once_access_ended_long_enough_ago(world):
    coach, person = world.coach_with_consent, world.subject
    services.record_contact(coach, person, date=today(), kind="intake", topic="t", tag="curatief", note="n")
    assert services.delete_after_access_ended(30) == 0  # still working together
    services.withdraw_access(person, coach)
    assert services.delete_after_access_ended(30) == 0  # ended today: kept for the retention period
    from wegwijzer.accounts.models import Consent

    Consent.objects.filter(person=person).update(withdrawn_at=timezone.now() - datetime.timedelta(days=31))
    assert services.delete_after_access_ended(30) == 2
    assert not Contact.objects.exists() and not Note.objects.exists()


def test_the_coach_reads_the_advice_with_its_reasons_but_not_those_of_sensitive_steps(client, world):
    from wegwijzer.scan.services import sensitive_step_codes
    from wegwijzer.scan.tests.conftest import make_plan

    coach, person = world.coach_with_consent, world.subject
    own = Client()
    own.force_login(person)
    make_plan(own)  # debts answered and kept with consent: the debt step is in the person's own advice
    steps = own.get(reverse("scan:result")).context["advice"]["steps"]
    client.force_login(coach)
    page = client.post(reverse("coaching:person", args=[person.pk]), {"why": "Intake"}).content.decode()
    assert "Waarom deze stappen" in page
    private = sensitive_step_codes()
    shown = [step for step in steps if step["code"] not in private]
    hidden = [step for step in steps if step["code"] in private]
    assert shown and hidden
    assert all(escape(step["why"]) in page for step in shown)
    assert not any(escape(step["why"]) in page for step in hidden)
