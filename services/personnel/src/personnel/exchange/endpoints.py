"""Routes of the exchange with the national database: a person's dossier, a unit's package. A package is
imported by POST /imports, like a workbook (the same checks, preview and approval)."""

from __future__ import annotations

import json
import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import StreamingResponse

from common.app import SessionDep
from common.audit import Audit
from common.exports import content_disposition
from personnel.deps import Editor
from personnel.exchange import service

router = APIRouter(prefix="/exchange", tags=["exchange"])
JSON = "application/json"


@router.get("/persons/{person_id}", response_class=Response,
            responses={200: {"content": {JSON: {}}, "description": "the package with the person's dossier"}})
async def export_person(person_id: uuid.UUID, session: SessionDep, principal: Editor, audit: Audit) -> Response:
    """The person's approved record as a dossier of the national database's exchange layout
    (docs/national-exchange.md)."""
    package, name = await service.person_package(session, principal, person_id=person_id, audit=audit)
    await session.commit()
    return Response(json.dumps(package, ensure_ascii=False, default=str), media_type=JSON,
                    headers={"Content-Disposition": content_disposition(name)})


@router.get("/units/{unit_id}", response_class=StreamingResponse,
            responses={200: {"content": {JSON: {}}, "description": "the package of the unit and the units below"}})
async def export_unit(request: Request, unit_id: Annotated[str, Path(max_length=64)], session: SessionDep,
                      principal: Editor, audit: Audit) -> StreamingResponse:
    """Every approved, working record of the unit and the units below it, streamed."""
    ids, national = await service.unit_export(session, principal, unit_id=unit_id, audit=audit)
    await session.commit()
    return StreamingResponse(service.unit_stream(request.app.state.sessionmaker, ids, national), media_type=JSON,
                             headers={"Content-Disposition": content_disposition(f"ho-so-{unit_id}.json")})
