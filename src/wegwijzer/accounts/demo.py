"""Demo accounts, one per role, all with the password DEMO_PASSWORD (README.md). Only in demo mode."""

from django.conf import settings

from .models import Organisation, Role, User

DEMO_PASSWORD = "wegwijzer-demo"  # noqa: S105  (documented in README.md; demo mode only)

DEMO_ACCOUNTS = (
    ("demo-deelnemer", Role.DEELNEMER, "Sanne", "de Vries", "werkgever"),
    ("demo-coach", Role.COACH, "Karim", "Bouzid", None),
    ("demo-werkgever", Role.WERKGEVER, "Petra", "Jansen", "werkgever"),
    ("demo-regio", Role.REGIO, "Joost", "Bakker", "regio"),
    ("demo-aanbieder", Role.AANBIEDER, "Ayse", "Yilmaz", "aanbieder"),
    ("demo-beheerder", Role.BEHEERDER, "Beheer", "Wegwijzer", None),
)


def _organisations() -> dict[str, Organisation]:
    region, _ = Organisation.objects.get_or_create(name="Regio Demodam", kind=Organisation.Kind.REGIO)
    employer, _ = Organisation.objects.update_or_create(
        name="Zorggroep Demodam", kind=Organisation.Kind.WERKGEVER, defaults={"region": region}
    )
    provider, _ = Organisation.objects.get_or_create(name="Leerhuis Demodam", kind=Organisation.Kind.AANBIEDER)
    return {"regio": region, "werkgever": employer, "aanbieder": provider}


def load() -> str:
    if not settings.WEGWIJZER_DEMO:
        return "overgeslagen: geen demomodus"
    organisations = _organisations()
    users = {}
    for username, role, first_name, last_name, organisation in DEMO_ACCOUNTS:
        user, created = User.objects.update_or_create(
            username=username,
            defaults={
                "role": role,
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
                "organisation": organisations.get(organisation),
                "is_staff": role == Role.BEHEERDER,
                "is_superuser": role == Role.BEHEERDER,
            },
        )
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        users[role] = user
    return f"{len(users)} demo-accounts (wachtwoord: {DEMO_PASSWORD})"
