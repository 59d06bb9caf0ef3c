"""Vietnamese text folded for search: the one fold every service uses (names, units, catalogs)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, no diacritics, đ -> d, single spaces: "ngoc duong" finds "Ngọc Đường".

    Done in Python (at write time and on the query), so PostgreSQL needs no unaccent dictionary."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(stripped.lower().split())
