"""Vietnamese text folded for search: lower case, no diacritics, đ -> d, single spaces.

Done in Python at write time (stored in person.name_folded) and on the query, so PostgreSQL needs no
unaccent dictionary and the trigram index sees plain ASCII."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(stripped.lower().split())
