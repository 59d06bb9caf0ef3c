"""Ad-hoc lists: the fields, a preview, the definitions saved for a unit, their rows (json) and workbook
(xlsx, streamed from a temporary file)."""

from __future__ import annotations

import os
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from common.app import SessionDep
from common.audit import Audit
from common.errors import invalid
from common.exports import XLSX_MEDIA_TYPE, content_disposition
from reporting.deps import Editor, Reader
from reporting.lists import service
from reporting.lists.schemas import ListDefinition, ListDefinitionIn, ListFields, ListQuery, ListRows

router = APIRouter(prefix="/lists", tags=["lists"])
UnitQ = Annotated[str | None, Query(max_length=64, description="the unit; default: the account's unit")]


@router.get("/fields")
async def list_fields(principal: Reader) -> ListFields:
    """The columns a list may show and the filters it may use (with their values)."""
    return service.fields()


@router.post("/preview")
async def preview(body: ListQuery, session: SessionDep, principal: Reader, audit: Audit) -> ListRows:
    """The first rows of a list not saved yet, and how many people it has."""
    return await service.preview(session, principal, body, audit)


@router.get("")
async def definitions(session: SessionDep, principal: Reader, unit_id: UnitQ = None) -> list[ListDefinition]:
    """The lists saved for the unit."""
    return await service.definitions(session, principal, unit_id)


@router.post("", status_code=201)
async def create(body: ListDefinitionIn, session: SessionDep, principal: Editor, audit: Audit) -> ListDefinition:
    return await service.create(session, principal, body, audit)


@router.get("/{list_id}")
async def get_definition(list_id: uuid.UUID, session: SessionDep, principal: Reader) -> ListDefinition:
    return service._public(await service.definition(session, principal, list_id))


@router.put("/{list_id}")
async def update(list_id: uuid.UUID, body: ListDefinitionIn, session: SessionDep, principal: Editor,
                 audit: Audit) -> ListDefinition:
    return await service.update(session, principal, list_id, body, audit)


@router.delete("/{list_id}", status_code=204)
async def delete(list_id: uuid.UUID, session: SessionDep, principal: Editor, audit: Audit) -> None:
    await service.delete(session, principal, list_id, audit)


@router.get("/{list_id}/rows", response_model=ListRows)
async def rows(list_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit,
               format: Annotated[str, Query(max_length=8, description="json | xlsx")] = "json") -> Any:
    """The saved list run today over its unit's subtree: json (the first 5,000 rows) or the whole workbook."""
    if format == "json":
        return await service.saved_rows(session, principal, list_id, audit)
    if format != "xlsx":
        raise invalid("format", "list.unknown_format")
    path, filename = await service.saved_xlsx(session, principal, list_id, audit)
    return FileResponse(path, media_type=XLSX_MEDIA_TYPE,
                        headers={"Content-Disposition": content_disposition(filename)},
                        background=BackgroundTask(os.unlink, path))
