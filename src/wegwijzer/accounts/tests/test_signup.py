"""Making an account to save a scan: e-mail address and password, an inactive participant until the link in the mail
is followed (with the password chosen), the same page whether the address has an account or not, throttled."""

import re
from datetime import timedelta
from urllib.parse import quote, urlsplit

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wegwijzer.accounts import signup, views
from wegwijzer.accounts.models import Role, User
from wegwijzer.scan.models import Scan
from wegwijzer.scan.tests.conftest import FLEX_WORKER, complete_scan

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db
SIGNUP = reverse("accounts:signup")
RESEND = reverse("accounts:signup_resend")
SENT = reverse("accounts:signup_sent")
LOGIN = reverse("accounts:login")
NEW_PASSWORD = "mijn-eigen-lange-wachtwoord-7"
LINK = re.compile(r"https?://testserver(/account/aanmelden/[^/\s]+/[^/\s]+/(?:\?\S*)?)")


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email="Nieuw@Example.org", password=NEW_PASSWORD, next_url=""):
    url = SIGNUP + (f"?next={quote(next_url)}" if next_url else "")
    return client.post(url, {"email": email, "password1": password, "password2": password})


def link_in(message) -> str:
    return LINK.search(message.body).group(1)


def confirm(client, link, password=NEW_PASSWORD):
    return client.post(link, {"password": password})


def logged_in_as(client) -> User | None:
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


# --- signing up -----------------------------------------------------------------------------------------------


def test_signing_up_makes_an_inactive_participant_named_by_the_address_and_mails_a_link(client):
    response = sign_up(client)
    assert response.status_code == 302 and response["Location"] == SENT
    user = User.objects.get()
    assert (user.username, user.email, user.role, user.is_active) == (
        "nieuw@example.org", "nieuw@example.org", Role.DEELNEMER, False,
    )  # fmt: skip
    assert user.check_password(NEW_PASSWORD)
    assert (user.first_name, user.last_name, user.organisation) == ("", "", None)  # nothing else is asked
    [message] = mail.outbox
    assert message.to == ["nieuw@example.org"] and message.subject == "Je account bij Wegwijzer"
    assert "Klik op de link en vul je wachtwoord in" in message.body and link_in(message)
    assert "De link werkt 3 dagen." in message.body  # PASSWORD_RESET_TIMEOUT
    assert "Kijk in je mail" in client.get(SENT).content.decode()


