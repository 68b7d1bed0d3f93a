"""A person builds a skills profile from guided questions; a coach or accredited assessor confirms a skill."""

import pytest
from django.urls import reverse

from wegwijzer.accounts.models import AccessLog, Consent, Role, User
from wegwijzer.accounts.services import record_consent
from wegwijzer.skills import privacy
from wegwijzer.skills.models import Accreditation, Confirmation, Experience, ProfileSkill

pytestmark = pytest.mark.django_db
VOLUNTEERING = "Ik sta achter de bar in de kantine van de voetbalclub."
CARE = "Ik zorg voor mijn vader en geef hem zijn medicijnen."


@pytest.fixture
def person():
    return User.objects.create_user("amina", role=Role.DEELNEMER, first_name="Amina")


def answer(client, question: str, text: str):
    return client.post(reverse("skills:question", args=[question]), {"answer": text})


def test_someone_with_only_volunteering_and_care_ends_with_a_profile_in_their_own_words(client, person):
    client.force_login(person)
    assert answer(client, "werk", "").url == reverse("skills:question", args=["vrijwilligerswerk"])  # skipped
    choose = client.get(answer(client, "vrijwilligerswerk", VOLUNTEERING).url)
    offered = [value for value, _ in choose.context["form"].fields["skills"].choices]
    assert "drinken-serveren" in offered
    client.post(reverse("skills:choose", args=["vrijwilligerswerk"]), {"skills": ["drinken-serveren"]})
    client.get(answer(client, "zorg", CARE).url)
    client.post(reverse("skills:choose", args=["zorg"]), {"skills": ["medicijnen-geven", "ouderen-verzorgen"]})

    page = client.get(reverse("skills:profile")).content.decode()

    kept = dict(ProfileSkill.objects.filter(person=person).values_list("skill_key", "experience__question"))
    assert kept == {"drinken-serveren": "vrijwilligerswerk", "medicijnen-geven": "zorg", "ouderen-verzorgen": "zorg"}
    assert "Medicijnen geven zoals de arts het zegt" in page and CARE in page and VOLUNTEERING in page


def test_an_unknown_skill_or_question_changes_nothing(client, person):
    client.force_login(person)
    answer(client, "zorg", CARE)
    client.post(reverse("skills:choose", args=["zorg"]), {"skills": ["bestaat-niet"]})
    assert not ProfileSkill.objects.exists()
    assert client.get(reverse("skills:question", args=["geen-vraag"])).status_code == 404


def make_skill(person) -> ProfileSkill:
    skill = ProfileSkill.objects.create(
        person=person, skill_key="medicijnen-geven", label="Medicijnen geven", esco_uri="http://data.europa.eu/esco/x"
    )
    skill.new_confirm_code()
    return skill


CONFIRMATION = {"how": "observatie", "what_was_seen": "Zette de pillen goed klaar.", "seen_on": "02-11-2026"}


def test_an_accredited_assessor_confirms_with_evidence_and_the_look_is_logged(client, person):
    skill = make_skill(person)
    assessor = User.objects.create_user("joke", role=Role.AANBIEDER, first_name="Joke")
    Accreditation.objects.create(user=assessor, organisation="Leerbedrijf")
    client.force_login(assessor)
    url = reverse("skills:confirm", args=[skill.confirm_code])

    assert client.get(url).status_code == 200
    client.post(url, CONFIRMATION)

    confirmation = Confirmation.objects.get(skill=skill)
    assert (confirmation.confirmer_name, confirmation.confirmer_organisation) == ("Joke", "Leerbedrijf")
    assert AccessLog.objects.filter(person=person, viewer=assessor, what="vaardigheden").count() == 1
    assert client.get(url).status_code == 404  # the link works once


def test_a_coach_needs_consent_and_a_provider_needs_accreditation(client, person):
    skill = make_skill(person)
    url = reverse("skills:confirm", args=[skill.confirm_code])
    coach = User.objects.create_user("coach", role=Role.COACH)
    provider = User.objects.create_user("roc", role=Role.AANBIEDER)
    for viewer in (coach, provider):
        client.force_login(viewer)
        assert client.get(url).status_code == 404
    record_consent(person, Consent.Subject.COACH_ACCESS, recipient=coach)
    client.force_login(coach)
    assert client.get(url).status_code == 200
    assert not AccessLog.objects.filter(viewer=provider).exists()


def test_a_date_in_the_future_is_refused_and_nothing_is_confirmed(client, person):
    skill = make_skill(person)
    coach = User.objects.create_user("coach", role=Role.COACH)
    record_consent(person, Consent.Subject.COACH_ACCESS, recipient=coach)
    client.force_login(coach)

    page = client.post(reverse("skills:confirm", args=[skill.confirm_code]), CONFIRMATION | {"seen_on": "01-01-2099"})

    assert "Die datum ligt in de toekomst." in page.content.decode()
    assert not Confirmation.objects.exists()


def test_the_profile_is_exported_and_deleted_with_the_account(person):
    skill = make_skill(person)
    Confirmation.objects.create(
        skill=skill, confirmer_name="Joke", how="gesprek", what_was_seen="x", seen_on="2026-11-02"
    )

    exported = privacy.export_personal_data(person)
    privacy.delete_personal_data(person)

    assert exported["vaardigheden"][0]["bevestigd_door"] == "Joke"
    assert not ProfileSkill.objects.exists() and not Confirmation.objects.exists()


def test_a_coach_with_consent_sees_the_skills_in_the_persons_own_words(person):
    skill = make_skill(person)
    skill.experience = Experience.objects.create(person=person, question="zorg", text=CARE)
    skill.save()
    coach = User.objects.create_user("coach", role=Role.COACH)
    assert privacy.shared_data(person, coach) == {}

    record_consent(person, Consent.Subject.COACH_ACCESS, recipient=coach)

    shared = privacy.shared_data(person, coach)["vaardigheden"]
    assert [(row["naam"], row["eigen_woorden"]) for row in shared] == [("Medicijnen geven", CARE)]


def test_mijn_wegwijzer_points_to_the_skills_profile(client, person):
    client.force_login(person)
    page = client.get(reverse("accounts:mine")).content.decode()
    assert "Wat kan ik al?" in page and 'href="/vaardigheden/"' in page


def test_the_profile_links_to_the_search_and_the_search_leads_back(client, person):
    client.force_login(person)
    profile = client.get(reverse("skills:profile")).content.decode()
    assert f'href="{reverse("skills:search")}">Zoek een vaardigheid</a>' in profile
    search = client.get(reverse("skills:search"), {"q": "schoonmaken"}).content.decode()
    assert f'href="{reverse("skills:profile")}">Terug naar wat ik al kan</a>' in search


def test_someone_without_a_profile_gets_no_way_back_to_one(client):
    assert "Terug naar" not in client.get(reverse("skills:search"), {"q": "schoonmaken"}).content.decode()
