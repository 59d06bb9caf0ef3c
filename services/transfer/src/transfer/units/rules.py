"""Which units match what an officer typed: every word, diacritics optional, in the code or the name."""

from __future__ import annotations

from collections.abc import Iterable

from common.text import fold


def matching(units: Iterable[tuple[str, str]], typed: str, limit: int) -> list[str]:
    """Ids of the (unit_id, name) pairs whose folded code and name contain every typed word; an exact
    code first, then by name."""
    words = fold(typed).split()
    if not words:
        return []
    hits = [(unit_id, name) for unit_id, name in units
            if all(w in fold(f"{unit_id} {name}") for w in words)]
    hits.sort(key=lambda u: (fold(u[0]) != fold(typed), fold(u[1])))
    return [unit_id for unit_id, _ in hits[:limit]]
