"""A finished learning offer as a credential: the person asks, the offer's provider (or their coach) confirms, the
person makes a credential with the offer as its achievement, signed and checked like a skill's."""

import pytest
from django.urls import reverse

from wegwijzer.accounts.models import AccessLog, Consent, Organisation, Role, User
from wegwijzer.accounts.services import record_consent
from wegwijzer.catalogue.models import Offer, Provider
from wegwijzer.credentials import services
from wegwijzer.credentials.models import FinishedLearning, IssuedCredential
from wegwijzer.skills.models import EscoConcept

pytestmark = pytest.mark.django_db
DONE = {"finished_on": "20-11-2026", "what_was_done": "Volgde alle acht lessen en maakte de eindopdracht."}


@pytest.fixture
def roc():
    return Organisation.objects.create(name="ROC Midden (voorbeeld)", kind=Organisation.Kind.AANBIEDER)


@pytest.fixture
def offer(roc):
    provider = Provider.objects.create(code="roc-midden", name="ROC Midden (voorbeeld)", organisation=roc)
    offer = Offer.objects.create(
        provider=provider, external_id="hh-1", kind="cursus", theme="zorg", title="Helpende zorg en welzijn, kort",
        description="Je leert helpen in de zorg.", delivery="klassikaal", schedule="avond", hours=40, weeks=8,
        price_cents=0, entry_level="geen", certificate="certificaat",
    )  # fmt: skip
    helper = EscoConcept.objects.create(
        uri="http://data.europa.eu/esco/occupation/voorbeeld-helpende", label="helpende zorg", concept_type="occupation"
    )
    offer.esco_concepts.add(helper)
    return offer


@pytest.fixture
def person():
    return User.objects.create_user("sanne", role=Role.DEELNEMER, first_name="Sanne")


@pytest.fixture
def teacher(roc):
    return User.objects.create_user("docent", role=Role.AANBIEDER, first_name="Ria", organisation=roc)


def ask(client, person, offer) -> str:
    client.force_login(person)
    client.post(reverse("credentials:ask_learning_confirmation", args=[offer.pk]))
    return FinishedLearning.objects.get(person=person, offer=offer).confirm_code


def test_the_provider_confirms_and_the_person_gets_a_credential_for_the_offer(client, person, offer, teacher):
    code = ask(client, person, offer)
    client.force_login(teacher)
    assert client.get(reverse("credentials:confirm_learning", args=[code])).status_code == 200
    assert AccessLog.objects.filter(viewer=teacher, person=person).exists()
    client.post(reverse("credentials:confirm_learning", args=[code]), DONE)

    client.force_login(person)
    finished = FinishedLearning.objects.get(person=person)
    assert "Maak er een bewijs van" in client.get(reverse("credentials:mine")).content.decode()
    client.post(reverse("credentials:ask_for_learning", args=[finished.pk]))

    credential = IssuedCredential.objects.get(person=person, learning=finished)
    data = services.payload(credential)
    achievement = data["credentialSubject"]["achievement"]
    assert achievement["name"] == "Helpende zorg en welzijn, kort" and achievement["achievementType"] == "Course"
    assert achievement["alignment"][0]["targetUrl"] == "http://data.europa.eu/esco/occupation/voorbeeld-helpende"
    assert "Ria (ROC Midden (voorbeeld))" in data["evidence"][0]["narrative"]
    assert "acht lessen" in data["evidence"][0]["narrative"]
    assert services.verify(credential.vc_jwt).state == "geldig"


def test_the_offer_page_asks_a_participant_whether_they_finished_it(client, person, offer):
    client.force_login(person)
    page = client.get(reverse("catalogue:offer", args=[offer.pk])).content.decode()
    assert "Heb je dit afgerond?" in page
    assert reverse("credentials:ask_learning_confirmation", args=[offer.pk]) in page


def test_only_the_offers_own_provider_or_a_coach_with_access_may_confirm(client, person, offer, teacher):
    code = ask(client, person, offer)
    other_school = Organisation.objects.create(name="Andere school", kind=Organisation.Kind.AANBIEDER)
    stranger = User.objects.create_user("vreemde", role=Role.AANBIEDER, organisation=other_school)
    coach = User.objects.create_user("coach", role=Role.COACH)
    for outsider in (stranger, coach, person):
        client.force_login(outsider)
        response = client.post(reverse("credentials:confirm_learning", args=[code]), DONE)
        assert response.status_code in (403, 404), outsider
    assert FinishedLearning.objects.get(person=person).confirmed_at is None

    record_consent(person, Consent.Subject.COACH_ACCESS, recipient=coach)
    client.force_login(coach)
    client.post(reverse("credentials:confirm_learning", args=[code]), DONE)
    assert FinishedLearning.objects.get(person=person).confirmer_name == coach.display_name


def test_nothing_is_issued_before_it_is_confirmed_or_for_someone_else(client, person, offer):
    ask(client, person, offer)
    finished = FinishedLearning.objects.get(person=person)
    assert client.post(reverse("credentials:ask_for_learning", args=[finished.pk])).status_code == 404
    other = User.objects.create_user("ander", role=Role.DEELNEMER)
    client.force_login(other)
    assert client.post(reverse("credentials:ask_for_learning", args=[finished.pk])).status_code == 404
    assert not IssuedCredential.objects.exists()


def test_a_date_in_the_future_is_refused_with_a_dutch_message(client, person, offer, teacher):
    code = ask(client, person, offer)
    client.force_login(teacher)
    response = client.post(reverse("credentials:confirm_learning", args=[code]), {**DONE, "finished_on": "01-01-2099"})
    assert "Die datum ligt in de toekomst." in response.content.decode()
    assert FinishedLearning.objects.get(person=person).confirmed_at is None
