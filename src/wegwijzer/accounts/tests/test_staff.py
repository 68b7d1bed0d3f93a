"""Staff (beheerders) never see a person's sensitive answers, cannot act as a person, and everything they do to a
person's account is in that person's access log. Two-step login is required for staff where the setting says so."""

import pytest
from django.contrib import admin
from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, transaction
from django.forms import MultiWidget
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from wegwijzer.accounts.fields import EncryptedJSONField, EncryptedTextField
from wegwijzer.accounts.models import AccessLog, Role, User
from wegwijzer.accounts.staff import StaffCannotHoldParticipantData
from wegwijzer.scan.models import Scan

from .conftest import PASSWORD, make_user
from .test_privacy_canary import Planter, personal_models
from .test_two_step import code_for, turn_on

pytestmark = pytest.mark.django_db


def admin_url(name: str, *args) -> str:
    return reverse(f"admin:{name}", args=args)


def change_form_data(client, person) -> dict:
    """What the admin's change form of this person would post unchanged (as a browser would send it)."""
    form = client.get(admin_url("accounts_user_change", person.pk)).context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if field.disabled or value in (None, [], ""):
            continue
        if isinstance(field.widget, MultiWidget):
            data |= {f"{name}_{i}": part for i, part in enumerate(field.widget.decompress(value))}
        elif isinstance(value, bool):
            data |= {name: "on"} if value else {}
        else:
            data[name] = getattr(value, "pk", value)
    return data


def log_of(person) -> list[str]:
    return [entry.why for entry in AccessLog.objects.filter(person=person, viewer__is_staff=True)]


# --- Two-step login is required for staff -------------------------------------------------------------------------


@pytest.fixture
def required(settings):
    settings.WEGWIJZER_STAFF_TWO_STEP_REQUIRED = True


def test_staff_without_an_app_can_only_set_one_up(client, world, required):
    client.post(reverse("accounts:login"), {"username": "beheerder", "password": PASSWORD})
    for page in (admin_url("index"), admin_url("accounts_user_changelist"), reverse("accounts:privacy")):
        assert client.get(page)["Location"] == reverse("accounts:two_step"), page
    assert client.get(reverse("accounts:two_step")).status_code == 200

    device = turn_on(client, world.beheerder)
    assert client.get(admin_url("index")).status_code == 200

    client.post(reverse("accounts:two_step"), {"code": code_for(device, offset=1)})
    assert TOTPDevice.objects.filter(pk=device.pk).exists()  # staff cannot turn it off again


def test_staff_with_an_app_must_enter_its_code_before_anything(client, world, required):
    turn_on(client, world.beheerder)
    fresh = Client()
    fresh.force_login(world.beheerder)  # a session that skipped the code step
    response = fresh.get(reverse("accounts:privacy"))
    assert response["Location"].startswith(reverse("accounts:login"))


def test_other_roles_keep_two_step_optional(client, world, required):
    client.force_login(world.coach_with_consent)
    assert client.get(reverse("coaching:caseload")).status_code == 200


def test_production_requires_two_step_for_staff():
    from wegwijzer.core.tests.test_settings import PRODUCTION, run

    show = "from django.conf import settings as s; print(s.WEGWIJZER_STAFF_TWO_STEP_REQUIRED)"
    result = run("shell", "-v", "0", "-c", show, **PRODUCTION)
    assert result.stdout.split() == ["True"], result.stderr


# --- Every staff action on a person's account is in that person's access log --------------------------------------


