"""Names the name-term grammar is tried on (personnel.search.terms), by the unit tests in Python and by the
integration tests against person_name_terms() in PostgreSQL, and what a search means by a match."""

from __future__ import annotations

import unicodedata
from itertools import permutations

SAMPLE_NAMES = [
    "Nguyễn Thị Ngọc Ánh",
    "Trần Văn Hoà",
    "Đỗ Thị Đào",  # Đ and đ
    "đặng văn đức",
    "ĐINH ĐĂNG ĐẠT",
    "nGuYễN vĂn AN",  # mixed case
    "  Lê   Minh    Khôi  ",  # spaces before, between and after
    "Lê\tVăn\u00a0Tám",  # a tab and a no-break space
    unicodedata.normalize("NFD", "Nguyễn Thị Thuỷ"),  # diacritics as combining marks
    "Hoa",  # one word
    "An",
    "Ý",  # one letter
    "A B",
    "Văn Văn Văn",  # the same word at several places
    "Nguyễn Nguyệt Ngân",  # words sharing their first two or three letters
    "An Anh Ân",
    "H'Hen Niê",  # apostrophes and hyphens stay part of the word
    "Y-Moan Ênuôl",
    "Nguyễn-Trần Minh",
    "K'Pá Y Du",
    "Tôn Nữ Thị Hoàng Bảo Ngọc Hương Giang Phương Thảo Quỳnh Như Ý Lan Anh Minh Châu Diễm Kiều",  # long
    "Bùi " + "Phạmnguyễnhoàngtrầnlêvõ" * 4,  # a very long word
    "Łucja Øster Ærø",  # letters folding leaves as they are, outside ASCII
    "Lò Văn_Tú 50%",  # LIKE's wildcards as plain letters of a name
    "",
    "   ",
]


def name_words(folded: str) -> list[str]:
    return folded.split()


def matches(folded: str, typed: list[str]) -> bool:
    """What a name search means by a match: every typed word begins a word of the name."""
    return all(any(word.startswith(t) for word in name_words(folded)) for t in typed)


def before_given(folded: str, typed: list[str]) -> bool:
    """Every typed word begins a word of the name before its given name (the last word)."""
    return all(any(word.startswith(t) for word in name_words(folded)[:-1]) for t in typed)


def typed_queries(folded: str) -> list[list[str]]:
    """What an officer may type towards this name: one to three of its words (or their beginnings of one,
    two, three letters or the whole word), in any order; and words that begin none of its words (the
    middle of a word, a word of another name)."""
    words = name_words(folded)
    beginnings = sorted({w[:n] for w in words for n in (1, 2, 3, len(w))})
    inside = sorted({w[i:i + 3] for w in words for i in range(1, len(w) - 2)})[:6]
    queries = [[b] for b in beginnings + inside + ["zq", "xyz"]]
    for size in (2, 3):
        queries.extend(list(q) for q in permutations(beginnings[:8] + inside[:2], size))
    return queries
