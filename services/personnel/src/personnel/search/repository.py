"""The search query: approved records only, scope and filters in SQL, indexes chosen for 2 million rows.

- name: `name_folded LIKE '%tok%'` per token, served by the pg_trgm GIN index (tokens of 3+ letters) or,
  when many people match, by walking the partial (name_sort, id) index that INCLUDEs name_folded;
- identity number: equality (12-digit CCCD) or a prefix range (an old 9-digit CMND is both) on its
  btree; never LIKE, which the C.UTF-8 collation cannot serve from a btree (a sequential scan);
- unit subtree (the caller's scope, the unit asked for): its unit ids read from the unit_node replica
  first, then unit_id IN (those ids), served by the partial (unit_id, name_sort, id) and
  (unit_id, birth_date, id) indexes;
- sorting by name uses name_sort (given name first, the Vietnamese convention).

Working people in approved records (version > 0 AND is_active, the default) have partial covering
indexes (migration "search indexes for 2 million people"), so the page of ids and the capped count are
index-only scans; only the page's own rows are read from the wide person table (profile JSONB).
The total is counted exactly up to COUNT_CAP; past it, the planner's estimate is returned and flagged."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, literal, select, text, true
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause, subtree_of
from personnel.persons.tables import Person
from personnel.search.folding import fold

# Counting stops here: past it the exact number costs a scan of every match (up to 2 million rows) and
# nobody pages that far; the planner's estimate stands in (total_is_estimate).
COUNT_CAP = 1000
ESTIMATE_TRUSTED_FROM = 5  # times the cap: above it the planner's estimate is taken without counting
CCCD_LENGTH = 12  # a whole citizen identity number is an equality lookup; anything shorter a prefix

SORTS: dict[str, Any] = {
    "name": (Person.name_sort, Person.id),
    "-name": (Person.name_sort.desc(), Person.id),  # type: ignore[attr-defined]
    "birth_date": (Person.birth_date, Person.id),
    "-birth_date": (Person.birth_date.desc(), Person.id),  # type: ignore[union-attr]
    "updated": (Person.updated_at.desc(), Person.id),  # type: ignore[attr-defined]
}


@dataclass
class Filters:
    q: str | None = None
    unit_id: str | None = None
    status: list[str] | None = None
    include_left: bool = False
    gender: str | None = None
    birth_year_from: int | None = None
    birth_year_to: int | None = None
    rank_code: str | None = None
    qualification: str | None = None
    political_theory_level: str | None = None
    party_member: bool | None = None
    ethnicity: str | None = None
    staff_category: str | None = None


async def resolve_subtrees(session: AsyncSession, principal: Principal, f: Filters) -> dict[str, list[str]]:
    """The unit ids under the caller's unit and under the unit asked for, read from the unit_node replica.

    Given to the query as a list instead of `unit_id IN (SELECT ...)`, the planner sees how many people
    that is (one commune: 0.7 %) and walks the (unit_id, name_sort) index instead of the whole province's."""
    units = {f.unit_id} if f.unit_id else set()
    if not principal.is_province_wide:
        units.add(principal.unit_id)
    return {unit: list(await session.scalars(subtree_of(unit))) for unit in units}


def in_subtree(unit_id: str, subtrees: dict[str, list[str]] | None) -> Any:
    if subtrees is not None and unit_id in subtrees:
        return Person.unit_id.in_(subtrees[unit_id])  # type: ignore[attr-defined]
    return Person.unit_id.in_(subtree_of(unit_id))  # type: ignore[attr-defined]


