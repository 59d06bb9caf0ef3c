"""GET /persons: the list the web client searches (shape agreed with it: {items, total}; past
repository.COUNT_CAP matches the total is the planner's estimate and the page says total_is_estimate)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from common.app import SessionDep
from personnel.deps import Reader
from personnel.persons.rules import sees_people_who_left
from personnel.search import repository
from personnel.search.schemas import PersonsPage, PersonSummary

router = APIRouter(tags=["persons"])


@router.get("/persons")
async def search_persons(
    session: SessionDep,
    principal: Reader,
    q: Annotated[str | None, Query(max_length=100, description="name (diacritics optional) or identity number")] = None,
    unit_id: Annotated[str | None, Query(max_length=64, description="this unit and its subtree")] = None,
    status: Annotated[list[str] | None, Query()] = None,
    include_left: bool = False,
    gender: str | None = None,
    birth_year_from: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    birth_year_to: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    rank_code: str | None = None,
    qualification: str | None = None,
    political_theory_level: str | None = None,
    party_member: bool | None = None,
    ethnicity: str | None = None,
    staff_category: str | None = None,
    sort: Annotated[str, Query(pattern="^-?(name|birth_date)$|^updated$")] = "name",
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> PersonsPage:
    """Approved records in the caller's scope. People who left appear only for officers, leaders and
    administrators who ask for them (include_left or an explicit status)."""
    entitled = sees_people_who_left(principal)
    filters = repository.Filters(
        q=q, unit_id=unit_id, status=status, include_left=entitled and (include_left or bool(status)),
        gender=gender,
        birth_year_from=birth_year_from, birth_year_to=birth_year_to, rank_code=rank_code,
        qualification=qualification, political_theory_level=political_theory_level,
        party_member=party_member, ethnicity=ethnicity, staff_category=staff_category)
    rows, total, is_estimate = await repository.search(session, principal, filters, sort=sort, page=page, size=size)
    return PersonsPage(items=[PersonSummary(person_id=r.id, full_name=r.full_name, birth_date=r.birth_date,
                                            gender=r.gender, unit_id=r.unit_id, unit_name=r.unit_name,
                                            position=r.position, status=r.status) for r in rows],
                       total=total, total_is_estimate=is_estimate)
