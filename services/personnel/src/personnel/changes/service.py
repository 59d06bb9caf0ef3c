"""Use cases of change requests: draft, edit, submit, approve, reject, withdraw. Nothing here commits;
the request commits once at its boundary."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.db import utcnow
from common.duties import ensure_separate
from common.errors import Conflict, NotFound, Phrase, ValidationFailed
from common.scope import ensure_in_scope, scope_clause
from personnel.careers.stale import refresh_marked
from personnel.changes import schemas
from personnel.changes.approval import OPEN_STATES, Approval, StaleBase, TransitionError
from personnel.changes.tables import ChangeRequest
from personnel.changes.validation import check_profile
from personnel.persons import repository as persons
from personnel.persons.tables import Person
from personnel.persons.versions import publish_version
from personnel.profiles.diff import diff
from personnel.profiles.schema import Profile

SERVICE = "personnel"


def _transition(cr: ChangeRequest, action: str, **kwargs: Any) -> None:
    machine = Approval(cr.state, cr.base_version)
    try:
        cr.state = machine.apply(action, **kwargs)
    except TransitionError as exc:
        raise Conflict(exc.code, **{k: Phrase(v) for k, v in exc.params.items()}) from exc
    except StaleBase as exc:
        raise Conflict("stale_change", current_version=exc.current_version, base_version=exc.base_version) from exc
    cr.updated_at = utcnow()


async def _audit(session: AsyncSession, action: str, cr: ChangeRequest, audit: AuditContext,
                 **detail: Any) -> None:
    await audit.record(session, action=action, resource_type="person",
                       resource_id=str(cr.person_id), unit_id=cr.unit_id,
                       detail={"change_request_id": str(cr.id), **detail})


async def get_visible(session: AsyncSession, principal: Principal, cr_id: uuid.UUID,
                      *, for_update: bool = False) -> ChangeRequest:
    stmt = select(ChangeRequest).where(ChangeRequest.id == cr_id)
    if for_update:
        stmt = stmt.with_for_update()
    cr = (await session.scalars(stmt)).first()
    if cr is None:
        raise NotFound()
    await ensure_in_scope(session, principal, cr.unit_id)
    return cr


async def read(session: AsyncSession, principal: Principal, *, cr_id: uuid.UUID,
               audit: AuditContext) -> ChangeRequest:
    cr = await get_visible(session, principal, cr_id)
    await _audit(session, "read", cr, audit)
    return cr


async def create(session: AsyncSession, principal: Principal, *, body: schemas.ChangeRequestCreate,
                 audit: AuditContext) -> ChangeRequest:
    """A new draft: of a new record (person_id None) or of a change to an existing one."""
    if body.person_id is None:
        if not body.unit_id:
            raise ValidationFailed("change_request.unit_required")
        await ensure_in_scope(session, principal, body.unit_id)
        person = Person(unit_id=body.unit_id, full_name=body.profile.identity.full_name)
        session.add(person)
        await session.flush()
        kind, base, unit_id = "create", 0, body.unit_id
    else:
        found = await persons.get(session, body.person_id)
        if found is None:
            raise NotFound()
        await ensure_in_scope(session, principal, found.unit_id)
        if found.version == 0:
            raise Conflict("change_request.record_not_approved")
        person, kind, base, unit_id = found, "update", found.version, found.unit_id
    cr = ChangeRequest(person_id=person.id, kind=kind, unit_id=unit_id, base_version=base,
                       profile=body.profile.model_dump(mode="json"), note=body.note,
                       decision_number=body.decision_number, decision_signed_on=body.decision_signed_on,
                       created_by=principal.username)
    session.add(cr)
    await session.flush()
    await _audit(session, "create", cr, audit, kind=kind)
    return cr


async def edit(session: AsyncSession, principal: Principal, *, cr_id: uuid.UUID,
               body: schemas.ChangeRequestUpdate, audit: AuditContext) -> ChangeRequest:
    cr = await get_visible(session, principal, cr_id, for_update=True)
    if body.revision != cr.revision:
        raise Conflict("stale_draft", revision=cr.revision, yours=body.revision)
    _transition(cr, "edit")
    cr.profile = body.profile.model_dump(mode="json")
    cr.note, cr.decision_number, cr.decision_signed_on = body.note, body.decision_number, body.decision_signed_on
    cr.revision += 1
    await _audit(session, "update", cr, audit, revision=cr.revision)
    return cr


async def submit(session: AsyncSession, principal: Principal, *, cr_id: uuid.UUID, today: date,
                 audit: AuditContext) -> ChangeRequest:
    cr = await get_visible(session, principal, cr_id, for_update=True)
    official = await persons.get(session, cr.person_id)
    warnings = await check_profile(session, principal, profile=Profile.model_validate(cr.profile),
                                   person_id=cr.person_id, today=today,
                                   previous=official.profile if official is not None else None, reason=cr.note,
                                   submitting=True)
    _transition(cr, "submit")
    # Kept with the request in both languages, as the approver reads them later (texts from personnel.errors).
    cr.warnings = [{"field": w.field, "code": w.code, "message": w.text("vi"), "message_en": w.text("en")}
                   for w in warnings]
    cr.submitted_by, cr.submitted_at = principal.username, utcnow()
    await _audit(session, "submit", cr, audit)
    return cr


async def approve(session: AsyncSession, principal: Principal, *, cr_id: uuid.UUID, body: schemas.Approve,
                  today: date, audit: AuditContext) -> ChangeRequest:
    """Make the change official: a new version of the record, its search columns, an outbox event."""
    cr = await get_visible(session, principal, cr_id, for_update=True)
    ensure_separate(principal, (cr.created_by, cr.submitted_by))
    person = await persons.get(session, cr.person_id, for_update=True)
    assert person is not None
    _transition(cr, "approve", current_version=person.version)
    profile = Profile.model_validate(cr.profile)
    # The catalogs and the other records may have changed since submission: check again.
    await check_profile(session, principal, profile=profile, person_id=person.id, today=today,
                        previous=person.profile, reason=cr.note)
    now = utcnow()
    cr.decided_by, cr.decided_at = principal.username, now
    cr.decision_number = body.decision_number or cr.decision_number
    cr.decision_signed_on = body.decision_signed_on or cr.decision_signed_on
    changed = publish_version(session, person, cr.profile, at=now, approved_by=principal.username,
                              submitted_by=cr.submitted_by or "", actor=principal.subject,
                              decision_number=cr.decision_number, decision_signed_on=cr.decision_signed_on,
                              change_request_id=cr.id)
    await refresh_marked(session)  # the due lists' rows, before the audit entry takes its chain's lock
    await _audit(session, "approve", cr, audit, version=person.version, changed=len(changed))
    return cr


async def reject(session: AsyncSession, principal: Principal, *, cr_id: uuid.UUID, reason: str,
                 audit: AuditContext) -> ChangeRequest:
    cr = await get_visible(session, principal, cr_id, for_update=True)
    _transition(cr, "reject", reason=reason)
    cr.reject_reason, cr.decided_by, cr.decided_at = reason, principal.username, utcnow()
    await _audit(session, "reject", cr, audit, reason=reason)
    return cr


async def withdraw(session: AsyncSession, principal: Principal, *, cr_id: uuid.UUID,
                   audit: AuditContext) -> ChangeRequest:
    cr = await get_visible(session, principal, cr_id, for_update=True)
    _transition(cr, "withdraw")
    await _audit(session, "withdraw", cr, audit)
    return cr


async def revise(session: AsyncSession, principal: Principal, *, cr_id: uuid.UUID,
                 audit: AuditContext) -> ChangeRequest:
    """A rejected request goes back to draft for correction."""
    cr = await get_visible(session, principal, cr_id, for_update=True)
    _transition(cr, "revise")
    cr.revision += 1
    await _audit(session, "revise", cr, audit)
    return cr


async def difference(session: AsyncSession, principal: Principal, *, cr_id: uuid.UUID,
                     audit: AuditContext) -> schemas.DiffPublic:
    cr = await get_visible(session, principal, cr_id)
    person = await persons.get(session, cr.person_id)
    assert person is not None
    # The diff is taken against the official record as it is now, which is what approval would replace.
    changes = [schemas.FieldDiff(path=c.path, official=c.old, proposed=c.new) for c in diff(person.profile, cr.profile)]
    await _audit(session, "read", cr, audit, view="diff")
    return schemas.DiffPublic(change_request_id=cr.id, base_version=cr.base_version,
                              current_version=person.version,
                              stale=cr.state in OPEN_STATES and cr.base_version != person.version,
                              changes=changes)


async def listing(session: AsyncSession, principal: Principal, *, state: str | None, person_id: uuid.UUID | None,
                  page: int, size: int) -> tuple[list[ChangeRequest], int]:
    where = [scope_clause(principal, ChangeRequest.unit_id)]
    if state:
        where.append(ChangeRequest.state == state)
    if person_id:
        where.append(ChangeRequest.person_id == person_id)
    total = await session.scalar(select(func.count()).select_from(ChangeRequest).where(*where))
    rows = (await session.scalars(select(ChangeRequest).where(*where)
                                  .order_by(ChangeRequest.updated_at.desc())  # type: ignore[attr-defined]
                                  .offset((page - 1) * size).limit(size))).all()
    return list(rows), int(total or 0)

