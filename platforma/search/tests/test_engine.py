"""The Django-free parts: snippets, "did you mean", query cleaning, the mix of BM25 and embeddings."""

import importlib

import numpy as np
import pytest

from platforma.core.text import analyse
from platforma.search.engine import backends, snippets, suggest
from platforma.search.engine.embedding import HashingEmbedder, from_bytes, load_embedder, to_bytes
from platforma.search.engine.ranking import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    clean_query,
    combine,
    query_terms,
    select_terms,
)


def terms(text: str) -> set[str]:
    return set(analyse(text))


# --- snippets -----------------------------------------------------------------------------------------------


def test_highlight_marks_inflected_forms_of_the_query_words():
    html = snippets.highlight("Rekultywacja hałdy po kopalni", terms("rekultywacji hałd"), analyse)
    assert html == "<mark>Rekultywacja</mark> <mark>hałdy</mark> po kopalni"


def test_highlight_escapes_everything_it_does_not_mark():
    html = snippets.highlight("<script>alert(1)</script> & hałda", terms("hałda"), analyse)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp;" in html
    assert "<mark>hałda</mark>" in html


def test_snippet_is_cut_around_the_passage_with_the_query_words():
    text = "Wstęp o niczym. " * 40 + "Tutaj opisujemy ścieki z zakładu i ich oczyszczanie. " + "Koniec. " * 40
    html = snippets.snippet(text, terms("oczyszczanie ścieków"), analyse, length=120)
    assert "<mark>ścieki</mark>" in html
    assert "<mark>oczyszczanie</mark>" in html
    assert html.startswith("… ")
    assert html.endswith(" …")
    assert len(html) < 220


def test_snippet_of_a_short_text_is_the_whole_text_without_ellipses():
    assert snippets.snippet("Woda  kopalniana\n", terms("wody"), analyse) == "<mark>Woda</mark> kopalniana"


def test_snippet_without_matches_is_the_beginning_of_the_text():
    text = "Pierwsze zdanie opisu. " * 30
    html = snippets.snippet(text, terms("hałda"), analyse, length=100)
    assert html.startswith("Pierwsze zdanie")
    assert "<mark>" not in html


def test_snippet_of_empty_text_is_empty():
    assert snippets.snippet("   ", terms("hałda"), analyse) == ""


# --- did you mean -------------------------------------------------------------------------------------------


def test_fold_removes_polish_letters_and_case():
    assert suggest.fold("ŚCIEKÓW Łąka źródło") == "sciekow laka zrodlo"


def test_closest_prefers_the_word_that_differs_only_by_diacritics():
    vocabulary = ["ścieków", "ściek", "scenariusz", "sieci"]
    assert suggest.closest("sciekow", vocabulary)[0] == "ścieków"


def test_closest_finds_a_word_with_a_typo():
    assert suggest.closest("rekulytwacja", ["rekultywacja", "renaturyzacja", "rewitalizacja"])[0] == "rekultywacja"


def test_closest_never_suggests_the_word_itself_and_gives_nothing_for_nonsense():
    assert suggest.closest("hałda", ["hałda"]) == []
    assert suggest.closest("qwxzv", ["rekultywacja", "hałda"]) == []


@pytest.mark.parametrize(
    ("word", "expected"), [("hałda", True), ("co2", False), ("2026", False), ("ab", False), ("x" * 41, False)]
)
def test_only_plain_words_of_sensible_length_enter_the_vocabulary(word, expected):
    assert suggest.is_suggestible(word) is expected


# --- queries and ranking ------------------------------------------------------------------------------------


def test_clean_query_removes_control_characters_and_caps_the_length():
    assert clean_query("hałda\x00\x07  kopalni\n") == "hałda kopalni"
    assert len(clean_query("słowo " * 10_000)) <= MAX_QUERY_CHARS


def test_query_terms_are_distinct_and_capped():
    assert query_terms("hałda hałdy hałdzie") == ["hałda"]
    assert query_terms("?!…;:") == []
    many = " ".join(f"slowo{i}" for i in range(100))
    assert len(query_terms(many)) <= MAX_QUERY_TERMS


def test_select_terms_keeps_the_rarest_terms_within_the_budget():
    terms = ["rok", "hałda", "polska", "cynk"]
    assert select_terms(terms, [9000, 40, 5000, 300], budget=6000) == ["hałda", "cynk", "polska"]
    assert select_terms(terms, [9000, 40, 5000, 300], budget=1000) == ["hałda", "cynk"]


def test_select_terms_keeps_the_rarest_even_over_budget_and_drops_absent_terms():
    assert select_terms(["rok", "polska"], [90_001, 60_000], budget=10) == ["polska"]
    assert select_terms(["xyz", "hałda"], [0, 3], budget=10) == ["hałda"]
    assert select_terms(["xyz"], [0], budget=10) == []


def test_combine_without_embeddings_keeps_the_bm25_order_scaled_to_one():
    hits = combine([(7, 4.0), (3, 2.0)])
    assert [hit.doc_id for hit in hits] == [7, 3]
    assert hits[0].score == pytest.approx(1.0)
    assert hits[1].score == pytest.approx(0.5)


def test_combine_lets_a_much_closer_meaning_overtake_a_slightly_better_word_match():
    hits = combine([(1, 10.0), (2, 9.0)], {1: 0.1, 2: 0.9}, weight=0.6)
    assert [hit.doc_id for hit in hits] == [2, 1]


def test_a_candidate_without_a_vector_gets_the_lowest_similarity_of_the_others():
    hits = combine([(1, 10.0), (2, 10.0)], {1: 0.5}, weight=0.6)
    missing = next(hit for hit in hits if hit.doc_id == 2)
    assert missing.semantic is None
    assert missing.score == pytest.approx(0.4 + 0.6 * 0.5)


def test_combine_of_nothing_is_nothing():
    assert combine([]) == []


# --- embeddings ---------------------------------------------------------------------------------------------


def test_vectors_survive_the_round_trip_through_bytes():
    vector = HashingEmbedder().embed(["rekultywacja hałd"])[0]
    assert np.allclose(from_bytes(to_bytes(vector)), vector)
    assert np.linalg.norm(vector) == pytest.approx(1.0)


def test_no_embedder_is_configured_by_default_and_unknown_names_fail_loudly():
    assert load_embedder("") is None
    assert load_embedder(None) is None
    assert isinstance(load_embedder("hashing"), HashingEmbedder)
    with pytest.raises(ValueError, match="Unknown search embedder"):
        load_embedder("word2vec")


# --- schema -------------------------------------------------------------------------------------------------


def test_the_migrations_create_exactly_the_schema_the_engine_expects():
    fulltext = importlib.import_module("platforma.search.migrations.0002_fulltext_index")
    assert backends.sqlite_schema_sql() == fulltext.SQLITE
    assert backends.sqlite_drop_sql() == fulltext.SQLITE_REVERSE
    postings = importlib.import_module("platforma.search.migrations.0003_postings")
    assert backends.postgresql_schema_sql() == postings.POSTGRESQL
    assert backends.postgresql_drop_sql() == postings.POSTGRESQL_REVERSE
    # Going back from 0003 restores exactly what 0002 made on PostgreSQL.
    assert backends.postgresql_drop_sql()[-2:] == fulltext.POSTGRESQL


def test_an_unsupported_database_is_refused_with_a_clear_error():
    class Oracle:
        vendor = "oracle"

    with pytest.raises(NotImplementedError, match="SQLite and PostgreSQL"):
        backends.backend_for(Oracle())
