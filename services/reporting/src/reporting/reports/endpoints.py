"""The statutory reports of a unit's subtree on a reference date: readers see their own subtree, the
Department of Home Affairs (province-wide accounts) every unit; outside it a unit does not exist (404)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from common import clock
from common.app import SessionDep
from common.audit import Audit
from common.errors import invalid
from common.exports import attachment
from reporting.deps import Reader
from reporting.reports import service
from reporting.reports.definitions import Form
from reporting.reports.schemas import CellPeople, FormSummary, ReportPublic

router = APIRouter(prefix="/reports", tags=["reports"])
FormId = Annotated[str, Path(max_length=40, description="a form's id from GET /reports (bm01, bm02, ...)")]
UnitQ = Annotated[str | None, Query(max_length=64, description="the unit whose subtree is counted; default: "
                                                               "the account's unit")]
AsOf = Annotated[date | None, Query(description="the reference date YYYY-MM-DD; default: today")]
Format = Annotated[str, Query(max_length=8, description="json | xlsx | pdf | csv")]


def forms_of(request: Request) -> dict[str, Form]:
    forms: dict[str, Form] = request.app.state.forms
    return forms


@router.get("")
async def list_forms(request: Request, principal: Reader) -> list[FormSummary]:
    """The forms this service can fill in (one column-definition file each)."""
    return service.list_forms(forms_of(request))


@router.get("/{form_id}", response_model=ReportPublic)
async def report(request: Request, form_id: FormId, session: SessionDep, principal: Reader, audit: Audit,
                 unit_id: UnitQ = None, as_of: AsOf = None, format: Format = "json") -> Any:
    """The form's cells for the unit's subtree on the reference date, as approved on that date; with the
    time of the latest event included. format=xlsx, pdf or csv gives the file in the form's layout."""
    if format not in service.FORMATS:
        raise invalid("format", "report.unknown_format")
    forms, today = forms_of(request), clock.today()
    if format == "json":
        return await service.report(session, principal, forms, form_id=form_id, unit_id=unit_id, as_of=as_of,
                                    today=today, audit=audit)
    content, filename, media = await service.export(session, principal, forms, form_id=form_id, unit_id=unit_id,
                                                    as_of=as_of, fmt=format, today=today, audit=audit)
    return attachment(content, filename, media)


@router.get("/{form_id}/people")
async def cell_people(request: Request, form_id: FormId, session: SessionDep, principal: Reader, audit: Audit,
                      column: Annotated[str, Query(max_length=8, description="c<number> or the number")],
                      row: Annotated[str, Query(max_length=64, description="a row's key, or total")] = "total",
                      unit_id: UnitQ = None, as_of: AsOf = None) -> CellPeople:
    """The people counted in one cell of the report: why a number is what it is."""
    return await service.cell_people(session, principal, forms_of(request), form_id=form_id, unit_id=unit_id,
                                     as_of=as_of, row=row, column=column, today=clock.today(), audit=audit)
