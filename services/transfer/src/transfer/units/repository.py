"""The province's active units, from transfer's replica of org's tree."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.scope import UnitNode


async def active_units(session: AsyncSession) -> list[UnitNode]:
    return list((await session.scalars(select(UnitNode).where(UnitNode.active))).all())  # type: ignore[arg-type]
