import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegwijzer.api.urls import api

DEFAULT_PATH = Path("docs/openapi.json")


class Command(BaseCommand):
    help = "Schrijf het OpenAPI-schema naar docs/openapi.json, of controleer met --check dat het nog klopt."

    def add_arguments(self, parser):
        parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
        parser.add_argument("--check", action="store_true", help="Geef een fout als het bestand afwijkt.")

    def handle(self, *args, path: Path, check: bool, **options):
        schema = json.dumps(api.get_openapi_schema(path_prefix="/api/v1"), indent=2, ensure_ascii=False) + "\n"
        if check:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != schema:
                raise CommandError(f"{path} wijkt af van de API. Draai 'wegwijzer export_openapi' en commit het.")
            self.stdout.write(f"{path} klopt.")
            return
        path.write_text(schema, encoding="utf-8")
        self.stdout.write(f"{path} geschreven.")
