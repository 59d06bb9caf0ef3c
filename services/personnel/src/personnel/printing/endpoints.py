"""Printed forms and list exports. Registered before the person routes, so that /persons/export.xlsx is
not taken for a person id."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from common import clock
from common.app import SessionDep
from common.audit import Audit
from common.exports import XLSX_MEDIA_TYPE, attachment
from personnel.deps import Reader, settings_of
from personnel.persons.rules import sees_people_who_left
from personnel.photos import service as photos
from personnel.printing import service
from personnel.search.repository import Filters

router = APIRouter(prefix="/persons", tags=["printing"])
PDF = "application/pdf"


def export_filters(
    principal: Reader,
    q: Annotated[str | None, Query(max_length=100, description="name (diacritics optional) or identity number")] = None,
    unit_id: Annotated[str | None, Query(max_length=64, description="this unit and its subtree")] = None,
    status: Annotated[list[str] | None, Query()] = None,
    include_left: bool = False,
    gender: str | None = None,
    birth_year_from: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    birth_year_to: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    rank_code: str | None = None,
    qualification: str | None = None,
    political_theory_level: str | None = None,
    party_member: bool | None = None,
    ethnicity: str | None = None,
    staff_category: str | None = None,
) -> Filters:
    """The filters of GET /persons, with the same rule for people who left."""
    entitled = sees_people_who_left(principal)
    return Filters(q=q, unit_id=unit_id, status=status, include_left=entitled and (include_left or bool(status)),
                   gender=gender, birth_year_from=birth_year_from, birth_year_to=birth_year_to,
                   rank_code=rank_code, qualification=qualification, political_theory_level=political_theory_level,
                   party_member=party_member, ethnicity=ethnicity, staff_category=staff_category)


@router.get("/export.xlsx", response_class=Response)
async def export_persons(
    session: SessionDep, principal: Reader, audit: Audit,
    filters: Annotated[Filters, Depends(export_filters)],
    sort: Annotated[str, Query(pattern="^-?(name|birth_date)$|^updated$")] = "name",
) -> Response:
    """The list GET /persons would show (every page), as an Excel workbook."""
    content, filename = await service.export_persons(session, principal, filters=filters, sort=sort,
                                                     today=clock.today(), audit=audit)
    return attachment(content, filename, XLSX_MEDIA_TYPE)


def _photo(session: SessionDep, request: Request) -> Callable[[uuid.UUID], Awaitable[str | None]]:
    """The person's 3×4 photo for the form, read once the print's scope check has passed."""
    return functools.partial(photos.data_uri, session, request.app.state.s3, settings_of(request))


@router.get("/{person_id}/print/2c.pdf", response_class=Response)
async def print_2c(person_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit, request: Request,
                   as_of: date | None = None) -> Response:
    """Mẫu 2C-BNV/2008 of the official profile (or of the one in force at the end of `as_of`)."""
    content, filename = await service.print_profile(session, principal, person_id=person_id, form="2c", as_of=as_of,
                                                    today=clock.today(), audit=audit,
                                                    photo=_photo(session, request))
    return attachment(content, filename, PDF)


@router.get("/{person_id}/print/unified.pdf", response_class=Response)
async def print_unified(person_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit,
                        request: Request, as_of: date | None = None) -> Response:
    """The unified résumé of TT 06/2023/TT-BNV (national database layout)."""
    content, filename = await service.print_profile(session, principal, person_id=person_id, form="unified",
                                                    as_of=as_of, today=clock.today(), audit=audit,
                                                    photo=_photo(session, request))
    return attachment(content, filename, PDF)
