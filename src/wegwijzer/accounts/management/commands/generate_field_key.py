from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Maak een nieuwe Fernet-sleutel voor WEGWIJZER_FIELD_KEYS (nieuwste vooraan, gescheiden door komma's)."

    def handle(self, *args, **options):
        from cryptography.fernet import Fernet

        self.stdout.write(Fernet.generate_key().decode("ascii"))