def test_changing_a_persons_account_in_the_admin_is_in_their_access_log(client, world):
    client.force_login(world.beheerder)
    data = change_form_data(client, world.subject) | {"first_name": "Sanneke"}
    response = client.post(admin_url("accounts_user_change", world.subject.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    world.subject.refresh_from_db()
    assert world.subject.first_name == "Sanneke"
    assert any("gewijzigd" in why for why in log_of(world.subject)), log_of(world.subject)


def test_removing_a_persons_authenticator_app_is_in_their_access_log(client, world):
    device = TOTPDevice.objects.create(user=world.coach_with_consent, name="telefoon", confirmed=True)
    client.force_login(world.beheerder)
    client.post(admin_url("otp_totp_totpdevice_delete", device.pk), {"post": "yes"})
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert any("verwijderd" in why for why in log_of(world.coach_with_consent))


def test_an_account_made_in_the_admin_has_no_password_and_the_person_sees_who_made_it(client, world):
    client.force_login(world.beheerder)
    data = {"username": "nieuw", "email": "nieuw@example.org", "role": Role.DEELNEMER}
    response = client.post(admin_url("accounts_user_add"), data)
    assert response.status_code == 302
    person = User.objects.get(username="nieuw")
    assert not person.has_usable_password()
    assert any("toegevoegd" in why for why in log_of(person))


# --- Staff cannot become a person: no password, no e-mail address, no participant data ------------------------------


def test_the_admin_cannot_set_a_participants_password(client, world):
    client.force_login(world.beheerder)
    new = {"password1": "beheer-kent-dit-wachtwoord-7", "password2": "beheer-kent-dit-wachtwoord-7"}
    response = client.post(admin_url("auth_user_password_change", world.subject.pk), new, follow=True)
    world.subject.refresh_from_db()
    assert world.subject.check_password(PASSWORD)
    assert "Alleen de persoon zelf kiest een wachtwoord" in response.content.decode()


def test_the_admin_can_set_another_staff_accounts_password(client, world):
    colleague = make_user("collega", Role.BEHEERDER, is_staff=True)
    client.force_login(world.beheerder)
    new = {"password1": "nieuw-wachtwoord-voor-collega-8", "password2": "nieuw-wachtwoord-voor-collega-8"}
    client.post(admin_url("auth_user_password_change", colleague.pk), new | {"set_usable_password": "true"})
    colleague.refresh_from_db()
    assert colleague.check_password("nieuw-wachtwoord-voor-collega-8")


def test_the_admin_cannot_change_a_participants_e_mail_address(client, world):
    """Otherwise 'Wachtwoord vergeten' with the new address would let staff in."""
    client.force_login(world.beheerder)
    data = change_form_data(client, world.subject) | {"email": "beheerder@example.org"}
    client.post(admin_url("accounts_user_change", world.subject.pk), data)
    world.subject.refresh_from_db()
    assert world.subject.email == "sanne@example.org"


def test_a_staff_account_is_never_a_participant(world):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(username="staf-deelnemer", role=Role.DEELNEMER, is_staff=True, password=make_password("x"))
    assert User.objects.create_superuser("root", "root@example.org", "wachtwoord-lang-genoeg").role == Role.BEHEERDER


def test_a_staff_account_holds_no_scan(world):
    with pytest.raises(StaffCannotHoldParticipantData):
        Scan.objects.create(code="STAF2345", user=world.beheerder)


def test_the_admin_does_not_make_a_participant_with_a_scan_staff(client, world):
    Scan.objects.create(code="SANN2345", user=world.subject)
    client.force_login(world.beheerder)
    data = change_form_data(client, world.subject) | {"role": Role.BEHEERDER, "is_staff": "on"}
    response = client.post(admin_url("accounts_user_change", world.subject.pk), data)
    assert "gegevens als deelnemer" in response.content.decode()
    world.subject.refresh_from_db()
    assert not world.subject.is_staff


def test_a_staff_session_stays_in_the_admin(client, world):
    client.force_login(world.beheerder)
    for page in (reverse("scan:start"), reverse("scan:result"), reverse("scan:plan")):
        assert client.get(page)["Location"] == admin_url("index"), page
    assert client.get(reverse("coaching:person", args=[world.subject.pk])).status_code == 403
    assert not Scan.objects.filter(user=world.beheerder).exists()


# --- No admin page shows a sensitive field -------------------------------------------------------------------------


def sensitive_field_labels() -> set[str]:
    return {
        f"{model._meta.label}.{field.name}"
        for model in personal_models()
        for field in model._meta.concrete_fields
        if isinstance(field, EncryptedTextField | EncryptedJSONField)
    }


def admin_pages(registry) -> list[str]:
    """Every admin list, and the change, history and delete page of every object of every registered model."""
    pages = [admin_url("index")]
    for model in registry:
        prefix = f"{model._meta.app_label}_{model._meta.model_name}"
        pages.append(admin_url(f"{prefix}_changelist"))
        for pk in model._default_manager.values_list("pk", flat=True):
            pages += [admin_url(f"{prefix}_{page}", pk) for page in ("change", "history", "delete")]
    return pages


def test_no_admin_page_of_any_model_shows_a_sensitive_field(client, world):
    planter = Planter(world.subject)
    for model in personal_models()[1:]:
        planter.build(model, personal=True)
    sensitive = {value: label for value, label in planter.canaries.items() if label in sensitive_field_labels()}
    assert {"scan.Scan.sensitive_answers", "scan.Plan.goal", "accounts.AccessLog.why"} <= set(sensitive.values())

    client.force_login(world.beheerder)
    pages = admin_pages(admin.site._registry)
    assert len(pages) > 20
    for page in pages:
        response = client.get(page)
        assert response.status_code in (200, 302, 403), (page, response.status_code)
        content = response.content.decode()
        shown = {label for value, label in sensitive.items() if value in content}
        assert not shown, f"{page} toont {shown}"
