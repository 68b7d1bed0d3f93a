from django.core.management.base import BaseCommand, CommandError

from wegwijzer.core.imports import open_import

MAX_BYTES = 5 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Lees regelingen voor geld voor leren in uit YAML of JSON (zie funding/importers.py). Is één regeling fout, "
        "dan wordt niets ingelezen en staat per fout het bestand, de regeling en het veld erbij."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="het bestand: .yaml of .json")
        parser.add_argument("--formaat", help="yaml of json; standaard: volgens de extensie")

    def handle(self, *args, file, formaat, **options):
        importer, text = open_import(file, "schemes", formaat, MAX_BYTES)
        report = importer.run(text, file)
        for line in report.errors:
            self.stderr.write(line)
        if report.errors:
            raise CommandError(report.summary())
        self.stdout.write(report.summary())
