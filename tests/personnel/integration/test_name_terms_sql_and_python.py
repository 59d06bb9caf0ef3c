"""The name-term grammar's two sides agree: person_name_terms() in a database migrated by the service's
migrations gives, for the same names, the terms personnel.search.terms gives in Python; the function
there is the one terms.name_terms_sql() writes; and the LIKE form of a typed word finds the same names
as its word term."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from personnel.search import terms
from personnel.search.terms import (
    before_given_terms,
    fold,
    like_pattern,
    like_subject,
    name_terms_sql,
    pair_terms,
    stored_terms,
    word_terms,
)
from tests.personnel.name_term_samples import SAMPLE_NAMES, before_given, matches, typed_queries


@pytest.fixture(scope="module")
def db(personnel_db: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(personnel_db.replace("postgresql+asyncpg://", "postgresql://")) as connection:
        yield connection


def sql_terms(db: psycopg.Connection, name: str) -> list[str]:
    return db.execute("SELECT person_name_terms(%s::text)", (name,)).fetchone()[0]


def test_sql_and_python_give_the_same_terms_for_every_sample_name(db):
    for name in SAMPLE_NAMES:
        folded = fold(name)
        in_sql = sql_terms(db, folded)
        assert len(in_sql) == len(set(in_sql))
        assert set(in_sql) == set(stored_terms(folded)), name


def test_sql_and_python_split_words_alike_even_on_text_that_was_never_folded(db):
    # Upper case, diacritics, runs of spaces: never stored (name_folded is folded), yet read alike.
    for name in SAMPLE_NAMES:
        assert set(sql_terms(db, name)) == set(stored_terms(name)), name


def test_the_database_function_is_the_one_the_terms_module_generates(db):
    definition = "SELECT pg_get_functiondef('person_name_terms'::regproc)"
    try:
        migrated = db.execute(definition).fetchone()[0]
        db.execute(name_terms_sql())
        generated = db.execute(definition).fetchone()[0]
    finally:
        db.rollback()
    # If this fails, the grammar changed: add a migration that executes name_terms_sql() and rebuilds
    # the index (REINDEX INDEX ix_person_name_terms; ANALYZE person).
    assert generated == migrated


def test_a_name_holds_in_sql_every_term_a_matching_query_asks_for_and_no_word_term_of_one_it_does_not(db):
    for name in SAMPLE_NAMES:
        folded = fold(name)
        wanted, unwanted = set(), set()
        for typed in typed_queries(folded):
            if matches(folded, typed):
                wanted.update(word_terms(typed), pair_terms(typed))
            elif len(typed) == 1:
                unwanted.update(word_terms(typed))
            if before_given(folded, typed) and all(len(w) >= terms.PREFIX_FROM for w in typed):
                wanted.update(before_given_terms(typed))
        held = set(sql_terms(db, folded))
        assert wanted <= held, (name, wanted - held)
        assert not unwanted & held, (name, unwanted & held)


def test_like_finds_a_name_exactly_when_a_typed_word_begins_one_of_its_words(db):
    for name in SAMPLE_NAMES:
        folded = fold(name)
        typed = {w for query in typed_queries(folded) for w in query} | {"_", "%", "v_n", "5_", "l%", "\\", "50%"}
        words = sorted(typed)
        found = db.execute(f"SELECT array_agg(p.word) FROM unnest(%s::text[], %s::text[]) AS p(word, pattern) "
                           f"WHERE {like_subject('%s::text')} LIKE p.pattern",
                           (words, [like_pattern(w) for w in words], folded)).fetchone()[0]
        assert set(found or []) == {w for w in typed if matches(folded, [w])}, name


def test_both_sides_follow_the_grammar_constants_alike(db, monkeypatch):
    # Another grammar, applied in a transaction that is rolled back: both sides change together.
    for constant, value in (("PREFIX_FROM", 1), ("PAIR_PREFIX_UP_TO", 4), ("WORD", "#"), ("PAIR", "+"),
                            ("BEFORE_GIVEN", "^")):
        monkeypatch.setattr(terms, constant, value)
    try:
        db.execute(name_terms_sql())
        for name in SAMPLE_NAMES:
            folded = fold(name)
            assert set(sql_terms(db, folded)) == set(stored_terms(folded)), name
        assert "a#" in sql_terms(db, "an") and "an+le" in sql_terms(db, "le an")
    finally:
        db.rollback()
