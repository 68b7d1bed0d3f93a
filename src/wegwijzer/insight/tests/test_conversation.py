"""The ontwikkelgesprek: the person prepares it, owns what they write, and alone decides whether their employer
reads it; the employer's look is logged and ends the moment the person stops sharing."""

from django.urls import reverse

from wegwijzer.accounts.models import AccessLog
from wegwijzer.accounts.privacy_hooks import delete_account, export_everything
from wegwijzer.insight.models import ConversationPrep

PREP = {
    "going_well": "Ik help nieuwe collega's graag.",
    "want_to_learn": "Ik wil leren lassen met een robot.",
    "running_into": "Ik heb weinig tijd naast de ploegendienst.",
    "needs": "Twee uur per week in werktijd.",
    "to_agree": "",
}


def employer_opens(client, world):
    client.force_login(world.werkgever)
    url = reverse("insight:shared_conversation", args=[world.subject.pk])
    return client.post(url, {"why": "Voor ons gesprek van dinsdag."})


def test_a_worker_prepares_shares_and_stops_and_the_employer_sees_only_what_is_shared(client, world):
    client.force_login(world.subject)
    assert client.post(reverse("insight:conversation"), PREP).status_code == 302
    assert ConversationPrep.objects.get(person=world.subject).want_to_learn == PREP["want_to_learn"]
    assert employer_opens(client, world).status_code == 404  # saved, not shared: the employer does not see it
    client.force_login(world.werkgever)
    assert world.subject.first_name not in client.get(reverse("insight:shared_conversations")).content.decode()

    client.force_login(world.subject)
    page = client.post(reverse("insight:conversation"), {"actie": "delen"}, follow=True).content.decode()
    assert "kan je voorbereiding nu lezen" in page
    client.force_login(world.werkgever)
    assert world.subject.first_name in client.get(reverse("insight:shared_conversations")).content.decode()
    page = employer_opens(client, world).content.decode()
    assert "Ik wil leren lassen met een robot." in page
    assert AccessLog.objects.filter(person=world.subject, viewer=world.werkgever, what="ontwikkelgesprek").exists()

    client.force_login(world.subject)
    client.post(reverse("insight:conversation"), {"actie": "stoppen"})
    assert employer_opens(client, world).status_code == 404


def test_the_employer_of_someone_else_never_sees_it(client, world):
    client.force_login(world.subject)
    client.post(reverse("insight:conversation"), PREP)
    client.post(reverse("insight:conversation"), {"actie": "delen"})
    world.subject.organisation = None  # changed jobs: the old employer no longer sees it
    world.subject.save()
    assert employer_opens(client, world).status_code == 404


def test_an_empty_or_too_long_form_says_what_is_wrong_in_dutch_and_saves_nothing(client, world):
    client.force_login(world.subject)
    page = client.post(reverse("insight:conversation"), dict.fromkeys(PREP, " ")).content.decode()
    assert "Vul minstens één vraag in." in page
    page = client.post(reverse("insight:conversation"), PREP | {"needs": "x" * 1501}).content.decode()
    assert "Dit is te lang." in page
    assert not ConversationPrep.objects.exists()


def test_sharing_before_saving_shares_nothing(client, world):
    client.force_login(world.subject)
    page = client.post(reverse("insight:conversation"), {"actie": "delen"}, follow=True).content.decode()
    assert "Sla je voorbereiding eerst op." in page
    assert employer_opens(client, world).status_code == 404


def test_the_preparation_is_in_the_persons_export_and_goes_with_their_data(client, world):
    client.force_login(world.subject)
    client.post(reverse("insight:conversation"), PREP)
    exported = export_everything(world.subject)["insight"]["voorbereiding_ontwikkelgesprek"]
    assert exported["wat_ik_graag_leer"] == PREP["want_to_learn"]
    delete_account(world.subject)
    assert not ConversationPrep.objects.exists()


def test_a_manager_reads_the_guide_and_a_region_does_not_get_it(client, world):
    client.force_login(world.werkgever)
    assert "Houd het los van de beoordeling" in client.get(reverse("insight:conversation_guide")).content.decode()
    client.force_login(world.regio)
    assert client.get(reverse("insight:conversation_guide")).status_code == 403


def test_mijn_wegwijzer_leads_a_worker_to_the_preparation(client, world):
    client.force_login(world.subject)
    assert reverse("insight:conversation") in client.get(reverse("accounts:mine")).content.decode()


def test_throwing_it_away_deletes_it_and_ends_the_sharing(client, world):
    client.force_login(world.subject)
    client.post(reverse("insight:conversation"), PREP)
    client.post(reverse("insight:conversation"), {"actie": "delen"})
    page = client.post(reverse("insight:conversation"), {"actie": "weggooien"}, follow=True).content.decode()
    assert "Je voorbereiding is weggegooid." in page
    assert not ConversationPrep.objects.exists()
    client.force_login(world.werkgever)
    assert world.subject.first_name not in client.get(reverse("insight:shared_conversations")).content.decode()
