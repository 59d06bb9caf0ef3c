"""The name-term grammar in Python (personnel.search.terms): the terms of a stored name, and the terms a
typed query asks for being among them whenever the name matches. The same names are given to the SQL
function in tests/personnel/integration/test_name_terms_sql_and_python.py."""

from __future__ import annotations

import pytest

from personnel.search import terms
from personnel.search.terms import before_given_terms, fold, name_terms_sql, pair_terms, stored_terms, word_terms
from tests.personnel.name_term_samples import SAMPLE_NAMES, before_given, matches, typed_queries


@pytest.mark.parametrize(("text", "folded"), [
    ("Nguyễn Thị Ngọc Ánh", "nguyen thi ngoc anh"),
    ("ĐỖ THỊ ĐÀO", "do thi dao"),
    ("đặng văn đức", "dang van duc"),
    ("  Lê   Minh\tKhôi\u00a0 ", "le minh khoi"),
    ("Thuỷ", "thuy"),
    ("H'Hen Niê", "h'hen nie"),
    ("Y-Moan Ênuôl", "y-moan enuol"),
    ("", ""),
])
def test_folding_drops_diacritics_case_and_extra_spaces_and_keeps_other_letters(text, folded):
    assert fold(text) == folded


def test_a_stored_name_holds_word_prefixes_pairs_of_beginnings_and_the_words_before_the_given_name():
    assert set(stored_terms("le van an")) == {
        "le~", "va~", "van~", "an~",  # each word's prefixes of two letters or more
        "an|le", "an|va", "an|van", "le|va", "le|van",  # two words' first two or three letters, smaller first
        "le-", "va-", "van-",  # the words before the given name (An)
    }


def test_a_one_word_name_has_only_its_prefixes_and_an_empty_name_no_terms():
    assert set(stored_terms("hoa")) == {"ho~", "hoa~"}
    assert stored_terms("y") == []
    assert stored_terms("") == []


def test_the_same_word_twice_pairs_with_itself_at_another_place():
    assert "va|van" in stored_terms("van van")
    assert "va|van" not in stored_terms("van an")


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_a_word_term_is_among_a_names_terms_exactly_when_a_word_of_the_name_begins_with_it(name):
    folded = fold(name)
    held = set(stored_terms(folded))
    pieces = {folded[i:j] for i in range(len(folded)) for j in range(i + 2, min(len(folded), i + 8) + 1)}
    for piece in pieces - {p for p in pieces if " " in p}:
        assert (piece + terms.WORD in held) == matches(folded, [piece]), piece


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_a_name_holds_every_term_a_query_it_matches_asks_for(name):
    folded = fold(name)
    held = set(stored_terms(folded))
    for typed in typed_queries(folded):
        if matches(folded, typed):
            assert set(word_terms(typed)) <= held, typed
            assert set(pair_terms(typed)) <= held, typed
        if before_given(folded, typed) and all(len(w) >= terms.PREFIX_FROM for w in typed):
            assert set(before_given_terms(typed)) <= held, typed


def test_a_typed_word_before_the_given_name_only_is_no_before_given_term():
    # "anh" is the given name of Nguyễn Thị Lan Anh: a "thi anh" search finds her in Anh's stretch instead.
    held = set(stored_terms("nguyen thi lan anh"))
    assert set(before_given_terms(["thi", "lan"])) <= held
    assert "anh-" not in held


def test_the_sql_function_is_written_from_the_grammar_constants(monkeypatch):
    default = name_terms_sql()
    assert "generate_series(2, least(3, length(a.word)))" in default and "COST 5000" in default
    monkeypatch.setattr(terms, "PAIR_PREFIX_UP_TO", 4)
    monkeypatch.setattr(terms, "WORD", "#")
    changed = name_terms_sql()
    assert "generate_series(2, least(4, length(a.word)))" in changed
    assert "|| '#' AS term" in changed and "'~'" not in changed
