"""0 untranslated messages in Polish, Turkish and Arabic: every msgid of an app's English catalogue (the complete
one) has a translation in each language, none fuzzy, each with the same placeholders, and the compiled catalogue
that Django reads (django.mo) says the same as the .po file beside it (docs/translations.md).

These fail until every app's catalogue exists for each language; that is the point."""

import ast
import gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2]
LANGUAGES = ("pl", "tr", "ar")
APPS = sorted(path.parents[3].name for path in SRC.glob("*/locale/en/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\w+\}")


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    context: str | None = None
    fuzzy: bool = False
    msgstr: dict[int, str] = field(default_factory=dict)  # 0 for a singular message

    @property
    def key(self) -> str:
        return f"{self.context}\x04{self.msgid}" if self.context is not None else self.msgid


def read_po(path: Path) -> tuple[dict[str, Entry], int]:
    """The entries of a .po file by key (context and msgid), and the number of plural forms its header names.
    Obsolete entries (#~) are left out, as msgfmt does."""
    entries, current, part = {}, Entry(), None

    def finish():
        nonlocal current
        if current.msgstr:
            entries[current.key] = current
        current = Entry()

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#,") and "fuzzy" in line:
            if current.msgstr:
                finish()
            current.fuzzy = True
            continue
        if not line or line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            keyword, rest = None, line
        elif keyword in ("msgctxt", "msgid") and current.msgstr:
            finish()
        text = ast.literal_eval(rest) if rest else ""
        if keyword is not None:
            part = keyword
            text_so_far = ""
        else:
            text_so_far = _get(current, part)
        _set(current, part, text_so_far + text)
    finish()
    header = entries.pop("", Entry()).msgstr.get(0, "")
    plurals = re.search(r"nplurals=(\d+)", header)
    return entries, int(plurals.group(1)) if plurals else 2


def _get(entry: Entry, part: str) -> str:
    if part.startswith("msgstr"):
        return entry.msgstr.get(_index(part), "")
    return {"msgctxt": entry.context, "msgid": entry.msgid, "msgid_plural": entry.msgid_plural}[part] or ""


def _set(entry: Entry, part: str, text: str) -> None:
    if part.startswith("msgstr"):
        entry.msgstr[_index(part)] = text
    elif part == "msgctxt":
        entry.context = text
    elif part == "msgid":
        entry.msgid = text
    else:
        entry.msgid_plural = text


def _index(part: str) -> int:
    match = re.fullmatch(r"msgstr(?:\[(\d+)\])?", part)
    return int(match.group(1) or 0)


def catalogue(app: str, language: str) -> Path:
    return SRC / app / "locale" / language / "LC_MESSAGES" / "django.po"


def test_the_apps_with_messages_are_found():
    assert {"core", "scan", "advice", "catalogue", "accounts", "directory"} <= set(APPS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("app", APPS)
def test_every_message_is_translated(app, language):
    english, _ = read_po(catalogue(app, "en"))
    path = catalogue(app, language)
    assert path.exists(), f"{path.relative_to(SRC)} does not exist"
    translated, plurals = read_po(path)
    problems = []
    for key, source in english.items():
        entry = translated.get(key)
        if entry is None:
            problems.append(f"missing: {source.msgid!r}")
            continue
        forms = range(plurals) if source.msgid_plural is not None else [0]
        allowed = _placeholders(source.msgid, source.msgid_plural)
        if entry.fuzzy:
            problems.append(f"fuzzy: {source.msgid!r}")
        elif any(not entry.msgstr.get(form) for form in forms):
            problems.append(f"untranslated: {source.msgid!r}")
        elif any(_placeholders(entry.msgstr[form]) - allowed for form in forms):
            problems.append(f"placeholder not in the msgid: {source.msgid!r}")
    assert problems == [], f"{path.relative_to(SRC)}: {len(problems)} problems, first: {problems[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("app", APPS)
def test_the_compiled_catalogue_says_what_the_po_file_says(app, language):
    """Django reads django.mo: it must be compiled from the current .po (compilemessages), fuzzy entries left out."""
    path = catalogue(app, language)
    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"{compiled.relative_to(SRC)} does not exist: run wegwijzer compilemessages"
    with compiled.open("rb") as handle:
        messages = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    stale = []
    for key, entry in read_po(path)[0].items():
        if entry.fuzzy:
            continue
        for form, text in entry.msgstr.items():
            found = messages.get((key, form)) if entry.msgid_plural is not None else messages.get(key)
            if text and found != text:
                stale.append(entry.msgid)
    assert stale == [], f"{compiled.relative_to(SRC)} is older than its .po file: {stale[:5]}"


def _placeholders(*texts: str | None) -> set[str]:
    return {match.group(0) for text in texts if text for match in PLACEHOLDER.finditer(text)}


def test_the_reader_finds_a_missing_a_fuzzy_and_an_untranslated_message(tmp_path):
    """The check above can fail: a catalogue with each kind of gap is read as such."""
    path = tmp_path / "django.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : 1);\\n"\n\n'
        '#, fuzzy\nmsgid "Vaag"\nmsgstr "Niejasne"\n\n'
        'msgid "Leeg"\nmsgstr ""\n\n'
        'msgid "%(n)s stap"\nmsgid_plural ""\n"%(n)s stappen"\nmsgstr[0] "%(n)s krok"\nmsgstr[1] "%(n)s kroki"\n'
        'msgstr[2] ""\n\n'
        'msgctxt "budget"\nmsgid "Geven"\nmsgstr "Dać"\n',
        encoding="utf-8",
    )
    entries, plurals = read_po(path)
    assert plurals == 3
    assert entries["Vaag"].fuzzy and not entries["Leeg"].msgstr[0]
    assert entries["%(n)s stap"].msgid_plural == "%(n)s stappen" and entries["%(n)s stap"].msgstr[2] == ""
    assert entries["budget\x04Geven"].msgstr == {0: "Dać"} and "Geven" not in entries