def conditions(principal: Principal, f: Filters, subtrees: dict[str, list[str]] | None = None) -> list[Any]:
    scope = scope_clause(principal, Person.unit_id) if principal.is_province_wide else in_subtree(
        principal.unit_id, subtrees)
    where: list[Any] = [Person.version > 0, scope]  # type: ignore[operator]
    if f.q:
        raw = f.q.strip()
        digits = raw.replace(" ", "")
        if digits.isdigit() and len(digits) >= 9:
            where.append(id_number_clause(digits))
        else:
            for token in fold(raw).split():
                escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where.append(Person.name_folded.like(f"%{escaped}%"))  # type: ignore[attr-defined]
    if f.unit_id:
        where.append(in_subtree(f.unit_id, subtrees))
    if f.status:
        where.append(Person.status.in_(f.status))  # type: ignore[attr-defined]
    if not f.include_left:
        # "= true", not "IS TRUE": the planner proves the partial indexes' "is_active" only from this form.
        where.append(Person.is_active == true())
    for column, value in ((Person.gender, f.gender), (Person.rank_code, f.rank_code),
                          (Person.qualification, f.qualification),
                          (Person.political_theory_level, f.political_theory_level),
                          (Person.ethnicity, f.ethnicity), (Person.staff_category, f.staff_category),
                          (Person.party_member, f.party_member)):
        if value is not None:
            where.append(column == value)
    if f.birth_year_from is not None:
        where.append(Person.birth_date >= func.make_date(f.birth_year_from, 1, 1))  # type: ignore[operator]
    if f.birth_year_to is not None:
        where.append(Person.birth_date < func.make_date(f.birth_year_to + 1, 1, 1))  # type: ignore[operator]
    return where


def id_number_clause(digits: str) -> Any:
    if len(digits) == CCCD_LENGTH:
        return Person.personal_id_number == digits
    # Prefix as a range: ':' is the character after '9', so [digits, digits + ':') holds exactly the
    # numbers starting with digits, and the btree serves it whatever the collation.
    return and_(Person.personal_id_number >= digits, Person.personal_id_number < digits + ":")  # type: ignore[operator]


async def count(session: AsyncSession, where: list[Any], *, cap: int | None = None) -> tuple[int, bool]:
    """(total, is_estimate): exact up to cap, else the planner's row estimate (never below cap + 1).

    When the planner already expects many times the cap, its estimate is taken without counting: a
    capped count of a common name ("nguyen", "thi") still costs 50-200 ms of trigram index and heap."""
    cap = COUNT_CAP if cap is None else cap
    query = select(literal(1)).select_from(Person).where(and_(*where))
    expected = await estimate(session, query)
    if expected > ESTIMATE_TRUSTED_FROM * cap:
        return expected, True
    first = query.limit(cap + 1).subquery()
    exact = int(await session.scalar(select(func.count()).select_from(first)) or 0)
    if exact <= cap:
        return exact, False
    return max(cap + 1, expected), True


async def estimate(session: AsyncSession, query: Any) -> int:
    """The planner's row estimate for query: EXPLAIN plans it (about a millisecond) without running it."""
    connection = await session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    positional = tuple(params[name] for name in compiled.positiontup or ())
    result = await connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", positional)
    plan = result.scalar()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


async def search(session: AsyncSession, principal: Principal, f: Filters, *, sort: str, page: int,
                 size: int) -> tuple[list[Any], int, bool]:
    # asyncpg prepares every statement; after five runs PostgreSQL would switch to a generic plan made
    # without the values, which cannot tell a rare name from "nguyen" nor pick the partial indexes.
    await session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    where = conditions(principal, f, await resolve_subtrees(session, principal, f))
    order = SORTS.get(sort, SORTS["name"])
    # The page's ids first (index-only on the covering indexes), then the wide rows of those ids only.
    ids = select(Person.id).where(and_(*where)).order_by(*order).offset((page - 1) * size).limit(size).subquery()
    stmt = (select(Person.id, Person.full_name, Person.birth_date, Person.gender, Person.unit_id,
                   UnitNode.name.label("unit_name"), Person.position, Person.status)  # type: ignore[attr-defined]
            .join(ids, ids.c.id == Person.id)
            .outerjoin(UnitNode, UnitNode.unit_id == Person.unit_id)
            .order_by(*order))
    rows = list((await session.execute(stmt)).all())
    if 0 < len(rows) < size or (page == 1 and not rows):
        return rows, (page - 1) * size + len(rows), False  # the last page: the total needs no count
    total, is_estimate = await count(session, where)
    # An estimate never claims fewer people than this page already shows.
    return rows, max(total, (page - 1) * size + len(rows)), is_estimate


__all__ = ["COUNT_CAP", "Filters", "count", "search"]
