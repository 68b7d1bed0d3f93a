"""Logging out, changing and resetting a password: Dutch pages, plain forms, clear messages."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "nog-een-lang-wachtwoord-77"


def test_a_forgotten_password_is_reset_through_a_link_in_a_dutch_email(client, world):
    response = client.post(reverse("accounts:password_reset"), {"email": "sanne@example.org"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    (message,) = mail.outbox
    assert message.subject == "Nieuw wachtwoord voor Wegwijzer"
    assert "Je gebruikersnaam is: sanne" in message.body
    link = re.search(r"http://testserver(/account/wachtwoord-vergeten/\S+/)", message.body).group(1)
    form_url = client.get(link)["Location"]  # Django swaps the token for a session marker
    page = client.post(form_url, {"new_password1": "kort", "new_password2": "kort"}).content.decode()
    assert "utrecht-form-field--invalid" in page  # too short: said next to the field
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response["Location"] == reverse("accounts:password_reset_complete")
    world.subject.refresh_from_db()
    assert world.subject.check_password(NEW_PASSWORD)


def test_an_unknown_email_address_gets_the_same_answer_and_no_mail(client, world):
    response = client.post(reverse("accounts:password_reset"), {"email": "niemand@example.org"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []


def test_changing_the_password_needs_the_old_one(client, world):
    client.force_login(world.subject)
    url = reverse("accounts:password_change")
    data = {"old_password": "fout", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    assert "utrecht-form-field--invalid" in client.post(url, data).content.decode()
    response = client.post(url, {**data, "old_password": PASSWORD})
    assert response["Location"] == reverse("accounts:password_change_done")
    assert client.get(reverse("accounts:privacy")).status_code == 200  # still logged in


def test_logging_out_is_a_plain_form_post(client, world):
    client.force_login(world.subject)
    page = client.get(reverse("accounts:privacy")).content.decode()
    assert f'action="{reverse("accounts:logout")}"' in page
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("accounts:privacy")).status_code == 302
