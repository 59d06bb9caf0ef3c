"""Routes of the unit tree: reads for every role within scope, changes for province administrators."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.app import SessionDep
from common.audit import Audit
from common.auth import CurrentPrincipal, Principal
from common.errors import NotFound
from common.text import fold
from org.deps import AdminPrincipal
from org.units import reorganize as reorganize_service
from org.units import repository as repo
from org.units import service
from org.units.schemas import (
    ChangeOut,
    DecisionOut,
    PathEntry,
    ReorganizationCreate,
    ReorganizationPublic,
    SearchHit,
    UnitCreate,
    UnitDetail,
    UnitDissolve,
    UnitEdited,
    UnitItem,
    UnitMove,
    UnitRename,
    UnitUpdate,
)
from org.units.tables import Unit, UnitVersion

router = APIRouter(tags=["units"])
AsOf = Annotated[date | None, Query(description="YYYY-MM-DD; default today")]


def _item(v: UnitVersion | Unit, has_children: bool, active: bool = True) -> UnitItem:
    return UnitItem(unit_id=v.unit_id, name=v.name, short_name=v.short_name, unit_type=v.unit_type,
                    unit_block=v.unit_block, management_level=v.management_level, parent_id=v.parent_id,
                    has_children=has_children, active=active)


@router.get("/units/roots", response_model=list[UnitItem])
async def roots(session: SessionDep, principal: CurrentPrincipal, as_of: AsOf = None) -> list[UnitItem]:
    """The top of the caller's scope: the province for province-wide roles, otherwise the own unit."""
    on = as_of or clock.today()
    if principal.is_province_wide:
        rows = await repo.versions_on(session, principal, on)
    else:
        rows = await repo.versions_on(session, principal, on, unit_ids=[principal.unit_id])
    return [_item(v, h) for v, h in rows]


@router.get("/units/search", response_model=list[SearchHit])
async def search(session: SessionDep, principal: CurrentPrincipal, q: Annotated[str, Query(max_length=200)] = "",
                 limit: Annotated[int, Query(ge=1, le=100)] = 20, include_inactive: bool = False) -> list[SearchHit]:
    terms = fold(q).split()
    if not terms:
        return []
    hits = await repo.search(session, principal, terms, limit=limit, include_inactive=include_inactive)
    names = await repo.names(session, (p for u, _ in hits for p in u.path))
    out = []
    for unit, has_children in hits:
        path = [PathEntry(unit_id=p, name=names.get(p, p)) for p in unit.path]
        out.append(SearchHit(**_item(unit, has_children, unit.active).model_dump(), path=path,
                             path_names=[p.name for p in path]))
    return out


async def _visible(session: AsyncSession, principal: Principal, unit_id: str) -> Unit:
    unit = await repo.get_in_scope(session, principal, unit_id)
    if unit is None:
        raise NotFound()
    return unit


@router.get("/units/{unit_id}/children", response_model=list[UnitItem])
async def children(unit_id: str, session: SessionDep, principal: CurrentPrincipal,
                   as_of: AsOf = None) -> list[UnitItem]:
    await _visible(session, principal, unit_id)
    rows = await repo.versions_on(session, principal, as_of or clock.today(), parent_id=unit_id)
    return [_item(v, h) for v, h in rows]


async def _path_on(session: AsyncSession, version: UnitVersion, on: date) -> list[PathEntry]:
    path = [PathEntry(unit_id=version.unit_id, name=version.name)]
    parent_id, seen = version.parent_id, {version.unit_id}
    while parent_id and parent_id not in seen:
        seen.add(parent_id)
        parent = await repo.version_on(session, parent_id, on) or await repo.last_version(session, parent_id)
        if parent is None:
            break
        path.insert(0, PathEntry(unit_id=parent.unit_id, name=parent.name))
        parent_id = parent.parent_id
    return path


@router.get("/units/{unit_id}", response_model=UnitDetail)
async def detail(unit_id: str, session: SessionDep, principal: CurrentPrincipal, as_of: AsOf = None) -> UnitDetail:
    """The unit as it was on the date (a dissolved unit shows its last state, inactive), with its history."""
    unit = await _visible(session, principal, unit_id)
    on = as_of or clock.today()
    rows = await repo.versions_on(session, principal, on, unit_ids=[unit_id])
    if rows:
        version, has_children, active = rows[0][0], rows[0][1], True
    elif unit.dissolved_on is not None and on >= unit.dissolved_on:
        version, has_children, active = await repo.last_version(session, unit_id), False, False
    else:
        version = None
    if version is None:
        raise NotFound("unit.not_on_date")
    history = [ChangeOut.model_validate(c, from_attributes=True) for c in await repo.history(session, unit_id)]
    return UnitDetail(
        **_item(version, has_children, active).model_dump(), as_of=on, address=version.address,
        sort_order=version.sort_order, established_on=unit.established_on, dissolved_on=unit.dissolved_on,
        valid_from=version.valid_from, valid_to=version.valid_to,
        decision=DecisionOut(decision_number=unit.decision_number, decision_date=unit.decision_date,
                             signer=unit.signer),
        path=await _path_on(session, version, on), history=history, row_version=unit.revision)


@router.post("/units", response_model=UnitItem, status_code=201)
async def create(data: UnitCreate, session: SessionDep, principal: AdminPrincipal, audit: Audit) -> UnitItem:
    unit = await service.create_unit(session, data=data, audit=audit)
    return _item(unit, False, unit.active)


@router.post("/units/{unit_id}/rename", response_model=UnitItem)
async def rename(unit_id: str, data: UnitRename, session: SessionDep,
                 principal: AdminPrincipal, audit: Audit) -> UnitItem:
    unit = await service.rename_unit(session, unit_id=unit_id, data=data, audit=audit)
    return _item(unit, bool(await repo.active_children(session, unit_id)), unit.active)


@router.patch("/units/{unit_id}", response_model=UnitEdited)
async def update(unit_id: str, data: UnitUpdate, session: SessionDep,
                 principal: AdminPrincipal, audit: Audit) -> UnitEdited:
    """Type, block, level, address or order, dated; `row_version` is the one GET /units/{id} gave
    (409 unit.stale if the unit changed meanwhile, nothing changed)."""
    unit = await service.update_unit(session, unit_id=unit_id, data=data, audit=audit)
    item = _item(unit, bool(await repo.active_children(session, unit_id)), unit.active)
    return UnitEdited(**item.model_dump(), row_version=unit.revision)


@router.post("/units/{unit_id}/move", response_model=UnitItem)
async def move(unit_id: str, data: UnitMove, session: SessionDep,
               principal: AdminPrincipal, audit: Audit) -> UnitItem:
    moved = await service.move_unit(session, unit_id=unit_id, data=data, audit=audit)
    return _item(moved[0], len(moved) > 1, moved[0].active)


@router.post("/units/{unit_id}/dissolve", response_model=UnitItem)
async def dissolve(unit_id: str, data: UnitDissolve, session: SessionDep,
                   principal: AdminPrincipal, audit: Audit) -> UnitItem:
    unit = await service.dissolve_unit(session, unit_id=unit_id, data=data, audit=audit)
    return _item(unit, False, unit.active)


@router.post("/reorganizations", response_model=ReorganizationPublic, status_code=201)
async def reorganize(data: ReorganizationCreate, session: SessionDep,
                     principal: AdminPrincipal, audit: Audit) -> ReorganizationPublic:
    """Merge several units into one, or split one into several, under one decision."""
    result = await reorganize_service.reorganize(session, data=data, audit=audit)
    return result
