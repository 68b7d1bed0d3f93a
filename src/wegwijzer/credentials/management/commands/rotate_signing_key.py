from django.core.management.base import BaseCommand

from wegwijzer.credentials import keys


class Command(BaseCommand):
    help = "Maak een nieuwe ondertekensleutel. Oude bewijzen blijven te controleren: hun sleutel blijft in de JWKS."

    def handle(self, *args, **options):
        key = keys.rotate()
        self.stdout.write(f"Nieuwe sleutel: {key.kid}")
