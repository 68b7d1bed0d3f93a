from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Start Wegwijzer met demogegevens: database bijwerken, demogegevens laden, serveren op 127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo_data")
        self.stdout.write(f"Wegwijzer draait op http://{options['addrport']}/ (stoppen: Ctrl+C)")
        call_command("runserver", options["addrport"], use_reloader=False)
