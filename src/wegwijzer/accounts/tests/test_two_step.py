"""Optional two-step login with an authenticator app (TOTP) for coaches, employers, regions and administrators."""

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def code_for(device, offset: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


def turn_on(client, user) -> TOTPDevice:
    client.force_login(user)
    url = reverse("accounts:two_step")
    client.post(url, {"action": "start"})
    page = client.get(url).content.decode()
    assert "<svg" in page and "Typ dan deze sleutel over" in page
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert (
        "Deze code klopt niet"
        in client.post(url, {"code": "000000" if code_for(device) != "000000" else "111111"}).content.decode()
    )
    device.refresh_from_db()
    device.throttle_reset()  # a wrong code slows the next try down; the test does not wait
    client.post(url, {"code": code_for(device)})
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_a_coach_turns_it_on_and_then_needs_a_code_to_log_in(client, world):
    device = turn_on(client, world.coach_with_consent)
    client.logout()
    response = client.post(reverse("accounts:login"), {"username": "coach-ja", "password": PASSWORD})
    assert response["Location"] == reverse("accounts:login_code")
    assert client.get(reverse("coaching:caseload")).status_code == 302  # not logged in yet

    response = client.post(reverse("accounts:login_code"), {"code": "12345x"})
    assert "Deze code klopt niet of is verlopen" in response.content.decode()
    device.refresh_from_db()
    device.throttle_reset()

    response = client.post(reverse("accounts:login_code"), {"code": code_for(device, offset=1)})
    assert response.status_code == 302
    assert client.get(reverse("coaching:caseload")).status_code == 200


def test_repeated_wrong_codes_are_slowed_down(client, world):
    device = turn_on(client, world.werkgever)
    client.logout()
    client.post(reverse("accounts:login"), {"username": "werkgever", "password": PASSWORD})
    for _ in range(3):
        client.post(reverse("accounts:login_code"), {"code": "000001"})
    response = client.post(reverse("accounts:login_code"), {"code": code_for(device)})
    assert "Deze code klopt niet" in response.content.decode()  # even the right code waits out the delay


def test_the_code_step_without_a_password_step_sends_you_back(client, world):
    response = client.get(reverse("accounts:login_code"))
    assert response["Location"] == reverse("accounts:login")


def test_turning_it_off_needs_a_code(client, world):
    device = turn_on(client, world.regio)
    client.post(reverse("accounts:two_step"), {"code": code_for(device, offset=1)})
    assert not TOTPDevice.objects.filter(user=world.regio).exists()


def test_the_admin_refuses_staff_with_a_device_who_skipped_the_code(client, world):
    turn_on(client, world.beheerder)
    fresh = Client()
    fresh.force_login(world.beheerder)  # a session without the code step
    response = fresh.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("accounts:login"))


def test_participants_and_providers_have_no_two_step_page(client, world):
    for user in (world.subject, world.aanbieder):
        client.force_login(user)
        assert client.get(reverse("accounts:two_step")).status_code == 403