def test_the_form_asks_only_address_and_password_and_says_what_is_wrong_in_dutch(client):
    page = client.get(SIGNUP).content.decode()
    fields = re.findall(r'<input type="(?:email|password|text)" name="(\w+)"', page)
    assert fields == ["email", "password1", "password2"]
    cases = [
        ({"email": "geen-adres", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, "Dit is geen e-mailadres."),
        ({"email": "a@example.org", "password1": NEW_PASSWORD, "password2": "iets-anders-1234"}, "niet hetzelfde"),
        ({"email": "a@example.org", "password1": "", "password2": ""}, "Kies een wachtwoord."),
        ({"email": "a@example.org", "password1": "12345678", "password2": "12345678"}, "te algemeen"),
        ({"email": "a@example.org", "password1": "a@example.org1", "password2": "a@example.org1"}, "lijkt te veel op"),
    ]
    for data, message in cases:
        response = client.post(SIGNUP, data)
        assert response.status_code == 200 and message in response.content.decode()
    assert not User.objects.exists() and not mail.outbox


def test_following_the_link_with_the_password_activates_the_account_and_logs_in(client):
    sign_up(client)
    link = link_in(mail.outbox[0])
    page = client.get(link)
    assert page.status_code == 200 and "Zet je account aan" in page.content.decode()
    assert not User.objects.get().is_active  # opening the link (as a mail scanner does) changes nothing

    wrong = confirm(client, link, password="niet-mijn-wachtwoord-1")
    assert "Dit is niet het wachtwoord dat je koos" in wrong.content.decode() and not User.objects.get().is_active

    response = confirm(client, link)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:start")
    assert User.objects.get().is_active and logged_in_as(client) == User.objects.get()
    assert client.get(reverse("accounts:start"))["Location"] == reverse("accounts:mine")
    client.post(reverse("accounts:logout"))
    again = client.post(LOGIN, {"username": "Nieuw@Example.org", "password": NEW_PASSWORD})  # as a phone types it
    assert again.status_code == 302 and logged_in_as(client) == User.objects.get()


def test_a_link_works_once_and_a_bad_or_expired_link_gets_a_dutch_page(client, monkeypatch):
    sign_up(client)
    link = link_in(mail.outbox[0])
    uid = link.split("/")[3]
    expired = timezone.now() + timedelta(days=4)  # PASSWORD_RESET_TIMEOUT: three days
    with monkeypatch.context() as later:
        later.setattr(signup.confirmation_token, "_now", lambda: expired.replace(tzinfo=None))
        assert "Deze link werkt niet" in Client().get(link).content.decode()
        assert confirm(Client(), link).status_code == 400 and not User.objects.get().is_active
    for bad in (f"/account/aanmelden/{uid}/verkeerd-token/", "/account/aanmelden/xx/verkeerd-token/"):
        response = Client().get(bad)
        assert response.status_code == 400 and "Vraag een nieuwe link" in response.content.decode()
    confirm(client, link)
    again = Client().get(link)
    assert again.status_code == 400 and "Deze link werkt niet" in again.content.decode()


def test_a_password_reset_token_does_not_confirm_an_account(client):
    sign_up(client)
    user = User.objects.get()
    reset_token = default_token_generator.make_token(user)
    link = reverse("accounts:signup_confirm", args=[urlsafe_base64_encode(force_bytes(user.pk)), reset_token])
    assert confirm(client, link).status_code == 400 and not User.objects.get().is_active


def test_an_unconfirmed_account_cannot_log_in_and_is_told_how_to_get_a_new_link(client):
    sign_up(client)
    response = client.post(LOGIN, {"username": "nieuw@example.org", "password": NEW_PASSWORD})
    page = response.content.decode()
    assert response.status_code == 200 and logged_in_as(client) is None
    assert "Je hebt je e-mailadres nog niet bevestigd." in page and f'href="{RESEND}"' in page
    wrong = client.post(LOGIN, {"username": "nieuw@example.org", "password": "fout-wachtwoord-123"}).content.decode()
    assert "nog niet bevestigd" not in wrong and "horen niet bij elkaar" in wrong  # only with the password


def test_a_new_link_can_be_asked_and_the_page_is_the_same_for_any_address(client):
    sign_up(client)
    mail.outbox.clear()
    for_unconfirmed = client.post(RESEND, {"email": "NIEUW@example.org"})
    [message] = mail.outbox
    assert message.to == ["nieuw@example.org"]
    confirm(Client(), link_in(message))
    assert User.objects.get().is_active
    make_user("bestaand", Role.DEELNEMER)
    for address in ("onbekend@example.org", "bestaand@example.org", "nieuw@example.org"):  # none unconfirmed now
        response = client.post(RESEND, {"email": address})
        assert (response.status_code, response["Location"]) == (for_unconfirmed.status_code, SENT)
    assert len(mail.outbox) == 1


def test_an_address_with_an_account_gets_the_same_page_and_its_owner_a_mail(client):
    existing = make_user("sanne", Role.DEELNEMER)  # e-mail sanne@example.org
    new = sign_up(client, email="ander@example.org")
    known = sign_up(Client(), email="Sanne@Example.org", password="iemand-anders-probeert-9")
    assert (known.status_code, known["Location"]) == (new.status_code, new["Location"]) == (302, SENT)
    assert User.objects.filter(email__iexact="sanne@example.org").get() == existing
    existing.refresh_from_db()
    assert existing.is_active and existing.check_password(PASSWORD)  # nothing about the account changed
    to_owner = mail.outbox[1]
    assert to_owner.to == ["sanne@example.org"] and to_owner.subject == mail.outbox[0].subject
    assert "Maar je hebt al een account." in to_owner.body and "http://testserver/account/wachtwoord-vergeten/" in (
        to_owner.body
    )
    assert not LINK.search(to_owner.body)  # no link that could confirm anything


def test_signing_up_again_before_confirming_sets_the_new_password_and_ends_the_older_link(client):
    """Someone else signed up with your address first: your own sign-up takes over, their link stops working."""
    sign_up(Client(), email="sanne@example.org", password="wachtwoord-van-een-ander-1")
    their_link = link_in(mail.outbox[0])
    sign_up(client, email="sanne@example.org")
    my_link = link_in(mail.outbox[1])
    assert User.objects.count() == 1
    assert confirm(Client(), their_link, password="wachtwoord-van-een-ander-1").status_code == 400
    assert confirm(client, my_link).status_code == 302
    assert User.objects.get().is_active and User.objects.get().check_password(NEW_PASSWORD)


def test_sign_ups_are_throttled_per_address_and_per_client(client):
    for _ in range(signup.MAILS_PER_ADDRESS):
        assert sign_up(client, email="veel@example.org").status_code == 302
    refused = sign_up(client, email="veel@example.org")
    assert refused.status_code == 429 and "over een uur opnieuw" in refused.content.decode()
    assert client.post(RESEND, {"email": "veel@example.org"}).status_code == 429  # a new link counts too
    cache.clear()
    for number in range(signup.MAILS_PER_CLIENT):
        assert sign_up(client, email=f"persoon{number}@example.org").status_code == 302
    assert sign_up(client, email="nog-een@example.org").status_code == 429
    other_client = Client(REMOTE_ADDR="192.0.2.7")
    assert sign_up(other_client, email="nog-een@example.org").status_code == 302
    assert len(mail.outbox) == signup.MAILS_PER_ADDRESS + signup.MAILS_PER_CLIENT + 1


def test_a_failing_mail_server_is_said_in_dutch_and_nothing_is_made(client, monkeypatch):
    monkeypatch.setattr(views, "mail_server_reachable", lambda: False)
    response = sign_up(client)
    assert response.status_code == 503 and "We konden de mail nu niet versturen" in response.content.decode()
    assert not User.objects.exists()


# --- from "Bewaar je scan in een account" back to saving it ---------------------------------------------------


def test_from_saving_a_scan_the_login_page_offers_sign_up_and_the_link_returns_there(client):
    save = reverse("scan:save")
    login_page = client.get(save, follow=True)
    assert login_page.request["PATH_INFO"] == LOGIN
    signup_url = f"{SIGNUP}?next={quote(save, safe='')}"
    assert f'href="{signup_url}"' in login_page.content.decode()
    sign_up(client, next_url=save)
    link = link_in(mail.outbox[0])
    assert urlsplit(link).query == f"next={quote(save, safe='')}"
    assert confirm(client, link)["Location"] == save


def test_a_scan_done_without_an_account_is_saved_in_the_new_account(client):
    complete_scan(client, FLEX_WORKER)
    login_page = client.get(reverse("scan:save"), follow=True).content.decode()
    signup_url = re.search(r'href="(/account/aanmelden/\?next=[^"]+)"', login_page).group(1)
    client.post(signup_url, {"email": "nieuw@example.org", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    back = confirm(client, link_in(mail.outbox[0]))
    assert back["Location"] == reverse("scan:save")
    assert "Bewaar mijn scan" in client.get(back["Location"]).content.decode()
    client.post(reverse("scan:save"))
    assert Scan.objects.get().user == User.objects.get(username="nieuw@example.org")


def test_every_page_offers_making_an_account_until_logged_in(client):
    assert f'href="{SIGNUP}">Account maken</a>' in client.get(reverse("core:home")).content.decode()
    client.force_login(make_user("sanne", Role.DEELNEMER))
    assert "Account maken" not in client.get(reverse("core:home")).content.decode()


def test_the_mail_is_plain_text_not_html_escaped(client):
    sign_up(client, email="o'brien@example.org", next_url="/scan/?a=1&b=2")
    body = mail.outbox[0].body
    assert "o'brien@example.org" in body and "&amp;" not in body and "&#x27;" not in body


def test_a_next_address_elsewhere_is_dropped(client):
    sign_up(client, next_url="https://elders.example/val/")
    link = link_in(mail.outbox[0])
    assert "elders" not in mail.outbox[0].body
    assert confirm(client, link)["Location"] == reverse("accounts:start")


def test_a_logged_in_person_is_sent_to_their_start_page(client):
    client.force_login(make_user("sanne", Role.DEELNEMER))
    assert client.get(SIGNUP)["Location"] == reverse("accounts:start")


def test_accounts_never_confirmed_are_deleted_after_the_retention_period(client):
    sign_up(client, email="oud@example.org")
    sign_up(client, email="recent@example.org")
    make_user("actief", Role.DEELNEMER)
    User.objects.filter(username="oud@example.org").update(date_joined=timezone.now() - timedelta(days=91))
    assert signup.delete_unconfirmed(90) == 1
    assert set(User.objects.values_list("username", flat=True)) == {"recent@example.org", "actief"}
