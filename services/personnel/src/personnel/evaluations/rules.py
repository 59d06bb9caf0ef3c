"""The decisions of annual evaluation (R-40..R-43), pure: no database, no framework.

- R-40: the rules in force for a rated year and a staff group (levels of Decree 90/2020 before 2026, points for
  civil servants from 2026 and public employees from 2026-07-01), the level a score gives, the forcing events.
- R-41: the quota on "Hoàn thành xuất sắc nhiệm vụ" (20 %, 25 % in a unit rated excellent), the head not above
  the unit, people who worked under 6 months not rated.
- R-42: the closing date of a round.
- R-43: two consecutive years "Không hoàn thành nhiệm vụ" flag the person for the procedure of their group.

Each check returns issues (a message code of personnel.errors, the field, the values), never text."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from personnel.careers.rules import STAFF_GROUP, RuleNotInForce, in_force, whole_months

EXCELLENT, GOOD, COMPLETED, LIMITED, NOT_COMPLETED, NOT_RATED = (
    "HTXSNV", "HTTNV", "HTNV", "HTNV_HCNL", "KHTNV", "KHONG_XEP_LOAI")
# The order of the levels (evaluation_levels), best first; "not rated" has none.
RANK = {EXCELLENT: 4, GOOD: 3, COMPLETED: 2, LIMITED: 1, NOT_COMPLETED: 0}
# R-40 thresholds of the points scheme: the lowest score of each level.
THRESHOLDS: tuple[tuple[Decimal, str], ...] = ((Decimal(90), EXCELLENT), (Decimal(70), GOOD), (Decimal(50), COMPLETED))
GENERAL_MAX, TASKS_MAX = Decimal(30), Decimal(70)

Scheme = Literal["levels", "points"]
Procedure = Literal["termination", "dismissal_from_post", "contract_termination"]
# what two consecutive poor years start, by staff category.
PROCEDURE_OF: dict[str, Procedure] = {"civil_servant": "termination", "cadre": "dismissal_from_post",
                                      "public_employee": "contract_termination",
                                      "contract_worker": "contract_termination"}


@dataclass(frozen=True)
class EvaluationRule:
    """The rules in force for the years whose 31 December falls in [valid_from, valid_to], for one group."""

    scheme: Scheme
    applies_to: str  # cb_cc | vc (careers.rules.STAFF_GROUP)
    valid_from: date | None
    valid_to: date | None
    score_required: bool
    levels: tuple[str, ...]
    legal_basis: str
    confidence: str = "high"
    note: str = ""


@dataclass(frozen=True)
class Parameter:
    key: str
    value: str
    valid_from: date | None
    valid_to: date | None
    legal_basis: str


def group_of(staff_category: str | None) -> str:
    return STAFF_GROUP.get(staff_category or "", "cb_cc")


def rule_for(table: Iterable[EvaluationRule], *, staff_category: str | None, year: int) -> EvaluationRule:
    """R-40: the rule in force on 31 December of the rated year for the person's staff group."""
    group = group_of(staff_category)
    on = date(year, 12, 31)
    rule = in_force((r for r in table if r.applies_to == group), on)
    if rule is None:
        raise RuleNotInForce(f"R-40 {group}", on)
    return rule


def parameter(table: Iterable[Parameter], key: str, year: int) -> Parameter:
    on = date(year, 12, 31)
    found = in_force((p for p in table if p.key == key), on)
    if found is None:
        raise RuleNotInForce(f"evaluation {key}", on)
    return found


def level_of_score(score: Decimal) -> str:
    """R-40: ≥ 90 excellent, 70–<90 good, 50–<70 completed, < 50 not completed."""
    for lowest, level in THRESHOLDS:
        if score >= lowest:
            return level
    return NOT_COMPLETED


