"""Dutch search over the imported ESCO occupations and the project's skills: word forms, beginnings of words,
other names; typos on PostgreSQL."""

import pytest
from django.core.management import call_command
from django.db import connection

from wegwijzer.skills.search import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(esco_nl):
    call_command("import_esco", str(esco_nl), "--stil", stdout=open("/dev/null", "w"))  # noqa: SIM115


def labels(query: str) -> list[str]:
    return [hit.label for hit in search(query)]


def test_a_word_finds_occupations_and_the_projects_skills_in_any_word_form(imported):
    assert "schoonmaker gebouwen" in labels("schoonmaker")
    assert "Schoonmaken" in labels("schoonmaak")  # another form of the same word, through the Dutch stem
    assert labels("schoonm")[0] == "Schoonmaken"  # the beginning of a word, as someone types


def test_other_names_are_found_and_said(imported):
    hits = {hit.label: hit.other_name for hit in search("schoonmaakster")}
    assert hits and any("schoonmaakster" in other for other in hits.values())


def test_several_words_must_all_match(imported):
    assert labels("chauffeur vrachtwagen")[0] == "vrachtwagenchauffeur"
    assert labels("") == [] and labels("  !! ") == []


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-only: needs DATABASE_URL to PostgreSQL")
def test_a_typo_finds_the_word_meant_on_postgresql(imported):
    assert "schoonmaker gebouwen" in labels("schonmaker")
    assert labels("magazjn")[0].startswith("magazijn")


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-only: needs DATABASE_URL to PostgreSQL")
def test_known_words_that_find_nothing_ask_for_no_corrections(imported, django_assert_num_queries):
    """Both words are known ESCO words, so there is no typo to correct: one search and one look-up of the words,
    not a similarity search per word (what made the p95 of bench/skills_search.py)."""
    with django_assert_num_queries(2):
        assert labels("medewerker horeca") == []


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-only: needs DATABASE_URL to PostgreSQL")
def test_the_word_meant_is_a_nearest_neighbour_look_up_in_the_gist_index(imported):
    from wegwijzer.skills.search import meant

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'skills_escoword'")
        definitions = [row[0] for row in cursor.fetchall()]
        cursor.execute("SET enable_seqscan = off")  # the plan the index allows, whatever the table's size
        try:
            cursor.execute("EXPLAIN SELECT word FROM skills_escoword ORDER BY word <-> 'verzorgnde' LIMIT 1")
            plan = " ".join(row[0] for row in cursor.fetchall())
        finally:
            cursor.execute("SET enable_seqscan = on")
    assert any("USING gist (word gist_trgm_ops)" in definition for definition in definitions)
    assert "Index Scan" in plan and "Order By" in plan
    assert meant("verzorgnde") == "verzorgende"
