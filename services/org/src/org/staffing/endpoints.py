"""Routes of staffing quotas and job positions (reads within scope; changes by province administrators)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from common.app import SessionDep
from common.audit import Audit
from common.auth import CurrentPrincipal
from common.errors import NotFound
from org.deps import AdminPrincipal
from org.staffing import service
from org.staffing.schemas import JobPositionCreate, JobPositionPublic, JobPositionRetire, QuotaPublic, QuotaUpdate
from org.units import repository as unit_repo

router = APIRouter(tags=["staffing"])
Year = Annotated[int, Path(ge=1990, le=2100)]


async def _require_unit(session: SessionDep, principal: CurrentPrincipal, unit_id: str) -> None:
    if await unit_repo.get_in_scope(session, principal, unit_id) is None:
        raise NotFound()


@router.get("/units/{unit_id}/quotas/{year}", response_model=QuotaPublic)
async def get_quota(unit_id: str, year: Year, session: SessionDep, principal: CurrentPrincipal) -> QuotaPublic:
    await _require_unit(session, principal, unit_id)
    return await service.quota(session, unit_id=unit_id, year=year)


@router.put("/units/{unit_id}/quotas/{year}", response_model=QuotaPublic)
async def put_quota(unit_id: str, year: Year, data: QuotaUpdate, session: SessionDep,
                    principal: AdminPrincipal, audit: Audit) -> QuotaPublic:
    await _require_unit(session, principal, unit_id)
    result = await service.set_quota(session, unit_id=unit_id, year=year, data=data, audit=audit)
    return result


@router.get("/units/{unit_id}/job-positions", response_model=list[JobPositionPublic])
async def list_job_positions(unit_id: str, session: SessionDep,
                             principal: CurrentPrincipal) -> list[JobPositionPublic]:
    await _require_unit(session, principal, unit_id)
    rows = await service.job_positions(session, unit_id=unit_id)
    return [JobPositionPublic.model_validate(p, from_attributes=True) for p in rows]


@router.post("/units/{unit_id}/job-positions", response_model=JobPositionPublic, status_code=201)
async def create_job_position(unit_id: str, data: JobPositionCreate, session: SessionDep,
                              principal: AdminPrincipal, audit: Audit) -> JobPositionPublic:
    await _require_unit(session, principal, unit_id)
    position = await service.create_job_position(session, unit_id=unit_id, data=data, audit=audit)
    return JobPositionPublic.model_validate(position, from_attributes=True)


@router.post("/units/{unit_id}/job-positions/{code}/retire", response_model=JobPositionPublic)
async def retire_job_position(unit_id: str, code: str, data: JobPositionRetire, session: SessionDep,
                              principal: AdminPrincipal, audit: Audit) -> JobPositionPublic:
    await _require_unit(session, principal, unit_id)
    position = await service.retire_job_position(session, unit_id=unit_id, code=code, data=data, audit=audit)
    return JobPositionPublic.model_validate(position, from_attributes=True)
