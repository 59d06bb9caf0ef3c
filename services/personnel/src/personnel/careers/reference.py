"""The data the career rules judge by, as the typed rows of careers.rules (pure: no database).

Two sources:
- the rule tables of this feature (careers/data/*.csv: dated parameters, R-12 extensions, the early-raise
  scale, the statuses whose time does not count), each row with its validity and legal basis;
- the catalogs org publishes (salary_grades, base_salary, retirement_age_by_year, retirement_age), read
  from the catalog copy as items with `code`, `attributes`, `valid_from`, `valid_to` (and `active`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from personnel import ruletables
from personnel.careers.rules import (
    AgeOfYear,
    AwardRule,
    BaseSalary,
    CareerLevel,
    ExtensionRule,
    GradeStep,
    Parameter,
    Parameters,
    Placement,
    RetirementAges,
    RetirementRow,
    SalaryGrades,
)

DATA_DIR = Path(__file__).parent / "data"
CATALOGS = ("salary_grades", "base_salary", "retirement_age_by_year", "retirement_age", "vien_chuc_career_levels",
            "ranks")


_date = ruletables.iso_date


def _rows(name: str) -> list[dict[str, str]]:
    return ruletables.rows(DATA_DIR / name)


@dataclass(frozen=True)
class RuleData:
    params: Parameters
    extensions: tuple[ExtensionRule, ...]
    awards: tuple[AwardRule, ...]
    non_counted_statuses: tuple[tuple[str, date | None, date | None, str], ...]  # status, from, to, basis
    placements: tuple[Placement, ...]


@cache
def rule_data() -> RuleData:
    params = Parameters(tuple(
        Parameter(r["rule"], r["key"], r["value"], _date(r["valid_from"]), _date(r["valid_to"]),
                  r["legal_basis"], r["confidence"]) for r in _rows("rule_parameters.csv")))
    ext = tuple(
        ExtensionRule(r["event"], r["applies_to"], int(r["months"]) if r["months"] else None,  # type: ignore[arg-type]
                      _date(r["decided_from"]), _date(r["decided_to"]), r["legal_basis"], r["confidence"])
        for r in _rows("raise_extensions.csv"))
    awards = tuple(AwardRule(r["code"], r["source"], int(r["months"]), _date(r["valid_from"]), _date(r["valid_to"]),
                             r["legal_basis"], r["confidence"]) for r in _rows("early_raise_awards.csv"))
    statuses = tuple((r["status"], _date(r["valid_from"]), _date(r["valid_to"]), r["legal_basis"])
                     for r in _rows("non_counted_statuses.csv"))
    placements = tuple(Placement(r["group"], r["qualification"], int(r["step"]), _date(r["valid_from"]),
                                 _date(r["valid_to"]), r["legal_basis"]) for r in _rows("initial_placement.csv"))
    return RuleData(params, ext, awards, statuses, placements)


class CatalogItem(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def attributes(self) -> dict[str, Any]: ...
    @property
    def valid_from(self) -> date | None: ...
    @property
    def valid_to(self) -> date | None: ...


def _live(items: Iterable[CatalogItem]) -> list[CatalogItem]:
    return [i for i in items if getattr(i, "active", True)]


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def salary_grades(items: Iterable[CatalogItem]) -> SalaryGrades:
    """salary_grades items (code table:group:step; attributes table, group, step, coefficient,
    raise_period_months); a row that does not read as numbers is left out."""
    steps = []
    for item in _live(items):
        a = item.attributes
        table, group, step = a.get("table"), a.get("group"), _int(a.get("step"))
        if not (table and group and step):
            parts = item.code.split(":")
            if len(parts) != 3:
                continue
            table, group, step = parts[0], parts[1], _int(parts[2])
        period = _int(a.get("raise_period_months"))
        try:
            coefficient = Decimal(str(a.get("coefficient"))).quantize(Decimal("0.01"))
        except InvalidOperation:
            continue
        if step is None or period is None:
            continue
        steps.append(GradeStep(str(table), str(group), step, coefficient, period, item.valid_from, item.valid_to))
    return SalaryGrades(steps)


def base_salaries(items: Iterable[CatalogItem]) -> list[BaseSalary]:
    out = []
    for item in _live(items):
        start = item.valid_from or _date(str(item.attributes.get("effective_from") or item.code))
        amount = _int(item.attributes.get("amount_vnd"))
        if start is not None and amount is not None:
            out.append(BaseSalary(start, amount, str(item.attributes.get("legal_basis") or "")))
    return out


def retirement_ages(by_year: Iterable[CatalogItem], by_birth_month: Iterable[CatalogItem] = ()) -> RetirementAges:
    years = []
    for item in _live(by_year):
        a = item.attributes
        year = _int(a.get("retire_year") or item.code)
        values = [_int(a.get(k)) for k in ("male_age_years", "male_age_months", "female_age_years",
                                           "female_age_months")]
        if year is None or any(v is None for v in values):
            continue
        my, mm, fy, fm = values
        years.append(AgeOfYear(year, my * 12 + mm, fy * 12 + fm))  # type: ignore[operator]
    births = []
    for item in _live(by_birth_month):
        a = item.attributes
        gender, month = a.get("gender"), a.get("birth_month")
        if not (gender and month) and ":" in item.code:
            gender, month = item.code.split(":", 1)
        last, pension = _date(a.get("retire_date")), _date(a.get("pension_start_date"))
        years_, months_ = _int(a.get("retire_age_years")), _int(a.get("retire_age_months"))
        if gender and month and last and pension and years_ is not None and months_ is not None:
            births.append(RetirementRow(str(gender), str(month), years_ * 12 + months_, last, pension))
    return RetirementAges(years, births)


def career_levels(items: Iterable[CatalogItem]) -> list[CareerLevel]:
    """vien_chuc_career_levels: level, its group, and the groups that move to it ("A2.1;A2.2 (re-placed...)")."""
    out = []
    for item in _live(items):
        level = _int(item.code)
        group = item.attributes.get("salary_group")
        sources = str(item.attributes.get("transition_from_groups") or "")
        if level is None or not group:
            continue
        groups = tuple(part.split("(")[0].strip() for part in sources.split(";") if part.strip())
        out.append(CareerLevel(level, str(group), groups or (str(group),)))
    return out


def rank_groups(items: Iterable[CatalogItem]) -> dict[str, tuple[str, str]]:
    """R-02: each rank or title code -> (its salary group, its table), always looked up, never guessed
    from the code's pattern."""
    out = {}
    for item in _live(items):
        group, table = item.attributes.get("group"), item.attributes.get("table")
        if group and table:
            out[item.code] = (str(group), str(table))
    return out
