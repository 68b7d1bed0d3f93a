"""Adds up the learning-climate answers again into the kept sums per employer and quarter (ClimateTally).

Each answer already updates its sums in the same transaction; this is for a bulk load (bench/insight.py) or to
repair. Nothing personal is read or written."""

from django.core.management.base import BaseCommand

from wegwijzer.insight.services import rebuild_tallies


class Command(BaseCommand):
    help = "Telt de antwoorden over het leerklimaat opnieuw op, per werkgever en kwartaal."

    def handle(self, *args, **options):
        self.stdout.write(f"{rebuild_tallies()} tellingen")
