"""Pure decisions of batch decisions: applying an item's patch to a profile, the checks of a batch's items,
and the approval life-cycle (the change requests' own, changes.approval, without a base version: each item
carries its record's)."""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

KIND_PATTERN = r"^[a-z][a-z_]{1,29}$"
KNOWN_KINDS = ("salary_raise", "beyond_frame", "early_raise", "retirement", "evaluation", "reward", "discipline")
MAX_ITEMS = 2000


class ProfilePatch(BaseModel):
    """The change a batch makes to one record, in the profile's own shape (profiles.schema.Profile):

    - `set`: a section's field by its dotted path, e.g. {"salary.salary_step": 5, "salary.salary_coefficient": "3.66"};
    - `close_open`: a table whose open rows (no `to_month`) end on the given month, e.g. {"salary_history": "2026-02"};
    - `append`: rows added at the end of a table, e.g. {"salary_history": [{"from_month": "2026-03", ...}]}.
    Applied in that order; the result is validated as a whole profile."""

    model_config = ConfigDict(extra="forbid")

    set: dict[str, Any] = Field(default_factory=dict)
    close_open: dict[str, str] = Field(default_factory=dict)
    append: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)


class PatchError(ValueError):
    """A patch that does not fit the profile: the path and a message code."""

    def __init__(self, path: str, code: str) -> None:
        super().__init__(code)
        self.path, self.code = path, code


_PATH = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")
_TABLE = re.compile(r"^[a-z_]+$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def apply_patch(profile: Mapping[str, Any], patch: ProfilePatch, *,
                decision_number: str | None = None) -> dict[str, Any]:
    """A new profile dict (the input is not changed). Only fields of sections (not of table rows) are set;
    tables are extended or their open rows closed, never rewritten, so history is kept. An appended row with
    an empty `decision_number` gets the batch's decision number."""
    out = copy.deepcopy(dict(profile))
    for path, value in patch.set.items():
        if not _PATH.match(path):
            raise PatchError(f"set.{path}", "batch.patch_bad_path")
        *sections, leaf = path.split(".")
        node: Any = out
        for name in sections:
            child = node.get(name)
            if child is None:
                child = node[name] = {}
            if not isinstance(child, dict):
                raise PatchError(f"set.{path}", "batch.patch_bad_path")
            node = child
        node[leaf] = value
    for table, month in patch.close_open.items():
        if not _TABLE.match(table) or not _MONTH.match(month):
            raise PatchError(f"close_open.{table}", "batch.patch_bad_path")
        rows = out.get(table) or []
        if not isinstance(rows, list):
            raise PatchError(f"close_open.{table}", "batch.patch_bad_path")
        for row in rows:
            if isinstance(row, dict) and not row.get("to_month"):
                row["to_month"] = month
    for table, new_rows in patch.append.items():
        if not _TABLE.match(table):
            raise PatchError(f"append.{table}", "batch.patch_bad_path")
        rows = out.get(table)
        if rows is None:
            rows = out[table] = []
        if not isinstance(rows, list):
            raise PatchError(f"append.{table}", "batch.patch_bad_path")
        for row in copy.deepcopy(new_rows):
            if decision_number and "decision_number" in row and not row["decision_number"]:
                row["decision_number"] = decision_number
            rows.append(row)
    return out


@dataclass(frozen=True)
class ItemKey:
    """What makes two decisions the same decision: one person, one kind, one effective date."""

    person_id: uuid.UUID
    kind: str
    effective_on: date | None


def item_problems(person_ids: Sequence[uuid.UUID]) -> list[tuple[str, str]]:
    """(field, code) of a batch's list of people before anything is read: empty, too long, the same person twice."""
    if not person_ids:
        return [("items", "batch.empty")]
    if len(person_ids) > MAX_ITEMS:
        return [("items", "batch.too_many")]
    seen: set[uuid.UUID] = set()
    out = []
    for i, pid in enumerate(person_ids):
        if pid in seen:
            out.append((f"items[{i}].person_id", "batch.person_twice"))
        seen.add(pid)
    return out


def repeated_decisions(keys: Iterable[ItemKey], decided: Iterable[ItemKey]) -> list[int]:
    """Indexes of `keys` already covered by another live batch (a second decision for the same raise).
    A key without an effective date never collides (kinds without a date are not raises)."""
    taken = {k for k in decided if k.effective_on is not None}
    return [i for i, k in enumerate(keys) if k.effective_on is not None and k in taken]


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_before(day: date) -> str:
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    return f"{year:04d}-{month:02d}"
