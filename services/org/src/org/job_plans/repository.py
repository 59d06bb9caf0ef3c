"""Every query of the job-position plans, on the caller's session."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from org.job_plans.tables import JobPositionPlan, JobPositionPlanItem
from org.staffing.tables import JobPosition


async def plans(session: AsyncSession, unit_id: str) -> list[JobPositionPlan]:
    return list((await session.scalars(select(JobPositionPlan).where(JobPositionPlan.unit_id == unit_id)
                                       .order_by(JobPositionPlan.version.desc()))).all())  # type: ignore[attr-defined]


async def get(session: AsyncSession, unit_id: str, plan_id: uuid.UUID, *, lock: bool = False) -> JobPositionPlan | None:
    stmt = select(JobPositionPlan).where(JobPositionPlan.id == plan_id, JobPositionPlan.unit_id == unit_id)
    return await session.scalar(stmt.with_for_update() if lock else stmt)


async def items(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[JobPositionPlanItem]]:
    out: dict[uuid.UUID, list[JobPositionPlanItem]] = {i: [] for i in plan_ids}
    if plan_ids:
        for row in (await session.scalars(select(JobPositionPlanItem).where(
                JobPositionPlanItem.plan_id.in_(plan_ids))  # type: ignore[attr-defined]
                .order_by(JobPositionPlanItem.sort_order))).all():
            out[row.plan_id].append(row)
    return out


async def positions(session: AsyncSession, unit_id: str) -> dict[str, JobPosition]:
    return {p.code: p for p in (await session.scalars(select(JobPosition).where(JobPosition.unit_id == unit_id))).all()}


async def next_version(session: AsyncSession, unit_id: str) -> int:
    top = await session.scalar(select(func.max(JobPositionPlan.version)).where(JobPositionPlan.unit_id == unit_id))
    return int(top or 0) + 1


async def same_decision(session: AsyncSession, unit_id: str, issuer: str, number: str) -> JobPositionPlan | None:
    """A version of the unit, not refused, recorded under the same decision of the same issuer."""
    return await session.scalar(select(JobPositionPlan).where(
        JobPositionPlan.unit_id == unit_id, JobPositionPlan.state != "rejected",
        func.lower(func.btrim(JobPositionPlan.issuer)) == issuer.strip().lower(),
        func.lower(func.btrim(JobPositionPlan.decision_number)) == number.strip().lower()).limit(1))
