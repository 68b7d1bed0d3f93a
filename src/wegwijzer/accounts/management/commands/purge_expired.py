from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wegwijzer.core.registry import registry


class Command(BaseCommand):
    help = (
        "Verwijder verlopen anonieme gegevens (scans zonder account) via de bewaartermijn van elke app. "
        "Draai dit elke dag, bijvoorbeeld met cron: 15 3 * * * wegwijzer purge_expired"
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
        retentions = registry.retention()
        if not retentions:
            self.stdout.write("Geen app met een bewaartermijn gevonden; niets te doen.")
        for label, retention in retentions:
            removed = retention.delete_expired(days)
            self.stdout.write(f"{label}, {retention.name}: {removed} (ouder dan {days} dagen)")
