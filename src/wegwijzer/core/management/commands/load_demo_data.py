from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wegwijzer.core.registry import registry


class Command(BaseCommand):
    help = "Laad de demogegevens van elke app (alleen in demomodus). Twee keer laden geeft geen dubbele gegevens."

    def handle(self, *args, **options):
        if not settings.WEGWIJZER_DEMO:
            raise CommandError("Demogegevens laden mag alleen in demomodus (WEGWIJZER_DEMO=1).")
        for label, load in registry.demo_loaders():
            with transaction.atomic():
                summary = load()
            self.stdout.write(f"{label}: {summary or 'klaar'}")
