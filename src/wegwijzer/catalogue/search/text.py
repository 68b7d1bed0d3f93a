"""Dutch text for the full-text index: normalise, split into words, drop stop words, stem.

SQLite has no Dutch stemmer, so the index holds stems made here with Snowball's Dutch (Porter) algorithm, the same
one PostgreSQL's 'dutch' configuration uses; queries are stemmed the same way. On PostgreSQL the database stems.
Both backends get the text without accents, so "geïnteresseerd" and "geinteresseerd" find each other.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MAX_TERMS = 8
MAX_TERM_LENGTH = 40
_WORD = re.compile(r"[a-z0-9]+")

# Snowball's Dutch stop word list (the one PostgreSQL's 'dutch' configuration uses): words that find everything.
_STOP_WORDS_TEXT = """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat
    mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want
    nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles
    onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
    andere
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

_stemmer = snowballstemmer.stemmer("dutch_porter")


def normalise(text: str) -> str:
    """Lower case without accents: what both backends index and search."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    if decomposed.isascii():  # most text: nothing to drop, and the loop below is the index's slowest step
        return decomposed
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def stemmed(text: str) -> str:
    """The text as space-separated stems without stop words: what the SQLite index stores."""
    return " ".join(stem(word) for word in words(text) if word not in STOP_WORDS)


def query_terms(query: str) -> list[str]:
    """The words of a search query that can find something: no stop words, no duplicates, at most MAX_TERMS."""
    terms = []
    for word in words(query):
        if word not in STOP_WORDS and word not in terms:
            terms.append(word[:MAX_TERM_LENGTH])
    return terms[:MAX_TERMS]
