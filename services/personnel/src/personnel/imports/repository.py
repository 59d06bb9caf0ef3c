"""Queries of the import: records by personal identification number, units within reach, jobs and items."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, and_, cast, func, literal_column, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from common.auth import Principal
from common.scope import UnitNode, scope_clause
from personnel.changes.tables import ChangeRequest
from personnel.imports.tables import ImportItem, ImportJob
from personnel.persons.tables import Person

CHUNK = 5_000


@dataclass
class Record:
    """What the province holds under one personal identification number."""

    person_id: uuid.UUID
    unit_id: str
    version: int
    profile: dict[str, Any] | None
    open_id: uuid.UUID | None = None  # the newest open change request of the person
    open_state: str | None = None
    open_profile: dict[str, Any] | None = None


# The expression of the index ix_change_request_personal_id_number (imports/tables.py).
CR_KEY = ChangeRequest.__table__.c.profile["identity"]["personal_id_number"].astext  # type: ignore[attr-defined]
CR_KEY_SQL = literal_column("((change_request.profile -> 'identity') ->> 'personal_id_number')", String)


async def records_by_key(session: AsyncSession, keys: Sequence[str]) -> dict[str, Record]:
    """Approved records and pending creations (open drafts of a new record) by identification number."""
    out: dict[str, Record] = {}
    for start in range(0, len(keys), CHUNK):
        part = list(keys[start:start + CHUNK])
        rows = await session.execute(
            select(Person.id, Person.unit_id, Person.version, Person.profile, Person.personal_id_number)
            .where(Person.personal_id_number.in_(part), Person.version > 0))  # type: ignore[union-attr,operator]
        for pid, unit_id, version, profile, key in rows:
            out[key] = Record(pid, unit_id, version, profile)
        # The expression and the states written out as the index has them: bound values (profile -> $1 ->> $2,
        # state in ($3, $4)) match neither ix_change_request_personal_id_number's expression nor its predicate
        # in a prepared statement's plan, and every chunk of an application read every open profile (quadratic
        # on a large import).
        crs = await session.execute(
            select(ChangeRequest.id, ChangeRequest.person_id, ChangeRequest.unit_id, ChangeRequest.state,
                   ChangeRequest.profile, CR_KEY_SQL.label("key"))
            .where(text("change_request.state in ('draft', 'submitted')"),  # the index's predicate, literal
                   CR_KEY_SQL == func.any(cast(part, ARRAY(String))))
            .order_by(ChangeRequest.created_at))
        for cr_id, pid, unit_id, state, profile, key in crs:
            rec = out.get(key)
            if rec is None:
                rec = out[key] = Record(pid, unit_id, 0, None)
            if rec.person_id == pid:  # the newest open request wins (ordered by creation)
                rec.open_id, rec.open_state, rec.open_profile = cr_id, state, profile
    return out


async def units_within(session: AsyncSession, principal: Principal, unit_ids: Iterable[str | None]) -> set[str]:
    """Which of these units exist and lie in the account's scope."""
    wanted = sorted({u for u in unit_ids if u})
    if not wanted:
        return set()
    rows = await session.scalars(select(UnitNode.unit_id).where(
        UnitNode.unit_id.in_(wanted), UnitNode.active, scope_clause(principal, UnitNode.unit_id)))  # type: ignore[attr-defined,arg-type]
    return set(rows.all())


async def units_of_scope(session: AsyncSession, principal: Principal) -> list[UnitNode]:
    rows = await session.scalars(select(UnitNode).where(
        UnitNode.active, scope_clause(principal, UnitNode.unit_id)).order_by(UnitNode.path))  # type: ignore[arg-type]
    return list(rows.all())


async def job_for_update(session: AsyncSession, job_id: uuid.UUID) -> ImportJob | None:
    return (await session.scalars(select(ImportJob).where(ImportJob.id == job_id).with_for_update())).first()


