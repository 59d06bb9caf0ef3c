"""Use cases: print the official profile as a form, export a person list. Both are scope-checked like
the record read and list, and audited as `export`."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.catalogs import load_lookup
from common.errors import NotFound, ValidationFailed
from common.exports import xlsx_bytes
from personnel.persons import repository as persons_repository
from personnel.persons import service as persons_service
from personnel.printing import export, repository
from personnel.printing.render import TITLES, Form, Header, render_pdf
from personnel.printing.view import ProfileView
from personnel.profiles.schema import Profile, catalog_refs
from personnel.search.repository import Filters

SERVICE = "personnel"
EXPORT_MAX_ROWS = 100_000  # a whole province; beyond that a narrower filter is asked for


async def _official(session: AsyncSession, principal: Principal, person_id: uuid.UUID,
                    as_of: date | None) -> tuple[dict[str, Any], str, int]:
    """(profile, unit, version) in force now or at the end of `as_of` (Vietnam time), as the record read."""
    person = await persons_service.get_visible(session, principal, person_id)
    if as_of is None:
        if person.profile is None or person.version == 0:
            raise NotFound("printing.no_approved_profile")
        return person.profile, person.unit_id, person.version
    moment = datetime.combine(as_of + timedelta(days=1), time.min, persons_service.LOCAL_TZ).astimezone(UTC)
    version = await persons_repository.version_as_of(session, person.id, moment - timedelta(microseconds=1))
    if version is None:
        raise NotFound("printing.no_profile_on_date")
    return version.profile, version.unit_id, version.version


async def _header(session: AsyncSession, profile: Profile, unit_id: str) -> Header:
    """Unit codes printed as names. Without a managing body on the record, the department-level unit
    (the first below the province root) is printed: it is the one that manages its staff's records."""
    head = profile.header
    nodes = await repository.units(session, [unit_id, head.managing_unit_id or "", head.employing_unit_id or ""])
    own = nodes.get(unit_id)
    managing_code = head.managing_unit_id
    if managing_code is None and own is not None:
        managing_code = own.path[1] if len(own.path) > 1 else own.path[0]
        nodes.update(await repository.units(session, [managing_code]))

    def name(code: str | None) -> str | None:
        return (nodes[code].name if code in nodes else code) if code else None

    return Header(managing=name(managing_code), employing=name(head.employing_unit_id or unit_id),
                  personnel_number=head.personnel_number,
                  identification_code=head.identification_code or profile.identity.personal_id_number)


async def print_profile(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID, form: Form,
                        as_of: date | None, today: date, audit: AuditContext,
                        photo: Callable[[uuid.UUID], Awaitable[str | None]] | None = None) -> tuple[bytes, str]:
    """The PDF of one form and its download name; `photo(person_id)` gives the 3×4 photo as a data: URI."""
    data, unit_id, version = await _official(session, principal, person_id, as_of)
    photo_uri = await photo(person_id) if photo else None
    await audit.record(session, action="export", resource_type="person",
                       resource_id=str(person_id), unit_id=unit_id,
                       detail={"form": form, "format": "pdf", "version": version,
                               **({"as_of": as_of.isoformat()} if as_of else {})})
    profile = Profile.model_validate(data)
    lookup = await load_lookup(session, {catalog for _, catalog, _ in catalog_refs(profile)}, today)
    header = await _header(session, profile, unit_id)
    trace = f"In từ CSDL CBCCVC ngày {today:%d/%m/%Y}, phiên bản {version}"
    if as_of:
        trace += f", dữ liệu tại ngày {as_of:%d/%m/%Y}"
    render = functools.partial(render_pdf, form, ProfileView(profile, lookup), header, trace=trace, photo=photo_uri)
    content = await anyio.to_thread.run_sync(render)  # WeasyPrint is CPU-bound: keep the loop free
    return content, f"{TITLES[form]} - {profile.identity.full_name}.pdf"


async def export_persons(session: AsyncSession, principal: Principal, *, filters: Filters, sort: str, today: date,
                         audit: AuditContext) -> tuple[bytes, str]:
    rows = await repository.export_rows(session, principal, filters, sort=sort, limit=EXPORT_MAX_ROWS + 1)
    if len(rows) > EXPORT_MAX_ROWS:
        raise ValidationFailed("printing.too_many_rows", limit=EXPORT_MAX_ROWS)
    await audit.record(session, action="export", resource_type="person",
                       unit_id=filters.unit_id or principal.unit_id,
                       detail={"format": "xlsx", "rows": len(rows), "sort": sort,
                               "filters": {k: v for k, v in asdict(filters).items() if v not in (None, False)}})
    lookup = await load_lookup(session, export.CATALOGS, today)
    title = f"Danh sách CBCCVC {today:%d.%m.%Y}"  # also the sheet name: no "/", at most 31 characters
    content = await anyio.to_thread.run_sync(xlsx_bytes, title, export.COLUMNS, export.sheet_rows(rows, lookup))
    return content, f"Danh sách CBCCVC {today:%d-%m-%Y}.xlsx"