def closing_date(table: Iterable[Parameter], year: int, *, special_year_end: bool = False) -> date:
    """R-42: the last day of the round: 15 December of the year, or 15 January of the next year for units with a
    special year-end (the rating is completed *before* that day, so it is the closing date)."""
    key = "special_closing_month_day" if special_year_end else "closing_month_day"
    month, day = (int(x) for x in parameter(table, key, year).value.split("-"))
    return date(year + 1 if special_year_end else year, month, day)


def months_worked(year: int, *, started_on: date | None, ended_on: date | None = None) -> int:
    """Whole months of work within the rated year, from the start of work (recruitment or arrival) to its
    end (a leave without pay ends nothing here: R-41 rates those on the actual time)."""
    first = max(date(year, 1, 1), started_on) if started_on else date(year, 1, 1)
    last = min(date(year, 12, 31), ended_on) if ended_on else date(year, 12, 31)
    if last < first:
        return 0
    months = whole_months(first, last + timedelta(days=1))
    return max(0, min(12, months))


def is_rated(months: int, *, leave_exception: bool, minimum: int = 6) -> bool:
    """R-41: under `minimum` months of work in the year: not rated, except unpaid, sick or maternity leave,
    rated on the actual working time."""
    return months >= minimum or leave_exception


@dataclass(frozen=True)
class Issue:
    field: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    person_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Entry:
    person_id: uuid.UUID
    staff_category: str | None
    rating: str | None
    score: Decimal | None = None
    months_worked: int = 12
    leave_exception: bool = False
    is_head: bool = False
    forced: bool = False  # a forcing event of R-40 (degradation, a penalty in the year, corruption in the unit)
    task_group: str | None = None


def check_entry(rule: EvaluationRule, entry: Entry, *, minimum_months: int = 6, complete: bool = False) -> list[Issue]:
    """One person's line against the rules in force. `complete`: the list is being submitted, every line needs
    its result (and its score where points are required)."""
    out: list[Issue] = []
    pid = entry.person_id

    def add(f: str, code: str, **params: Any) -> None:
        out.append(Issue(f, code, params, pid))

    if not (0 <= entry.months_worked <= 12):
        add("months_worked", "evaluation.months_out_of_range")
        return out
    rated = is_rated(entry.months_worked, leave_exception=entry.leave_exception, minimum=minimum_months)
    if not rated:
        if entry.rating not in (None, NOT_RATED):
            add("rating", "evaluation.under_six_months", months=entry.months_worked)
        return out
    if entry.rating == NOT_RATED:
        add("rating", "evaluation.must_be_rated", months=entry.months_worked)
        return out
    if entry.rating is not None and entry.rating not in rule.levels:
        add("rating", "evaluation.level_not_in_force", level=entry.rating, basis=rule.legal_basis)
    if entry.score is not None:
        if not (Decimal(0) <= entry.score <= GENERAL_MAX + TASKS_MAX):
            add("score", "evaluation.score_out_of_range")
            return out
    if rule.scheme == "points":
        if entry.score is None:
            if complete and rule.score_required and not entry.forced:
                add("score", "evaluation.score_required", basis=rule.legal_basis)
        elif entry.rating is not None and not entry.forced:
            by_score = level_of_score(entry.score)
            # A lower level than the score's is allowed (the quota, the head below the unit); never a higher one.
            if entry.rating in RANK and RANK[entry.rating] > RANK[by_score]:
                add("rating", "evaluation.rating_above_score", score=str(entry.score), level=by_score)
    if entry.forced and entry.rating not in (None, NOT_COMPLETED):
        add("rating", "evaluation.forced_not_completed")
    if complete and entry.rating is None:
        add("rating", "evaluation.rating_required")
    return out


@dataclass(frozen=True)
class Quota:
    task_group: str
    good: int  # rated "Hoàn thành tốt nhiệm vụ"
    excellent: int
    percent: int
    allowed: int

    @property
    def exceeded(self) -> bool:
        return self.excellent > self.allowed