async def items(session: AsyncSession, job_id: uuid.UUID, *, after: int, upto: int) -> list[ImportItem]:
    """A chunk of items without their profiles (the application copies those inside the database)."""
    return list((await session.scalars(
        select(ImportItem).options(defer(ImportItem.profile)).where(  # type: ignore[arg-type]
            ImportItem.job_id == job_id, ImportItem.seq > after, ImportItem.seq <= upto)
        .order_by(ImportItem.seq))).all())  # type: ignore[arg-type]


async def page_of_items(session: AsyncSession, job_id: uuid.UUID, *, action: str | None, page: int,
                        size: int) -> tuple[list[ImportItem], int]:
    where = [ImportItem.job_id == job_id]
    if action:
        where.append(ImportItem.action == action)
    total = await session.scalar(select(func.count()).select_from(ImportItem).where(*where))
    rows = await session.scalars(select(ImportItem).where(*where).order_by(ImportItem.seq)  # type: ignore[arg-type]
                                 .offset((page - 1) * size).limit(size))
    return list(rows.all()), int(total or 0)


async def claim(session: AsyncSession, *, lease_seconds: int) -> tuple[uuid.UUID, str] | None:
    """The oldest job waiting for work whose lease has run out, leased to this process."""
    row = (await session.execute(text(
        "update import_job set lease_until = now() + make_interval(secs => :lease) where id = ("
        " select id from import_job where state in ('analysing', 'applying', 'approving')"
        " and (lease_until is null or lease_until < now()) order by created_at limit 1 for update skip locked)"
        " returning id, state"), {"lease": lease_seconds})).first()
    return (row[0], row[1]) if row else None


async def set_change_requests(session: AsyncSession, job_id: uuid.UUID, links: list[tuple[int, uuid.UUID]]) -> None:
    """Each applied item's change request, in one statement for the whole chunk."""
    if links:
        await session.execute(text(
            "update import_item set change_request_id = l.cr from unnest(cast(:seqs as integer[]),"
            " cast(:crs as uuid[])) as l(seq, cr) where import_item.job_id = :job and import_item.seq = l.seq"),
            {"job": job_id, "seqs": [s for s, _ in links], "crs": [c for _, c in links]})


def reached_whole(principal: Principal) -> Any:
    """A WHERE clause on import_job: the job wrote change requests, all of them for units in the account's
    scope (a leader sees and approves whole only such imports, whoever uploaded them)."""
    written = select(ImportItem.seq).where(ImportItem.job_id == ImportJob.id,
                                           ImportItem.change_request_id.is_not(None))  # type: ignore[union-attr]
    return and_(written.exists(), ~written.where(~scope_clause(principal, ImportItem.unit_id)).exists())


async def reaches_whole(session: AsyncSession, principal: Principal, job_id: uuid.UUID) -> bool:
    return bool(await session.scalar(select(ImportJob.id).where(ImportJob.id == job_id, reached_whole(principal))))


async def count_requests(session: AsyncSession, job_id: uuid.UUID) -> int:
    return int(await session.scalar(select(func.count()).select_from(ImportItem).where(
        ImportItem.job_id == job_id, ImportItem.change_request_id.is_not(None))) or 0)  # type: ignore[union-attr]


async def requests_after(session: AsyncSession, job_id: uuid.UUID, *, after: int,
                         limit: int) -> list[tuple[int, uuid.UUID, str, str]]:
    """The next items that wrote a change request: seq, change request, identification number, name."""
    rows = await session.execute(
        select(ImportItem.seq, ImportItem.change_request_id, ImportItem.personal_id_number, ImportItem.full_name)
        .where(ImportItem.job_id == job_id, ImportItem.seq > after,
               ImportItem.change_request_id.is_not(None))  # type: ignore[union-attr]
        .order_by(ImportItem.seq).limit(limit))  # type: ignore[arg-type]
    return [(r[0], r[1], r[2], r[3]) for r in rows.all()]
