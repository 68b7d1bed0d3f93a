import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wegwijzer.core.periodic import run_due


class Command(BaseCommand):
    help = (
        "Zet de dagelijkse taken van alle apps (bewaartermijnen, verlopen budget, herinneringen) klaar voor de "
        "worker, elke taak één keer per dag. Draai dit elk uur of elke dag, bijvoorbeeld met cron: "
        "10 * * * * wegwijzer run_periodic"
    )

    def add_arguments(self, parser):
        parser.add_argument("--datum", default=None, help="Doe alsof het deze dag is (JJJJ-MM-DD); standaard vandaag.")

    def handle(self, *args, datum=None, **options):
        today = self._day(datum)
        for scheduled in run_due(today):
            state = "klaargezet" if scheduled.enqueued else "was vandaag al klaargezet"
            self.stdout.write(f"{scheduled.name}: {state} ({today.isoformat()})")

    def _day(self, text: str | None) -> datetime.date:
        if text is None:
            return timezone.localdate()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise CommandError(f"--datum moet een datum zijn als 2026-12-31, niet {text!r}.") from None
