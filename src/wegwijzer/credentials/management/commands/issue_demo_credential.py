from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wegwijzer.accounts.models import Role, User
from wegwijzer.credentials import services
from wegwijzer.skills import services as skills
from wegwijzer.skills.models import Accreditation


class Command(BaseCommand):
    help = (
        "Maak een voorbeeldpersoon met een bevestigde vaardigheid en een bewijs, en schrijf het bewijs als compacte "
        "VC-JWT op één regel (controleer het met de sleutels op /.well-known/jwks.json)."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        person, _ = User.objects.get_or_create(
            username="voorbeeld-vaardigheden", defaults={"role": Role.DEELNEMER, "first_name": "Voorbeeld"}
        )
        assessor, _ = User.objects.get_or_create(
            username="voorbeeld-praktijkbegeleider", defaults={"role": Role.AANBIEDER, "first_name": "Voorbeeld"}
        )
        Accreditation.objects.get_or_create(user=assessor, defaults={"organisation": "Voorbeeld-leerbedrijf"})
        answer = "Ik zorg elke dag voor mijn moeder en geef haar medicijnen."
        experience = skills.save_answer(person, "zorg", answer)
        skill = skills.keep_skills(person, experience, ["medicijnen-geven"])[0]
        skills.confirm(skill, assessor, "observatie", "Zag haar een week lang de zorg plannen en geven.", date.today())
        try:
            self.stdout.write(services.issue(skill).vc_jwt)
        except services.NotIssued as refused:
            raise CommandError(str(refused)) from refused