def quota_allowed(good: int, percent: int) -> int:
    """R-41: "Hoàn thành xuất sắc" ≤ percent % of those rated "Hoàn thành tốt" (never rounded up)."""
    return good * percent // 100


def quota_percent(table: Iterable[Parameter], year: int, *, unit_rating: str | None) -> int:
    key = "quota_percent_excellent_unit" if unit_rating == EXCELLENT else "quota_percent"
    try:
        return int(parameter(table, key, year).value)
    except RuleNotInForce:
        return int(parameter(table, "quota_percent", year).value)


def quotas(entries: Sequence[Entry], *, percent: int) -> list[Quota]:
    """R-41 per task group of the unit (by default each staff group: cadres and civil servants, public
    employees)."""
    groups: dict[str, list[Entry]] = {}
    for e in entries:
        groups.setdefault(e.task_group or group_of(e.staff_category), []).append(e)
    out = []
    for name, members in sorted(groups.items()):
        good = sum(1 for e in members if e.rating == GOOD)
        excellent = sum(1 for e in members if e.rating == EXCELLENT)
        out.append(Quota(name, good, excellent, percent, quota_allowed(good, percent)))
    return out


def check_list(rule_of: Mapping[uuid.UUID, EvaluationRule], entries: Sequence[Entry], *, unit_rating: str | None,
               percent: int, minimum_months: int = 6, complete: bool = False) -> list[Issue]:
    """Every line, then the unit's checks: the quota per task group and the head not above the unit."""
    out: list[Issue] = []
    for e in entries:
        out.extend(check_entry(rule_of[e.person_id], e, minimum_months=minimum_months, complete=complete))
    for q in quotas(entries, percent=percent):
        if q.exceeded:
            out.append(Issue("rating", "evaluation.quota_exceeded",
                             {"excellent": q.excellent, "allowed": q.allowed, "percent": q.percent, "good": q.good}))
    if unit_rating is not None and unit_rating not in RANK:
        out.append(Issue("unit_rating", "evaluation.unit_rating_invalid"))
        return out
    for e in entries:
        if not e.is_head or e.rating not in RANK:
            continue
        if unit_rating is None:
            if complete:
                out.append(Issue("unit_rating", "evaluation.unit_rating_required", person_id=e.person_id))
        elif RANK[e.rating] > RANK[unit_rating]:
            out.append(Issue("rating", "evaluation.head_above_unit", {"level": e.rating, "unit_level": unit_rating},
                             e.person_id))
    return out


def consecutive_poor(ratings: Mapping[int, str | None], year: int) -> bool:
    """R-43: "Không hoàn thành nhiệm vụ" in `year` and in the year before."""
    return ratings.get(year) == NOT_COMPLETED and ratings.get(year - 1) == NOT_COMPLETED


@dataclass(frozen=True)
class Flag:
    years: tuple[int, int]
    procedure: Procedure


def poor_flag(ratings: Mapping[int, str | None], staff_category: str | None) -> Flag | None:
    """R-43 on a record: the latest rated year and the one before it both "Không hoàn thành nhiệm vụ" (an older
    pair followed by a better year has had its procedure, or not, already)."""
    rated = sorted(y for y, r in ratings.items() if r and r != NOT_RATED)
    if not rated:
        return None
    last = rated[-1]
    if not consecutive_poor(ratings, last):
        return None
    return Flag((last - 1, last), PROCEDURE_OF.get(staff_category or "", "termination"))


def with_rating(evaluations: Sequence[Mapping[str, Any]], year: int, rating: str) -> list[dict[str, Any]]:
    """The profile's evaluations table with `year`'s rating set (the row kept, with its emulation title and
    award, if it exists; else a new row), in year order."""
    rows = [dict(r) for r in evaluations]
    for r in rows:
        if r.get("year") == year:
            r["rating"] = rating
            break
    else:
        rows.append({"year": year, "rating": rating})
    return sorted(rows, key=lambda r: int(r.get("year") or 0))
