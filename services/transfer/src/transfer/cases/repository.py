"""Every query of cases, moves and steps."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, subtree_of
from transfer.cases.rules import OPEN
from transfer.cases.tables import CaseStep, Move, TransferCase


def visible(principal: Principal) -> Any:
    """A case is seen by the sending unit, the receiving unit and the unit that opened it (their subtrees)."""
    if principal.is_province_wide:
        return True
    mine = subtree_of(principal.unit_id)
    return or_(TransferCase.from_unit_id.in_(mine), TransferCase.to_unit_id.in_(mine),  # type: ignore[union-attr]
               TransferCase.created_unit_id.in_(mine))  # type: ignore[attr-defined]


async def get(session: AsyncSession, principal: Principal, case_id: uuid.UUID, *,
              for_update: bool = False) -> TransferCase | None:
    stmt = select(TransferCase).where(TransferCase.id == case_id, visible(principal))
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def open_case_of(session: AsyncSession, person_id: uuid.UUID) -> TransferCase | None:
    return (await session.scalars(select(TransferCase).where(
        TransferCase.person_id == person_id, TransferCase.state.in_(OPEN)))).first()  # type: ignore[attr-defined]


async def unit(session: AsyncSession, unit_id: str) -> UnitNode | None:
    return await session.get(UnitNode, unit_id)


async def unit_names(session: AsyncSession, unit_ids: set[str]) -> dict[str, str]:
    if not unit_ids:
        return {}
    rows = (await session.execute(select(UnitNode.unit_id, UnitNode.name)
                                  .where(UnitNode.unit_id.in_(unit_ids)))).all()  # type: ignore[attr-defined]
    return {u: n for u, n in rows}


async def listing(session: AsyncSession, principal: Principal, *, box: str, unit_id: str | None, state: str | None,
                  kind: str | None, page: int, size: int) -> tuple[list[TransferCase], int]:
    """box: incoming (the unit receives), outgoing (the unit sends or opened it), all."""
    stmt = select(TransferCase).where(visible(principal))
    if unit_id:
        units = subtree_of(unit_id)
        if box == "incoming":
            stmt = stmt.where(TransferCase.to_unit_id.in_(units))  # type: ignore[union-attr]
        elif box == "outgoing":
            stmt = stmt.where(or_(TransferCase.from_unit_id.in_(units),  # type: ignore[union-attr]
                                  TransferCase.created_unit_id.in_(units)))  # type: ignore[attr-defined]
        else:
            stmt = stmt.where(or_(TransferCase.from_unit_id.in_(units), TransferCase.to_unit_id.in_(units),  # type: ignore[union-attr]
                                  TransferCase.created_unit_id.in_(units)))  # type: ignore[attr-defined]
    if state == "open":
        stmt = stmt.where(TransferCase.state.in_(OPEN))  # type: ignore[attr-defined]
    elif state:
        stmt = stmt.where(TransferCase.state == state)
    if kind:
        stmt = stmt.where(TransferCase.kind == kind)
    total = int(await session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = (await session.scalars(stmt.order_by(TransferCase.effective_on.desc(), TransferCase.created_at.desc())
                                  .offset((page - 1) * size).limit(size))).all()
    return list(rows), total


async def steps(session: AsyncSession, case_id: uuid.UUID) -> list[CaseStep]:
    return list((await session.scalars(select(CaseStep).where(CaseStep.case_id == case_id)
                                       .order_by(CaseStep.seq))).all())


async def moves(session: AsyncSession, case_id: uuid.UUID) -> list[Move]:
    return list((await session.scalars(select(Move).where(Move.case_id == case_id))).all())
