"""Staffing quotas per unit and year, and job positions with their rank requirements."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.db import utcnow
from common.errors import Conflict, NotFound, invalid
from org.catalogs import service as catalog_service
from org.headcount import service as headcount_service
from org.staffing.schemas import (
    Actual,
    JobPositionCreate,
    JobPositionRetire,
    QuotaFields,
    QuotaPublic,
    QuotaUpdate,
)
from org.staffing.tables import JobPosition, StaffingQuota


async def quota(session: AsyncSession, *, unit_id: str, year: int) -> QuotaPublic:
    row = await session.get(StaffingQuota, (unit_id, year))
    counts = await headcount_service.headcount_of(session, unit_id)
    positions = await session.scalar(select(func.count()).select_from(JobPosition).where(
        JobPosition.unit_id == unit_id, JobPosition.active)) or 0
    base = QuotaFields.model_validate(row, from_attributes=True) if row else QuotaFields()
    return QuotaPublic(**base.model_dump(), unit_id=unit_id, year=year, row_version=row.row_version if row else 0,
                       job_position_count=positions,
                       actual=Actual(cadre=counts.cadre, civil_servant=counts.civil_servant,
                                     public_employee=counts.public_employee,
                                     contract_worker=counts.contract_worker))


async def set_quota(session: AsyncSession, *, unit_id: str, year: int, data: QuotaUpdate,
                    audit: AuditContext) -> QuotaPublic:
    """The year's quota, if it is still at `data.row_version` (0: none set yet): a change another
    administrator made meanwhile is never overwritten silently (409 staffing_quota.stale)."""
    row = await session.get(StaffingQuota, (unit_id, year), with_for_update=True)
    if data.row_version != (row.row_version if row else 0):
        raise Conflict("staffing_quota.stale", revision=row.row_version if row else 0)
    if row is None:
        row = StaffingQuota(unit_id=unit_id, year=year, row_version=0)
        session.add(row)
    fields = data.model_dump(exclude={"row_version"})
    for key, value in fields.items():
        setattr(row, key, value)
    row.updated_at, row.row_version = utcnow(), row.row_version + 1
    try:
        await session.flush()
    except IntegrityError as exc:  # another administrator set the year's first quota at the same moment
        raise Conflict("staffing_quota.stale", revision=1) from exc
    await audit.record(session, action="update", resource_type="staffing_quota", resource_id=f"{unit_id}:{year}",
                       unit_id=unit_id, detail={**data.model_dump(mode="json", exclude={"row_version"}),
                                                "row_version": row.row_version})
    return await quota(session, unit_id=unit_id, year=year)


async def job_positions(session: AsyncSession, *, unit_id: str) -> list[JobPosition]:
    return list((await session.scalars(select(JobPosition).where(JobPosition.unit_id == unit_id)
                                       .order_by(JobPosition.category, JobPosition.code))).all())


async def create_job_position(session: AsyncSession, *, unit_id: str, data: JobPositionCreate,
                              audit: AuditContext) -> JobPosition:
    await catalog_service.ensure_item(session, "job_position_categories", data.category, field="category")
    for code in data.rank_codes:
        await catalog_service.ensure_item(session, "ranks", code, field="rank_codes")
    position = JobPosition(unit_id=unit_id, **data.model_dump())
    session.add(position)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("duplicate_job_position", position=data.code) from exc
    await audit.record(session, action="create", resource_type="job_position", resource_id=str(position.id),
                       unit_id=unit_id, detail={"code": data.code})
    return position


async def retire_job_position(session: AsyncSession, *, unit_id: str, code: str, data: JobPositionRetire,
                              audit: AuditContext) -> JobPosition:
    """A position no longer in use ends on a day (never deleted: past plans and records keep naming it)."""
    position = await session.scalar(select(JobPosition).where(
        JobPosition.unit_id == unit_id, JobPosition.code == code).with_for_update())
    if position is None:
        raise NotFound()
    if position.valid_from is not None and data.valid_to < position.valid_from:
        raise invalid("valid_to", "job_position.ends_before_start")
    position.valid_to, position.active = data.valid_to, False
    await session.flush()
    await audit.record(session, action="update", resource_type="job_position", resource_id=str(position.id),
                       unit_id=unit_id, detail={"code": code, "valid_to": data.valid_to.isoformat()})
    return position
