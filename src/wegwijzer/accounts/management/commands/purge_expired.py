from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wegwijzer.accounts.privacy_hooks import retention_hooks


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
        hooks = retention_hooks()
        if not hooks:
            self.stdout.write("Geen app met een bewaartermijn gevonden; niets te doen.")
        for name, delete_expired in hooks:
            removed = delete_expired(days)
            self.stdout.write(f"{name}: {removed if removed is not None else 'klaar'} (ouder dan {days} dagen)")
