from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wegwijzer.scan.services import delete_expired_scans


class Command(BaseCommand):
    help = "Wis anonieme scans die lang niet zijn gewijzigd (standaard: WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument("--dagen", type=int, default=None, help="Na hoeveel dagen een anonieme scan vervalt.")

    def handle(self, *args, dagen=None, **options):
        days = dagen if dagen is not None else getattr(settings, "WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS", 90)
        if days < 1:
            raise CommandError("--dagen moet 1 of meer zijn.")
        count = delete_expired_scans(days)
        self.stdout.write(f"{count} anonieme scan(s) gewist die langer dan {days} dagen niet gewijzigd zijn.")
