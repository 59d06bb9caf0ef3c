"""Reads of the headcount counters (see tables.py for where they will come from)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from org.headcount.tables import UnitHeadcount
from org.units.rules import Staff


async def headcount_of(session: AsyncSession, unit_id: str) -> UnitHeadcount:
    row = await session.get(UnitHeadcount, unit_id)
    return row or UnitHeadcount(unit_id=unit_id)


async def staff_of(session: AsyncSession, unit_ids: Iterable[str]) -> dict[str, Staff]:
    """Staff and pending transfers per unit: what blocks a dissolution or needs a destination in a merge."""
    ids = list(unit_ids)
    rows = (await session.scalars(select(UnitHeadcount).where(UnitHeadcount.unit_id.in_(ids)))).all()  # type: ignore[attr-defined]
    found = {r.unit_id: Staff(staff=r.staff, pending_transfers=r.pending_transfers) for r in rows}
    return {u: found.get(u, Staff()) for u in ids}
