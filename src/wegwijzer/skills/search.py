"""Dutch search over ESCO occupations and skills, for autocomplete: labels and other names, word forms through
the Dutch stems in `search_text` (text.py), and on PostgreSQL typos through pg_trgm's similarity.

Every typed word must match the beginning of a word or of its stem; the best come first: a label that starts
with the query, then a label that has all the words, then a match in the other names only. Where that finds
nothing on PostgreSQL, each typed word that is not a known word is replaced by the known word most like it
("schonmaker" -> "schoonmaker") and the search runs once more. The word most like it is a nearest-neighbour look-up
in EscoWord's GiST trigram index (`ORDER BY word <-> typed`, as pg_trgm's documentation advises for spelling
suggestions): about 1 ms, where ranking every similar word by `similarity()` read the whole table (20-35 ms a
word, the p95 of bench/skills_search.py)."""

from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, FloatField, Q
from django.db.models.expressions import RawSQL

from .models import EscoConcept, EscoWord
from .text import fold, query_terms, words

CANDIDATES = 200
DEFAULT_TYPES = (EscoConcept.ConceptType.OCCUPATION, EscoConcept.ConceptType.SKILL)


@dataclass(frozen=True)
class Hit:
    uri: str
    label: str
    concept_type: str
    other_name: str  # the other name that matched, when the label itself did not


def _rank(query: str, label: str, alt_labels: str) -> tuple[int, int, str, str]:
    folded_label, typed = fold(label), words(query)
    if folded_label.startswith(fold(query).strip()):
        return (0, len(label), label, "")
    if all(any(word.startswith(t) for word in words(label)) for t in typed):
        return (1, len(label), label, "")
    other = next((name for name in alt_labels.splitlines() if all(t in fold(name) for t in typed)), "")
    return (2, len(label), label, other)


def meant(word: str) -> str:
    """PostgreSQL only: the known word most like a typed one (pg_trgm's % and <-> operators on the GiST index);
    the word itself when nothing is like it."""
    similar = RawSQL("word %% %s", (word,), output_field=BooleanField())
    distance = RawSQL("word <-> %s", (word,), output_field=FloatField())
    best = EscoWord.objects.filter(similar).order_by(distance).values_list("word", flat=True).first()
    return best or word


def _corrected(typed: list[str]) -> list[str]:
    """The typed words with each unknown one replaced by the word meant; known words stay as they are (a known word
    is its own best match), so a search for known words that finds nothing asks nothing more."""
    known = set(EscoWord.objects.filter(word__in=typed).values_list("word", flat=True))
    return [word if word in known else meant(word) for word in typed]


def _find(query: str, types, limit: int) -> list[Hit]:
    matches = EscoConcept.objects.filter(concept_type__in=types)
    for word, stem in query_terms(query):
        matches = matches.filter(Q(search_text__contains=f" {word}") | Q(search_text__contains=f" {stem}"))
    rows = list(matches.values_list("uri", "label", "concept_type", "alt_labels")[:CANDIDATES])
    ranked = sorted((_rank(query, label, alt), uri, kind) for uri, label, kind, alt in rows)
    return [Hit(uri, rank[2], kind, rank[3]) for rank, uri, kind in ranked[:limit]]


def search(query: str, types=DEFAULT_TYPES, limit: int = 10) -> list[Hit]:
    """The best `limit` concepts for what was typed; with a typo (nothing found), on PostgreSQL, for the words
    most like it."""
    if not words(query):
        return []
    hits = _find(query, types, limit)
    if not hits and connection.vendor == "postgresql":
        typed = words(query)
        corrected = _corrected(typed)
        hits = _find(" ".join(corrected), types, limit) if corrected != typed else []
    return hits
