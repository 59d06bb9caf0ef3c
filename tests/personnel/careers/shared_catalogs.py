"""The shared catalogs (../shared/domain/catalogs) as org publishes them, read with org's own reader: the
rows the personnel catalog copy holds once org's events have arrived."""

from __future__ import annotations

from datetime import date
from functools import cache

from common.workdays import WorkCalendar
from org.catalogs.seed import SeedItem, read_catalog
from org.config import DEFAULT_CATALOG_DIR
from personnel.careers import reference
from personnel.careers.rules import BaseSalary, RetirementAges, SalaryGrades


@cache
def items(catalog: str) -> tuple[SeedItem, ...]:
    return tuple(read_catalog(DEFAULT_CATALOG_DIR / f"{catalog}.csv").items)


def grades() -> SalaryGrades:
    return reference.salary_grades(items("salary_grades"))


def ages(with_birth_months: bool = True) -> RetirementAges:
    return reference.retirement_ages(items("retirement_age_by_year"),
                                     items("retirement_age") if with_birth_months else ())


def base_salaries() -> list[BaseSalary]:
    return reference.base_salaries(items("base_salary"))


@cache
def work_calendar() -> WorkCalendar:
    return WorkCalendar.from_overrides(
        (date.fromisoformat(i.code), str(i.attributes.get("kind") or "day_off"), i.name)
        for i in items("holiday_calendar_2024_2026"))
