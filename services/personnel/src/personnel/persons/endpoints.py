"""Routes of person records (the search list is in personnel.search.endpoints)."""

from __future__ import annotations

import uuid
from datetime import date

from fastapi import APIRouter

from common import clock
from common.app import SessionDep
from common.audit import Audit
from personnel.deps import Approver, Reader
from personnel.persons import repository, schemas, service

router = APIRouter(prefix="/persons", tags=["persons"])


@router.get("/{person_id}")
async def get_person(person_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit,
                     as_of: date | None = None) -> schemas.PersonPublic:
    """The official record, or the record as it stood at the end of `as_of`."""
    return await service.read(session, principal, person_id=person_id, as_of=as_of, audit=audit)


@router.get("/{person_id}/versions")
async def list_versions(person_id: uuid.UUID, session: SessionDep, principal: Reader) -> list[schemas.VersionPublic]:
    return await service.versions(session, principal, person_id=person_id)


@router.get("/{person_id}/field-history")
async def get_field_history(person_id: uuid.UUID, session: SessionDep, principal: Reader,
                            audit: Audit) -> dict[str, list[schemas.FieldEventPublic]]:
    history = await service.history_of_fields(session, principal, person_id=person_id,
                                              audit=audit)
    return {path: [schemas.FieldEventPublic.model_validate(e, from_attributes=True) for e in events]
            for path, events in history.items()}


@router.get("/{person_id}/status-events")
async def list_status_events(person_id: uuid.UUID, session: SessionDep,
                             principal: Reader) -> list[schemas.StatusEventPublic]:
    person = await service.get_visible(session, principal, person_id)
    return [schemas.StatusEventPublic.model_validate(e, from_attributes=True)
            for e in await repository.status_events(session, person.id)]


@router.post("/{person_id}/status-events", status_code=201)
async def record_status_event(person_id: uuid.UUID, body: schemas.StatusEventCreate, session: SessionDep,
                              principal: Approver, audit: Audit) -> schemas.StatusEventPublic:
    """Retirement, resignation, death, transfer out…: recorded by a leader on a dated decision."""
    event = await service.record_status(session, principal, person_id=person_id, body=body, today=clock.today(),
                                        audit=audit)
    return schemas.StatusEventPublic.model_validate(event, from_attributes=True)
