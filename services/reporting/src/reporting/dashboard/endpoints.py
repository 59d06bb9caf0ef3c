"""GET /dashboard: the chosen unit's people today, counted in the database for the home page's charts."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import text

from common import clock
from common.app import SessionDep
from common.errors import NotFound
from common.scope import ensure_in_scope
from reporting.dashboard import rules
from reporting.deps import Reader
from reporting.reports import repository
from reporting.reports import sql as report_sql
from reporting.reports.sql import AGE, EXPR, FROM, STATE
from reporting.reports.sql import Query as ReportQuery

router = APIRouter(prefix="/dashboard", tags=["dashboard"])


class UnitCount(BaseModel):
    unit_id: str
    name: str
    count: int


class Dashboard(BaseModel):
    unit_id: str
    unit_name: str
    as_of: date
    total: int
    units: list[UnitCount]  # the unit's own staff and each child's subtree
    age_pyramid: list[dict[str, Any]]  # {band, male, female}
    qualification: list[dict[str, Any]]  # {key: professional level, count}
    grade_group: list[dict[str, Any]]  # {key: grade group, count}
    staff_category: list[dict[str, Any]]


SQL = f"""{STATE}, d AS MATERIALIZED (
    SELECT m.row_key, f.gender, {AGE} AS age, {EXPR['professional_level']} AS qual, k.grade_group AS grade,
           f.staff_category AS cat
    {FROM})
SELECT 'unit' AS kind, row_key AS key, NULL AS gender, NULL AS age, count(*) AS n FROM d GROUP BY row_key
UNION ALL SELECT 'age', NULL, gender, age, count(*) FROM d GROUP BY gender, age
UNION ALL SELECT 'qual', qual, NULL, NULL, count(*) FROM d GROUP BY qual
UNION ALL SELECT 'grade', grade, NULL, NULL, count(*) FROM d GROUP BY grade
UNION ALL SELECT 'cat', cat, NULL, NULL, count(*) FROM d GROUP BY cat
"""


@router.get("")
async def dashboard(session: SessionDep, principal: Reader, unit_id: Annotated[
        str | None, Query(max_length=64, description="default: the account's unit")] = None) -> Dashboard:
    """Headcount by child unit, the age pyramid by sex, the qualification, grade and staff-category mixes of
    the unit's subtree today (counts only: no one's name)."""
    unit_id = unit_id or principal.unit_id
    await ensure_in_scope(session, principal, unit_id)
    units = await repository.units(session)
    if unit_id not in units:
        raise NotFound()
    rank_groups, rank_names = await repository.ranks(session)
    today = clock.today()
    q = ReportQuery(as_of=today, selected=units[unit_id], units=units, rank_groups=rank_groups, rank_names=rank_names)
    await report_sql._custom_plan(session)
    rows = (await session.execute(text(SQL), q.params)).mappings().all()
    by_unit = {r["key"]: int(r["n"]) for r in rows if r["kind"] == "unit"}
    mix = {kind: {r["key"]: int(r["n"]) for r in rows if r["kind"] == kind} for kind in ("qual", "grade", "cat")}
    children = [u for u in units.values() if len(u.path) >= 2 and u.path[-2] == unit_id]
    listed = [UnitCount(unit_id=unit_id, name=units[unit_id].name, count=by_unit.get(unit_id, 0))]
    listed += sorted((UnitCount(unit_id=u.unit_id, name=u.name, count=by_unit.get(u.unit_id, 0)) for u in children),
                     key=lambda c: (-c.count, c.name))
    return Dashboard(
        unit_id=unit_id, unit_name=units[unit_id].name, as_of=today, total=sum(by_unit.values()), units=listed,
        age_pyramid=rules.pyramid([(r["age"], r["gender"], int(r["n"])) for r in rows if r["kind"] == "age"]),
        qualification=rules.ordered(mix["qual"], rules.QUALIFICATION_ORDER),
        grade_group=rules.ordered(mix["grade"], rules.GRADE_ORDER),
        staff_category=rules.ordered(mix["cat"], rules.STAFF_ORDER))
