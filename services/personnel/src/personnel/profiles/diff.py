"""Field-by-field difference between two profiles (as JSON dicts), and the per-field history of versions.

Paths use dots for sections and [i] for table rows ("training[1].institution"); a table row compared by
position is what the officer sees on the printed form, so the diff follows the same order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MISSING: Any = None


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """{"a": {"b": 1}, "t": [{"x": 2}]} -> {"a.b": 1, "t[0].x": 2}; empty containers are kept as leaves."""
    out: dict[str, Any] = {}
    if isinstance(value, dict) and value:
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list) and value:
        for i, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{i}]"))
    elif prefix:
        out[prefix] = value
    return out


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


@dataclass(frozen=True)
class FieldChange:
    path: str
    old: Any
    new: Any


def diff(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[FieldChange]:
    """Changed leaves, in path order; a field that goes from missing to empty is not a change."""
    a, b = flatten(old or {}), flatten(new or {})
    changes = []
    for path in sorted(a.keys() | b.keys()):
        x, y = a.get(path), b.get(path)
        if x != y and not (_empty(x) and _empty(y)):
            changes.append(FieldChange(path, x, y))
    return changes


@dataclass(frozen=True)
class VersionMeta:
    version: int
    profile: dict[str, Any]
    changed_by: str
    changed_at: str
    decision_number: str | None


@dataclass(frozen=True)
class FieldEvent:
    path: str
    version: int
    old: Any
    new: Any
    changed_by: str
    changed_at: str
    decision_number: str | None


def field_history(versions: Iterable[VersionMeta]) -> dict[str, list[FieldEvent]]:
    """For each field, every approved version that changed it: who, when, on which decision."""
    history: dict[str, list[FieldEvent]] = {}
    previous: dict[str, Any] | None = None
    for v in sorted(versions, key=lambda m: m.version):
        for change in diff(previous, v.profile):
            history.setdefault(change.path, []).append(FieldEvent(
                change.path, v.version, change.old, change.new, v.changed_by, v.changed_at, v.decision_number))
        previous = v.profile
    return history
