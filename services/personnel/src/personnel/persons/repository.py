"""Queries of person records."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from personnel.persons.tables import Person, PersonVersion, StatusEvent


async def get(session: AsyncSession, person_id: uuid.UUID, *, for_update: bool = False) -> Person | None:
    stmt = select(Person).where(Person.id == person_id)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def versions(session: AsyncSession, person_id: uuid.UUID) -> list[PersonVersion]:
    stmt = select(PersonVersion).where(PersonVersion.person_id == person_id).order_by(PersonVersion.version)  # type: ignore[arg-type]
    return list((await session.scalars(stmt)).all())


async def last_approval(session: AsyncSession, person_id: uuid.UUID) -> Any | None:
    """The newest version's approval (approved_at, approved_by, decision_number), without its profile: a
    record read needs no more, and every version's profile is most of that read's work."""
    stmt = (select(PersonVersion.approved_at, PersonVersion.approved_by, PersonVersion.decision_number)  # type: ignore[call-overload]
            .where(PersonVersion.person_id == person_id).order_by(PersonVersion.version.desc()).limit(1))  # type: ignore[attr-defined]
    return (await session.execute(stmt)).first()


async def version_as_of(session: AsyncSession, person_id: uuid.UUID, moment: datetime) -> PersonVersion | None:
    stmt = (select(PersonVersion)
            .where(PersonVersion.person_id == person_id, PersonVersion.approved_at <= moment)  # type: ignore[arg-type]
            .order_by(PersonVersion.version.desc()).limit(1))  # type: ignore[attr-defined]
    return (await session.scalars(stmt)).first()


async def status_events(session: AsyncSession, person_id: uuid.UUID) -> list[StatusEvent]:
    stmt = (select(StatusEvent).where(StatusEvent.person_id == person_id)
            .order_by(StatusEvent.effective_on, StatusEvent.recorded_at))  # type: ignore[arg-type]
    return list((await session.scalars(stmt)).all())


def status_on(events: list[StatusEvent], day: date, default: str) -> str:
    current = default
    for e in events:
        if e.effective_on <= day:
            current = e.status
    return current


async def with_personal_id_number(session: AsyncSession, number: str, *, other_than: uuid.UUID) -> Person | None:
    stmt = select(Person).where(Person.personal_id_number == number, Person.id != other_than,
                                Person.version > 0).limit(1)  # type: ignore[operator]
    return (await session.scalars(stmt)).first()
