from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wegwijzer.accounts.privacy_hooks import purge_expired


class Command(BaseCommand):
    help = (
        "Verwijder verlopen anonieme gegevens (scans zonder account) via de bewaartermijn van elke app. "
        "Dit gebeurt elke dag vanzelf via wegwijzer run_periodic; met dit commando kan het ook los."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Bewaartermijn in dagen (standaard WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS, nu %(default)s).",
        )

    def handle(self, *args, **options):
        days = options["days"] if options["days"] is not None else settings.WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS
        if days < 1:
            raise CommandError(f"De bewaartermijn moet minstens 1 dag zijn, niet {days}.")
        purged = purge_expired(days)
        if not purged:
            self.stdout.write("Geen app met een bewaartermijn gevonden; niets te doen.")
        for label, name, removed in purged:
            self.stdout.write(f"{label}, {name}: {removed} (ouder dan {days} dagen)")
