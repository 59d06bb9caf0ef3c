"""Every query of the annual self-declaration, on the caller's session."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.scope import UnitNode, subtree_of
from personnel.changes.tables import ChangeRequest
from personnel.declarations.tables import DeclarationInvitation, DeclarationRound
from personnel.persons.tables import LIVE, Person


async def rounds(session: AsyncSession) -> Sequence[DeclarationRound]:
    stmt = select(DeclarationRound).order_by(DeclarationRound.year.desc(), DeclarationRound.opens_on.desc())  # type: ignore[attr-defined]
    return (await session.scalars(stmt)).all()


async def round_by_id(session: AsyncSession, round_id: uuid.UUID) -> DeclarationRound | None:
    return await session.get(DeclarationRound, round_id)


async def invitation_by_hash(session: AsyncSession, token_hash: str) -> DeclarationInvitation | None:
    stmt = select(DeclarationInvitation).where(DeclarationInvitation.token_hash == token_hash).with_for_update()
    return (await session.scalars(stmt)).first()


async def people_of_subtree(session: AsyncSession, unit_id: str,
                            person_ids: Sequence[uuid.UUID] | None = None) -> Sequence[Person]:
    """The working people with an approved record at or below unit_id, in Vietnamese name order."""
    stmt = select(Person).where(LIVE, Person.unit_id.in_(subtree_of(unit_id)))  # type: ignore[attr-defined]
    if person_ids is not None:
        stmt = stmt.where(Person.id.in_(person_ids))  # type: ignore[attr-defined]
    return (await session.scalars(stmt.order_by(Person.unit_id, Person.name_sort, Person.id))).all()


async def invitations(session: AsyncSession, round_id: uuid.UUID, person_ids: Sequence[uuid.UUID],
                      *, for_update: bool = False) -> dict[uuid.UUID, DeclarationInvitation]:
    if not person_ids:
        return {}
    stmt = select(DeclarationInvitation).where(DeclarationInvitation.round_id == round_id,
                                               DeclarationInvitation.person_id.in_(person_ids))  # type: ignore[attr-defined]
    if for_update:
        stmt = stmt.with_for_update()
    return {i.person_id: i for i in (await session.scalars(stmt)).all()}


async def request_states(session: AsyncSession, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = await session.execute(select(ChangeRequest.id, ChangeRequest.state).where(ChangeRequest.id.in_(ids)))  # type: ignore[attr-defined]
    return {r[0]: r[1] for r in rows}


async def unit_names(session: AsyncSession, unit_ids: Sequence[str]) -> dict[str, str]:
    if not unit_ids:
        return {}
    rows = await session.execute(select(UnitNode.unit_id, UnitNode.name).where(UnitNode.unit_id.in_(unit_ids)))  # type: ignore[attr-defined]
    return {r[0]: r[1] for r in rows}
