"""Reading the dated rule tables kept as CSV beside each feature (careers/data, evaluations/data,
training/data): one reader, so every table trims its cells and reads its dates the same way."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path


def iso_date(text: str | None) -> date | None:
    """A table's date cell: YYYY-MM-DD, or empty for an open end."""
    text = (text or "").strip()
    return date.fromisoformat(text) if text else None


def rows(path: Path) -> list[dict[str, str]]:
    """The rows of one table, by header, every cell trimmed (an absent cell is "")."""
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]
