from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegwijzer.accounts.matrix import markdown_table

START, END = "<!-- matrix:start -->", "<!-- matrix:end -->"


def replace_table(document: str, table: str) -> str:
    before, _, rest = document.partition(START)
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{table}{END}{after}"


class Command(BaseCommand):
    help = "Toon de toegangsmatrix (rol × view/API) als tabel, of schrijf hem in docs/permissions.md (--write)."

    def add_arguments(self, parser):
        parser.add_argument("--write", metavar="FILE", help="Vervang de tabel tussen de matrix-markeringen in FILE.")

    def handle(self, *args, **options):
        table = markdown_table()
        if not options["write"]:
            self.stdout.write(table, ending="")
            return
        path = Path(options["write"])
        document = path.read_text(encoding="utf-8") if path.exists() else ""
        if START not in document or END not in document:
            raise CommandError(f"{path} mist de markeringen {START} en {END}.")
        path.write_text(replace_table(document, table), encoding="utf-8")
        self.stdout.write(f"Matrix geschreven in {path}.")
