""" "Bedoel je …?": for a search whose words find nothing, the nearest words that the catalogue's titles hold.

Used where the database has no trigram index (SQLite); on PostgreSQL, pg_trgm first looks for offers with similar
title words itself (backends.PostgresBackend.similar). The vocabulary is the set of title words of the visible
offers, read once per catalogue version: only a search that finds nothing needs it.
"""

import difflib
import threading

from ..models import Offer
from .text import words

CLOSE_ENOUGH = 0.75  # difflib's ratio, 0 to 1: "heftruk" and "heftruck" have 0.93, "exel" and "excel" 0.89
SHORTEST_WORD = 3  # shorter words ("op", "en") are close to too much to be a useful suggestion

_lock = threading.Lock()
_vocabulary: dict[object, tuple[str, ...]] = {}


def suggestion(terms: list[str], vocabulary: tuple[str, ...]) -> str:
    """The query with every word that no title holds replaced by the closest one that does; "" when nothing changes."""
    known = set(vocabulary)
    replaced = [term if term in known else _closest(term, vocabulary) for term in terms]
    return " ".join(replaced) if replaced != terms else ""


def _closest(term: str, vocabulary: tuple[str, ...]) -> str:
    """The closest title word; else the closest start of one, as Dutch joins words ("heftruk" → "heftruck", the start
    of "heftruckcertificaat"), and the search finds words by their start."""
    close = difflib.get_close_matches(term, vocabulary, n=1, cutoff=CLOSE_ENOUGH)
    if not close:
        starts = {word[:length] for word in vocabulary for length in (len(term), len(term) + 1) if len(word) > length}
        close = difflib.get_close_matches(term, sorted(starts), n=1, cutoff=CLOSE_ENOUGH)
    return close[0] if close else term


def title_vocabulary(version) -> tuple[str, ...]:
    """Every word of the visible offers' titles, sorted; kept for one catalogue version (snapshot.Version)."""
    with _lock:
        if version not in _vocabulary:
            titles = Offer.objects.filter(is_active=True).values_list("title", flat=True).order_by()
            found = {word for title in titles.iterator(chunk_size=5000) for word in words(title)}
            _vocabulary.clear()  # only the current version is worth keeping
            _vocabulary[version] = tuple(sorted(word for word in found if len(word) >= SHORTEST_WORD))
        return _vocabulary[version]
