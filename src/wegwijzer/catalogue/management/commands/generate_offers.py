from django.core.management.base import BaseCommand, CommandError

from wegwijzer.catalogue.generator import generate

MAX_COUNT = 2_000_000


class Command(BaseCommand):
    help = "Maak realistisch nep-aanbod voor demo's en metingen. Zelfde --seed geeft hetzelfde aanbod."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=300, help="hoeveel aanbod (standaard 300)")
        parser.add_argument("--seed", type=int, default=1, help="startgetal; hetzelfde getal geeft hetzelfde aanbod")

    def handle(self, *args, count, seed, **options):
        if not 1 <= count <= MAX_COUNT:
            raise CommandError(f"--count moet tussen 1 en {MAX_COUNT:,} liggen.".replace(",", "."))
        result = generate(count, seed)
        self.stdout.write(f"{result.created} aanbod gemaakt, {result.existing} bestond al (seed {seed}).")
