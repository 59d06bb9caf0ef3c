"""Routes of the units' job-position plans: read within scope; proposed by the unit's officers (or the
province's administrators) within scope; decided by the province's administrators."""

from __future__ import annotations

import uuid
from datetime import date

from fastapi import APIRouter

from common.app import SessionDep
from common.audit import Audit
from common.auth import CurrentPrincipal, Principal
from common.errors import NotFound
from org.deps import AdminPrincipal, UnitEditor
from org.job_plans import service
from org.job_plans.schemas import PlanCreate, PlanDecision, PlanPublic
from org.units import repository as unit_repo

router = APIRouter(tags=["job-position-plans"])


async def _require_unit(session: SessionDep, principal: Principal, unit_id: str) -> None:
    if await unit_repo.get_in_scope(session, principal, unit_id) is None:
        raise NotFound()


@router.get("/units/{unit_id}/job-position-plans", response_model=list[PlanPublic])
async def list_plans(unit_id: str, session: SessionDep, principal: CurrentPrincipal) -> list[PlanPublic]:
    """Every version of the unit's plan, the latest entered first."""
    await _require_unit(session, principal, unit_id)
    return await service.versions(session, unit_id=unit_id)


@router.get("/units/{unit_id}/job-position-plans/current", response_model=PlanPublic)
async def current_plan(unit_id: str, session: SessionDep, principal: CurrentPrincipal,
                       on: date | None = None) -> PlanPublic:
    """The approved version in force today (or on `on`); 404 job_plan.none when there is none."""
    await _require_unit(session, principal, unit_id)
    return await service.current(session, unit_id=unit_id, on=on)


@router.post("/units/{unit_id}/job-position-plans", response_model=PlanPublic, status_code=201)
async def propose_plan(unit_id: str, data: PlanCreate, session: SessionDep, principal: UnitEditor,
                       audit: Audit) -> PlanPublic:
    await _require_unit(session, principal, unit_id)
    return await service.propose(session, principal, unit_id=unit_id, data=data, audit=audit)


@router.post("/units/{unit_id}/job-position-plans/{plan_id}/approve", response_model=PlanPublic)
async def approve_plan(unit_id: str, plan_id: uuid.UUID, data: PlanDecision, session: SessionDep,
                       principal: AdminPrincipal, audit: Audit) -> PlanPublic:
    await _require_unit(session, principal, unit_id)
    return await service.decide(session, principal, unit_id=unit_id, plan_id=plan_id, approve=True, note=data.note,
                                audit=audit)


@router.post("/units/{unit_id}/job-position-plans/{plan_id}/reject", response_model=PlanPublic)
async def reject_plan(unit_id: str, plan_id: uuid.UUID, data: PlanDecision, session: SessionDep,
                      principal: AdminPrincipal, audit: Audit) -> PlanPublic:
    await _require_unit(session, principal, unit_id)
    return await service.decide(session, principal, unit_id=unit_id, plan_id=plan_id, approve=False, note=data.note,
                                audit=audit)
