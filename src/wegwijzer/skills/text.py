"""Dutch words for search and for matching a person's own words to skills: lower case, no accents, and each word
with its Snowball stem (snowballstemmer's Dutch stemmer), so that "schoonmaken", "schoonmaak" and "schoonmaker"
find each other. No Django here."""

import re
import unicodedata
from functools import cache

import snowballstemmer

_WORD = re.compile(r"[a-z0-9]+")


@cache
def _stemmer():
    return snowballstemmer.stemmer("dutch")


def fold(text: str) -> str:
    """Lower case without accents: "Verzorgende IG" -> "verzorgende ig", "café" -> "cafe"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def search_text(*texts: str) -> str:
    """Every word of the texts and its stem, once each, between spaces (" a b c "), so that a search for a word's
    beginning is a LIKE on " word"."""
    terms: dict[str, None] = {}
    for text in texts:
        for word in words(text):
            terms[word] = None
            terms[stem(word)] = None
    return " " + " ".join(terms) + " "


def query_terms(query: str) -> list[tuple[str, str]]:
    """For each word typed: the word and its stem (a concept matches a word when it has a term starting with
    either)."""
    return [(word, stem(word)) for word in words(query)]
