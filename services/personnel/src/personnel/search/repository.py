"""The search query: approved records only, scope and filters in SQL, indexes chosen for 2 million rows.

- name: `name_folded LIKE '%tok%'` per token, served by the pg_trgm GIN index (tokens of 3+ letters);
- identity number: equality / prefix on its btree index;
- unit subtree: unit_id IN (subtree from the unit_node replica), with (unit_id, status) btree;
- sorting by name uses name_sort (given name first, the Vietnamese convention)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause, subtree_of
from personnel.persons.tables import Person
from personnel.search.folding import fold

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


def conditions(principal: Principal, f: Filters) -> list[Any]:
    where: list[Any] = [Person.version > 0, scope_clause(principal, Person.unit_id)]  # type: ignore[operator]
    if f.q:
        raw = f.q.strip()
        digits = raw.replace(" ", "")
        if digits.isdigit() and len(digits) >= 9:
            where.append(Person.personal_id_number.like(f"{digits}%"))  # type: ignore[union-attr]
        else:
            for token in fold(raw).split():
                escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where.append(Person.name_folded.like(f"%{escaped}%"))  # type: ignore[attr-defined]
    if f.unit_id:
        where.append(Person.unit_id.in_(subtree_of(f.unit_id)))  # type: ignore[attr-defined]
    if f.status:
        where.append(Person.status.in_(f.status))  # type: ignore[attr-defined]
    if not f.include_left:
        where.append(Person.is_active.is_(True))  # type: ignore[attr-defined]
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


async def search(session: AsyncSession, principal: Principal, f: Filters, *, sort: str, page: int,
                 size: int) -> tuple[list[Any], int]:
    where = conditions(principal, f)
    total = await session.scalar(select(func.count()).select_from(Person).where(and_(*where)))
    stmt = (select(Person.id, Person.full_name, Person.birth_date, Person.gender, Person.unit_id,
                   UnitNode.name.label("unit_name"), Person.position, Person.status)  # type: ignore[attr-defined]
            .outerjoin(UnitNode, UnitNode.unit_id == Person.unit_id)
            .where(and_(*where)).order_by(*SORTS.get(sort, SORTS["name"]))
            .offset((page - 1) * size).limit(size))
    rows = (await session.execute(stmt)).all()
    return list(rows), int(total or 0)


__all__ = ["Filters", "search"]
