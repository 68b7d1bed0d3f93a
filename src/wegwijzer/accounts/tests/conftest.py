"""The accounts every permission and privacy test uses: one person (the subject) and one account per other role."""

from dataclasses import dataclass

import pytest

from wegwijzer.accounts.models import Consent, Organisation, Role, User
from wegwijzer.coaching.services import grant_access

PASSWORD = "een-lang-test-wachtwoord-42"


def make_user(username: str, role: str, **fields) -> User:
    user = User(username=username, role=role, email=f"{username}@example.org", **fields)
    user.set_password(PASSWORD)
    user.save()
    return user


@dataclass
class World:
    """The subject is the person whose data object-level URLs point at."""

    subject: User
    other: User
    coach_with_consent: User
    coach_without_consent: User
    werkgever: User
    regio: User
    aanbieder: User
    beheerder: User
    coach_consent: Consent
    employer: Organisation
    region: Organisation


@pytest.fixture
def world(db) -> World:
    region = Organisation.objects.create(name="Regio Test", kind=Organisation.Kind.REGIO)
    employer = Organisation.objects.create(name="Werkgever Test", kind=Organisation.Kind.WERKGEVER, region=region)
    subject = make_user("sanne", Role.DEELNEMER, first_name="Sanne", organisation=employer)
    coach = make_user("coach-ja", Role.COACH, first_name="Karim")
    return World(
        subject=subject,
        other=make_user("ander", Role.DEELNEMER, organisation=employer),
        coach_with_consent=coach,
        coach_without_consent=make_user("coach-nee", Role.COACH),
        werkgever=make_user("werkgever", Role.WERKGEVER, organisation=employer),
        regio=make_user("regio", Role.REGIO, organisation=region),
        aanbieder=make_user("aanbieder", Role.AANBIEDER),
        beheerder=make_user("beheerder", Role.BEHEERDER, is_staff=True, is_superuser=True),
        coach_consent=grant_access(subject, coach),
        employer=employer,
        region=region,
    )
