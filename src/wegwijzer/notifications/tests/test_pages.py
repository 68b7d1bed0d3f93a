"""The inbox, the choice of how often, and stopping e-mail with one tap from a link that needs no login."""

import pytest
from django.test import Client
from django.urls import reverse

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.notifications.models import Frequency, Message, Preference
from wegwijzer.notifications.services import frequency, set_frequency, unsubscribe_token

pytestmark = pytest.mark.django_db


def _messages(person, count: int) -> None:
    Message.objects.bulk_create(
        Message(person=person, kind=Message.Kind.REMINDER, key=f"k{n}", subject=f"Bericht {n}", body="Tekst")
        for n in range(count)
    )


@pytest.mark.parametrize("count", [2, 50])
def test_the_inbox_takes_the_same_few_queries_for_2_or_50_messages(
    client, person, count, django_assert_max_num_queries
):
    _messages(person, count)
    client.force_login(person)
    with django_assert_max_num_queries(3):  # the session, the user, the messages
        page = client.get(reverse("accounts:messages")).content.decode()
    assert page.count("wegwijzer-message--unread") == count


def test_opening_a_message_marks_it_read(client, person):
    _messages(person, 1)
    message = Message.objects.get(person=person)
    client.force_login(person)
    client.get(reverse("accounts:message", args=[message.pk]))
    message.refresh_from_db()
    assert message.read_at is not None
    assert "wegwijzer-message--unread" not in client.get(reverse("accounts:messages")).content.decode()


def test_a_person_chooses_weekly_email(client, person):
    client.force_login(person)
    response = client.post(reverse("accounts:message_preferences"), {"frequency": "wekelijks"}, follow=True)
    assert frequency(person) == Frequency.WEEKLY
    assert "Opgeslagen. Eén e-mail per week met je nieuwe berichten." in response.content.decode()
    page = client.get(reverse("accounts:message_preferences")).content.decode()
    assert 'value="wekelijks" id="id_frequency_1" checked' in page


def test_a_made_up_choice_changes_nothing_and_says_so(client, person):
    set_frequency(person, Frequency.WEEKLY)
    client.force_login(person)
    response = client.post(reverse("accounts:message_preferences"), {"frequency": "elk-uur"})
    assert "Kies een van de drie mogelijkheden." in response.content.decode()
    assert frequency(person) == Frequency.WEEKLY


def test_the_link_in_the_email_stops_email_with_one_tap_without_logging_in(person):
    _messages(person, 1)
    other = make_user("ander", Role.DEELNEMER)
    url = reverse("accounts:unsubscribe", args=[unsubscribe_token(person)])
    anonymous = Client(enforce_csrf_checks=True)

    page = anonymous.get(url)
    assert "Stop de e-mails" in page.content.decode()
    assert frequency(person) == Frequency.DIRECT  # opening the link (or a mail scanner opening it) stops nothing

    done = anonymous.post(url)  # the button, or a mail program's one-click unsubscribe: no form token needed
    assert "We sturen je geen e-mail meer" in done.content.decode()
    assert frequency(person) == Frequency.NEVER
    assert Message.objects.filter(person=person).count() == 1  # only that choice changed
    assert not Preference.objects.filter(person=other).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_changed_link_changes_nothing_and_says_so_in_dutch(person, method):
    token = unsubscribe_token(person)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    response = getattr(Client(), method)(reverse("accounts:unsubscribe", args=[tampered]))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Deze link werkt niet" in page
    assert "Er is niets veranderd." in page
    assert frequency(person) == Frequency.DIRECT
    assert not Preference.objects.exists()


def test_a_token_for_another_purpose_does_not_unsubscribe(person):
    from django.core import signing

    forged = signing.dumps(person.pk)  # signed, but not for this (another salt)
    assert Client().post(reverse("accounts:unsubscribe", args=[forged])).status_code == 400
    assert frequency(person) == Frequency.DIRECT
