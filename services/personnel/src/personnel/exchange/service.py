"""Dossiers for the national database (issue 18.3): one person's, or every approved record of a unit and
the units below it, in the exchange layout. Every export is audited (personal data leaves the system).
Importing a package is the import's own path (imports/sources.py): POST /imports takes it like a workbook."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Callable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.catalogs import CatalogLookup, load_lookup
from common.db import utcnow
from common.errors import Conflict
from common.scope import ensure_in_scope, subtree_of
from personnel.exchange import reader, rules
from personnel.exchange.layout import fields
from personnel.persons.service import get_visible
from personnel.persons.tables import Person

SOURCE = "CSDL CBCCVC tỉnh Tuyên Quang"
CHUNK = 500  # people read at a time for a unit's package


async def _lookup(session: AsyncSession) -> CatalogLookup:
    return await load_lookup(session, {f.catalog for f in fields() if f.catalog}, clock.today())


async def person_package(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID,
                         audit: AuditContext) -> tuple[dict, str]:
    person = await get_visible(session, principal, person_id)
    if person.version == 0 or not person.profile:
        raise Conflict("exchange.not_approved")
    national = reader.national_from(await _lookup(session))
    dossier = rules.to_dossier(person.profile, unit_id=person.unit_id, national=national)
    await audit.record(session, action="exchange_export", resource_type="person", resource_id=str(person.id),
                       unit_id=person.unit_id, detail={"dossiers": 1})
    name = f"ho-so-{dossier['ma_ho_so'] or person.id}.json"
    return rules.package([dossier], exported_at=utcnow().isoformat(), source=SOURCE), name


async def unit_export(session: AsyncSession, principal: Principal, *, unit_id: str,
                      audit: AuditContext) -> tuple[list[uuid.UUID], Callable[[str, str], str]]:
    """Who a unit's package holds (the approved records of its subtree, within scope), audited."""
    await ensure_in_scope(session, principal, unit_id)
    national = reader.national_from(await _lookup(session))
    ids = list((await session.scalars(
        select(Person.id).where(Person.unit_id.in_(subtree_of(unit_id)), Person.is_active,  # type: ignore[attr-defined]
                                Person.version > 0).order_by(Person.id))).all())
    await audit.record(session, action="exchange_export", resource_type="unit", resource_id=unit_id,
                       unit_id=unit_id, detail={"dossiers": len(ids)})
    return ids, national


async def unit_stream(sessionmaker: async_sessionmaker[AsyncSession], ids: list[uuid.UUID],
                      national: Callable[[str, str], str]) -> AsyncIterator[bytes]:
    """The package written as it is read, CHUNK records at a time, in a session of its own (the request's
    is closed once the response starts): a province's units hold tens of thousands of records."""
    head = {k: v for k, v in rules.package([], exported_at=utcnow().isoformat(), source=SOURCE).items()
            if k != "ho_so"} | {"so_ho_so": len(ids)}
    yield (json.dumps(head, ensure_ascii=False)[:-1] + ', "ho_so": [').encode()
    first = True
    for start in range(0, len(ids), CHUNK):
        async with sessionmaker() as session:
            people = (await session.scalars(select(Person).where(
                Person.id.in_(ids[start:start + CHUNK])).order_by(Person.id))).all()  # type: ignore[attr-defined]
        for p in people:
            dossier = rules.to_dossier(p.profile or {}, unit_id=p.unit_id, national=national)
            yield (("" if first else ", ") + json.dumps(dossier, ensure_ascii=False, default=str)).encode()
            first = False
    yield b"]}"
