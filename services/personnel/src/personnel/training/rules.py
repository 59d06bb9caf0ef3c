"""Pure decisions of training: a course's dates, the level a completion gives (never lowering the one held),
the level a rank needs in political theory and state management (training/data/required_levels.csv, dated,
with its legal basis) and the planning counts per unit. No database, no framework."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from personnel.ruletables import iso_date, rows

DATA = Path(__file__).parent / "data"
PLANNED_KINDS = ("political_theory", "state_management")
LEVEL_CATALOG = {"political_theory": "political_theory_levels", "state_management": "state_management_levels",
                 "professional": "professional_qualifications"}
# Higher first. Cử nhân and Cao cấp both satisfy "Cao cấp"; leadership and title courses are not on the
# state-management ladder (they never satisfy a rank's standard nor lower it).
LADDER = {
    "political_theory": {"CN": 1, "CC": 1, "TC": 3, "SC": 4, "KHONG": 9},
    "state_management": {"CVCC": 1, "CVC": 2, "CV": 3, "CS": 4, "KHONG": 9},
}
FIELD = {"political_theory": "education.political_theory_level",
         "state_management": "education.state_management_level"}


def course_problems(*, starts_on: date, ends_on: date, location: str, country: str | None) -> list[tuple[str, str]]:
    """(field, code) of every refusal: an end before the start; a course abroad without its country."""
    out = []
    if ends_on < starts_on:
        out.append(("ends_on", "register.ends_before_start"))
    if location == "abroad" and not (country or "").strip():
        out.append(("country", "training.abroad_needs_country"))
    return out


def meets(kind: str, held: str | None, required: str) -> bool:
    ladder = LADDER.get(kind, {})
    return ladder.get(held or "KHONG", 9) <= ladder.get(required, 0)


def raises_level(kind: str, held: str | None, given: str | None) -> bool:
    """Whether a completed course's level goes into the record: only when higher than the one held."""
    if kind not in LADDER or not given or given not in LADDER[kind]:
        return False
    return LADDER[kind][given] < LADDER[kind].get(held or "KHONG", 9)


@dataclass(frozen=True)
class Requirement:
    rank_code: str
    kind: str
    level: str
    valid_from: date | None
    valid_to: date | None
    legal_basis: str
    confidence: str


@cache
def requirements() -> tuple[Requirement, ...]:
    return tuple(Requirement(r["rank_code"], r["kind"], r["level"], iso_date(r["valid_from"]), iso_date(r["valid_to"]),
                             r["legal_basis"], r["confidence"]) for r in rows(DATA / "required_levels.csv"))


def required_level(rank_code: str | None, kind: str, on: date,
                   table: Iterable[Requirement] | None = None) -> Requirement | None:
    for r in table if table is not None else requirements():
        if r.rank_code == rank_code and r.kind == kind and (r.valid_from is None or r.valid_from <= on) and (
                r.valid_to is None or on <= r.valid_to):
            return r
    return None


@dataclass
class UnitCount:
    unit_id: str
    people: int = 0
    required: int = 0  # people whose rank needs a level of this kind
    lacking: int = 0  # of them, without it
    lacking_planned: int = 0  # of those, enrolled in a course of this kind not completed yet
    planned: int = 0  # everyone enrolled in such a course


@dataclass(frozen=True)
class PersonLevel:
    unit_id: str
    rank_code: str | None
    held: str | None
    planned: bool
    count: int = 1


def plan_counts(kind: str, rows: Iterable[PersonLevel], on: date,
                table: Iterable[Requirement] | None = None) -> list[UnitCount]:
    """Per unit: people, those whose rank needs a level of `kind`, those lacking it, and who is planned."""
    table = tuple(table) if table is not None else requirements()
    units: dict[str, UnitCount] = {}
    for r in rows:
        u = units.setdefault(r.unit_id, UnitCount(r.unit_id))
        u.people += r.count
        if r.planned:
            u.planned += r.count
        need = required_level(r.rank_code, kind, on, table)
        if need is None:
            continue
        u.required += r.count
        if not meets(kind, r.held, need.level):
            u.lacking += r.count
            if r.planned:
                u.lacking_planned += r.count
    return sorted(units.values(), key=lambda u: u.unit_id)
