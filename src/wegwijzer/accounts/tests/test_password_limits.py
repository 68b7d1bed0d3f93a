"""Limits that keep the login and password pages cheap and plain: long usernames and passwords are refused with a
Dutch message before any hashing or logging; 'Wachtwoord vergeten' is throttled and survives a failing mail server."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from wegwijzer.accounts.passwords import PASSWORD_MAX_LENGTH, RESETS_PER_ADDRESS, RESETS_PER_CLIENT

from .conftest import PASSWORD
from .test_security import throttled  # noqa: F401  (django-axes on, as in production)

pytestmark = pytest.mark.django_db

TOO_LONG_PASSWORD = "Lang-wachtwoord-" * 9  # 144 characters


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_very_long_username_at_login_gets_a_dutch_message(client, world, throttled):  # noqa: F811
    """On PostgreSQL this was a 500: django-axes stored the name in a varchar(255)."""
    for length in (151, 256, 5000):
        response = client.post(reverse("accounts:login"), {"username": "a" * length, "password": "fout"})
        assert response.status_code == 200
        assert "Een gebruikersnaam heeft hoogstens 150 tekens." in response.content.decode()


def test_a_very_long_password_at_login_is_refused_before_it_is_checked(client, world, throttled, monkeypatch):  # noqa: F811
    from django.contrib.auth import base_user

    def refuse(*args, **kwargs):
        raise AssertionError("a huge password reached the hasher")

    monkeypatch.setattr(base_user, "check_password", refuse)  # what User.check_password calls
    response = client.post(reverse("accounts:login"), {"username": "sanne", "password": "x" * 100_000})
    assert "Dit wachtwoord is te lang" in response.content.decode()


def test_a_new_password_has_a_maximum_length(client, world):
    client.force_login(world.subject)
    url = reverse("accounts:password_change")
    new = {"old_password": PASSWORD, "new_password1": TOO_LONG_PASSWORD, "new_password2": TOO_LONG_PASSWORD}
    response = client.post(url, new)
    assert "Dit wachtwoord is te lang. Gebruik hoogstens 128 tekens." in response.content.decode()
    world.subject.refresh_from_db()
    assert world.subject.check_password(PASSWORD)

    longest = "Lang-genoeg-" * 10 + "x" * (PASSWORD_MAX_LENGTH - 120)
    new = {"old_password": PASSWORD, "new_password1": longest, "new_password2": longest}
    assert client.post(url, new)["Location"] == reverse("accounts:password_change_done")


def test_the_validator_refuses_what_is_too_long_wherever_a_password_is_set(world):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="te lang"):
        validate_password(TOO_LONG_PASSWORD, world.subject)


def reset(client, email: str, address: str = "192.0.2.10"):
    return client.post(reverse("accounts:password_reset"), {"email": email}, REMOTE_ADDR=address)


def test_password_reset_is_throttled_per_email_address(client, world):
    for _ in range(RESETS_PER_ADDRESS):
        assert reset(client, "sanne@example.org", address=f"192.0.2.{_}").status_code == 302
    response = reset(client, "Sanne@Example.org ", address="198.51.100.1")  # another client, the same address
    assert response.status_code == 429
    assert "Je hebt al een paar keer een link gevraagd" in response.content.decode()
    assert len(mail.outbox) == RESETS_PER_ADDRESS


def test_password_reset_is_throttled_per_client(client, world):
    for number in range(RESETS_PER_CLIENT):
        assert reset(client, f"iemand{number}@example.org").status_code == 302
    assert reset(client, "sanne@example.org").status_code == 429
    assert mail.outbox == []
    assert reset(client, "sanne@example.org", address="198.51.100.1").status_code == 302  # another client may


class FailingMailServer:
    """A mail server that cannot be reached: opening the connection fails, as SMTP does."""

    def __init__(self, *args, **kwargs):
        pass

    def open(self):
        raise ConnectionRefusedError("mail server down")

    def close(self):
        pass

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc):
        self.close()

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.mark.parametrize("email", ["sanne@example.org", "niemand@example.org"])
def test_a_failing_mail_server_gets_a_plain_dutch_message_for_every_address(client, world, settings, email):
    """The same answer whether or not the address has an account, so an outage tells no one who has one."""
    settings.EMAIL_BACKEND = f"{__name__}.FailingMailServer"
    response = reset(client, email)
    assert response.status_code == 503
    assert "We konden de mail nu niet versturen. Probeer het later opnieuw." in response.content.decode()
