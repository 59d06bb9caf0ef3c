"""The grammar of a name's search terms, defined once: how a name is folded, which terms the name index
holds for a stored name, which of them a typed query asks for, and the SQL function that computes the
stored terms inside PostgreSQL (person_name_terms, generated here by name_terms_sql()).

A name is folded before it is stored (person.name_folded) and before it is searched: lower case, no
diacritics, đ -> d, single spaces (fold). Its words are what lies between single spaces. The terms of a
folded name are:

- each word's prefixes of PREFIX_FROM letters or more, the whole word included, marked WORD
  ("tran~" ... "tr~" for Trần);
- for every two words of the name (two different places, even when they are the same word), the first
  PREFIX_FROM to PAIR_PREFIX_UP_TO letters of each, joined by PAIR, smaller first as bytes compare
  ("hoa|tra" for Hoa and Trần);
- each word but the last (the given name), with its prefixes of PREFIX_FROM letters or more, marked
  BEFORE_GIVEN ("lan-" for Nguyễn Thị Lan Anh).

A search for typed words asks for terms that every matching name holds (a name matches when every typed
word begins one of its words): word_terms, pair_terms, before_given_terms; like_pattern is the same test
as a word term, written for LIKE on the folded name. stored_terms() gives, in Python, what
person_name_terms() gives in SQL; tests compare the two on the same names, and compare name_terms_sql()
with the function the migrations have left in the database. A change of this grammar therefore takes a
migration that executes name_terms_sql() and rebuilds the index (see the migration "name terms mark the
words before the given name")."""

from __future__ import annotations

from common.text import fold

WORD_SEPARATOR = " "
PREFIX_FROM = 2  # letters: the shortest prefix the index holds; a one-letter typed word is checked by LIKE
PAIR_PREFIX_UP_TO = 3  # letters of each word in a pair term
WORD = "~"  # after a prefix of a word of the name
PAIR = "|"  # between the two beginnings of a pair
BEFORE_GIVEN = "-"  # after a prefix of a word before the given name
# The function's declared cost: about 60 us a call, so that the planner never checks the terms row by row
# instead of using the GIN index (see the migration "name terms with word pairs").
FUNCTION_COST = 5000




def name_words(folded: str) -> list[str]:
    """The words of a stored name as the SQL function sees them: what lies between single spaces
    (string_to_array); an empty name has none, and two spaces in a row make an empty word, which has
    no terms (a folded name has neither)."""
    return folded.split(WORD_SEPARATOR) if folded else []


def query_words(typed: str) -> list[str]:
    """The words of a typed query: its folded words."""
    return fold(typed).split()


def prefixes(word: str, up_to: int | None = None) -> list[str]:
    """The beginnings of word of PREFIX_FROM letters or more (up to `up_to` letters, or the whole word)."""
    longest = len(word) if up_to is None else min(up_to, len(word))
    return [word[:n] for n in range(PREFIX_FROM, longest + 1)]


def stored_terms(folded: str) -> list[str]:
    """The terms of a stored (folded) name, sorted: what person_name_terms(folded) returns as a set."""
    words = name_words(folded)
    terms = {p + WORD for w in words for p in prefixes(w)}
    starts = [prefixes(w, PAIR_PREFIX_UP_TO) for w in words]
    terms.update(a + PAIR + b for x, left in enumerate(starts) for y, right in enumerate(starts) if x != y
                 for a in left for b in right if a < b)  # str order is code point order: that of COLLATE "C"
    terms.update(p + BEFORE_GIVEN for w in words[:-1] for p in prefixes(w))
    return sorted(terms)


def word_terms(words: list[str]) -> list[str]:
    """The index terms a search for these folded words asks for: each word as a prefix ("an" -> "an~").
    One-letter words are left to the LIKE check: the index holds no prefixes that short."""
    return [w + WORD for w in words if len(w) >= PREFIX_FROM]


def pair_terms(words: list[str]) -> list[str]:
    """The pair terms a name matching these folded words holds: for two typed words that cannot be the same
    word of the name (neither's first three letters begin the other's), their first two or three letters,
    smaller first ("tran thi hoa" -> hoa|thi, hoa|tra, thi|tra)."""
    starts = sorted({w[:PAIR_PREFIX_UP_TO] for w in words if len(w) >= PREFIX_FROM})
    return [a + PAIR + b for i, a in enumerate(starts) for b in starts[i + 1:] if not b.startswith(a)]


def before_given_terms(words: list[str]) -> list[str]:
    """The terms of a name where each of these folded words begins a word before the given name
    ("thi lan" -> thi-, lan-); asked for only when every typed word has PREFIX_FROM letters or more."""
    return [w + BEFORE_GIVEN for w in dict.fromkeys(words)]


def like_pattern(word: str) -> str:
    """The LIKE pattern, on the folded name with WORD_SEPARATOR put in front, of "a word begins with word"
    (the test a word term stands for, for a walk of an index that includes the folded name)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{WORD_SEPARATOR}{escaped}%"


def like_subject(folded: str) -> str:
    """The SQL expression like_pattern() is matched against: the folded name with a separator in front, so
    that its first word also begins after one."""
    return f"({_quoted(WORD_SEPARATOR)} || {folded})"


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def name_terms_sql() -> str:
    """CREATE OR REPLACE FUNCTION person_name_terms(name text): the stored terms (stored_terms) computed in
    PostgreSQL, for the GIN index on person_name_terms(name_folded) and the searches' `@>` conditions.

    Pairs compare byte by byte (COLLATE "C"), as Python compares the typed words' beginnings."""
    words = f"string_to_array(name, {_quoted(WORD_SEPARATOR)})"
    return f"""
CREATE OR REPLACE FUNCTION person_name_terms(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST {FUNCTION_COST} AS $$
  SELECT coalesce(array_agg(DISTINCT term), '{{}}') FROM (
    SELECT left(word, n) || {_quoted(WORD)} AS term
    FROM unnest({words}) AS word, generate_series({PREFIX_FROM}, length(word)) AS n
    UNION ALL
    SELECT left(a.word, i) || {_quoted(PAIR)} || left(b.word, j)
    FROM unnest({words}) WITH ORDINALITY AS a(word, at),
         unnest({words}) WITH ORDINALITY AS b(word, at),
         generate_series({PREFIX_FROM}, least({PAIR_PREFIX_UP_TO}, length(a.word))) AS i,
         generate_series({PREFIX_FROM}, least({PAIR_PREFIX_UP_TO}, length(b.word))) AS j
    WHERE a.at <> b.at AND left(a.word, i) COLLATE "C" < left(b.word, j) COLLATE "C"
    UNION ALL
    SELECT left(word, n) || {_quoted(BEFORE_GIVEN)}
    FROM unnest({words}) WITH ORDINALITY AS w(word, at), generate_series({PREFIX_FROM}, length(word)) AS n
    WHERE at < cardinality({words})
  ) AS terms
$$
"""
