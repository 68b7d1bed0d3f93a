from django.core.management.base import BaseCommand
from django.utils import timezone

from wegwijzer.budget.services import expire_and_remind


class Command(BaseCommand):
    help = (
        "Laat ongebruikt ontwikkelbudget verlopen na de einddatum, en mail wie nog geld over heeft een maand voor "
        "de einddatum. Dit gebeurt elke dag vanzelf via wegwijzer run_periodic; met dit commando kan het ook los."
    )

    def handle(self, *args, **options):
        self.stdout.write(expire_and_remind(timezone.localdate()))
