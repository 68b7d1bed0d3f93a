"""Adds up each region's closed quarters of the learning-climate survey from its employers' sums (RegionClimateTally).

The scheduler runs it daily (`wegwijzer run_periodic`, the job "leerklimaat per regio"); this command does it at
once. A region sees a closed quarter from the first run after the quarter ends, and employers that joined or left
the region are followed. Nothing personal is read or written."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from wegwijzer.insight.services import refresh_region_tallies


class Command(BaseCommand):
    help = "Telt per regio de afgelopen kwartalen van het leerklimaat op (dagelijks draaien)."

    def handle(self, *args, **options):
        self.stdout.write(f"{refresh_region_tallies(timezone.localdate())} regiotellingen")
