"""Use cases of batch decisions: one decision applied to many records.

An officer creates a batch (a kind, the decision's fields, one item per person: the patch of that person's
profile), attaches the scanned decision and submits it; a leader who neither created nor submitted it approves
it once (common.duties), through the change requests' life-cycle (changes.approval). Approving writes every
item to its record's history in one transaction with the decision's reference (persons.versions.publish_version:
the same events as a change approval, due_entry refreshed before the commit); a record changed since the batch
was built refuses the whole approval with the person's name.

Other features reuse it for their own "one decision, many records" (evaluations, rewards, discipline):
build `ItemInput`s and call `create`; `register_kind` adds what approval does beyond the profile (a status
event for retirement). Nothing here commits; the request commits once at its boundary."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.db import utcnow
from common.duties import ensure_separate
from common.errors import (
    Conflict,
    FieldError,
    NotFound,
    Phrase,
    ValidationFailed,
    field_errors_from_pydantic,
    invalid,
)
from common.scope import UnitNode, ensure_in_scope, scope_clause, units_in_scope
from personnel.batches import schemas
from personnel.batches.rules import ItemKey, PatchError, ProfilePatch, apply_patch, item_problems, repeated_decisions
from personnel.batches.tables import Batch, BatchItem
from personnel.careers import early_raise
from personnel.changes.approval import APPROVED, SUBMITTED, Approval, TransitionError
from personnel.changes.validation import check_profile
from personnel.errors import MESSAGES
from personnel.persons.tables import Person
from personnel.persons.versions import publish_version
from personnel.profiles.diff import diff
from personnel.profiles.schema import Profile

LIVE_STATES = ("draft", SUBMITTED, APPROVED)  # a batch in one of these holds its decisions


@dataclass
class ItemInput:
    """One person's part of a batch: the patch of the profile (batches.rules.ProfilePatch), the effective
    date (same person, kind and date = the same decision: refused twice), a reason, what the list shows."""

    person_id: uuid.UUID
    patch: ProfilePatch
    effective_on: date | None = None
    reason: str | None = None
    summary: dict[str, Any] = field(default_factory=dict)


Hook = Callable[..., Awaitable[None]]
_AFTER_APPLY: dict[str, Hook] = {}


def register_kind(kind: str, *, after_apply: Hook) -> None:
    """What approving an item of this kind does beyond its patch: `await after_apply(session, batch=...,
    item=..., person=..., principal=..., today=...)` in the approval's transaction, after the new version."""
    _AFTER_APPLY[kind] = after_apply


def _check_state(batch: Batch, action: str) -> None:
    """Refuse (409) a step the batch's state does not allow, before any other check, changing nothing."""
    try:
        Approval(batch.state, 0).apply(action)
    except TransitionError as exc:
        raise Conflict(exc.code, **{k: Phrase(v) for k, v in exc.params.items()}) from exc


def _transition(batch: Batch, action: str, **kwargs: Any) -> None:
    machine = Approval(batch.state, 0)
    try:
        batch.state = machine.apply(action, **kwargs)
    except TransitionError as exc:
        raise Conflict(exc.code, **{k: Phrase(v) for k, v in exc.params.items()}) from exc
    batch.updated_at = utcnow()


async def _audit(session: AsyncSession, action: str, batch: Batch, audit: AuditContext, **detail: Any) -> None:
    await audit.record(session, action=action, resource_type="batch", resource_id=str(batch.id),
                       unit_id=batch.unit_id, detail={"kind": batch.kind, **detail})


async def get_visible(session: AsyncSession, principal: Principal, batch_id: uuid.UUID, *,
                      for_update: bool = False) -> Batch:
    stmt = select(Batch).where(Batch.id == batch_id)
    if for_update:
        stmt = stmt.with_for_update()
    batch = (await session.scalars(stmt)).first()
    if batch is None:
        raise NotFound()
    await ensure_in_scope(session, principal, batch.unit_id)
    return batch


async def items_of(session: AsyncSession, batch_id: uuid.UUID) -> list[BatchItem]:
    stmt = select(BatchItem).where(BatchItem.batch_id == batch_id).order_by(BatchItem.position)  # type: ignore[arg-type]
    return list((await session.scalars(stmt)).all())


async def _people(session: AsyncSession, principal: Principal, unit_id: str | None, person_ids: Sequence[uuid.UUID],
                  *, for_update: bool = False) -> tuple[dict[uuid.UUID, Person], str]:
    """The people of a batch, each within the account's scope and the deciding unit's subtree (by default the
    lowest unit above them all); anyone else does not exist (404, revealing nothing). Locked in id order on
    approval (two approvals never wait on each other crosswise). Returns them and the deciding unit."""
    stmt = select(Person).where(Person.id.in_(person_ids)).order_by(Person.id)  # type: ignore[attr-defined]
    if for_update:
        stmt = stmt.with_for_update()
    found = {p.id: p for p in (await session.scalars(stmt)).all()}
    units = {p.unit_id for p in found.values()}
    visible = await units_in_scope(session, principal, units)
    if any(pid not in found or found[pid].unit_id not in visible for pid in person_ids):
        raise NotFound()
    paths = {u: list(path) for u, path in (await session.execute(
        select(UnitNode.unit_id, UnitNode.path).where(UnitNode.unit_id.in_(units)))).all()}  # type: ignore[attr-defined]
    if unit_id is None:
        unit_id = _lowest_common(list(paths.values())) or principal.unit_id
    if any(unit_id not in paths.get(u, []) for u in units):
        raise NotFound()
    await ensure_in_scope(session, principal, unit_id)
    return found, unit_id


def _lowest_common(paths: list[list[str]]) -> str | None:
    """The deepest unit on every path (root .. self), or None."""
    if not paths:
        return None
    common: str | None = None
    for level in zip(*paths, strict=False):
        if len(set(level)) != 1:
            break
        common = level[0]
    return common


def _proposed(profile: dict[str, Any] | None, patch: dict[str, Any] | ProfilePatch, index: int,
              decision_number: str | None = None) -> dict[str, Any]:
    """The profile an item would make official, validated as a whole (errors under items[i].…)."""
    model = patch if isinstance(patch, ProfilePatch) else ProfilePatch.model_validate(patch)
    try:
        new = apply_patch(profile or {}, model, decision_number=decision_number)
        return Profile.model_validate(new).model_dump(mode="json")
    except PatchError as exc:
        raise ValidationFailed(fields=[FieldError(f"items[{index}].patch.{exc.path}", exc.code)]) from exc
    except ValidationError as exc:
        errors = field_errors_from_pydantic(exc.errors(), MESSAGES)
        for e in errors:
            e.field = f"items[{index}].{e.field}"
        raise ValidationFailed(fields=errors) from exc


async def _repeated(session: AsyncSession, batch_id: uuid.UUID | None, kind: str,
                    items: Sequence[tuple[uuid.UUID, date | None]], states: Sequence[str]) -> list[tuple[int, Any]]:
    """Items another live batch already decides (same person, kind and date): (index, that batch)."""
    keyed = [(pid, day) for pid, day in items if day is not None]
    if not keyed:
        return []
    stmt = (select(BatchItem.person_id, BatchItem.effective_on, Batch.decision_number, Batch.state)
            .join(Batch, Batch.id == BatchItem.batch_id)  # type: ignore[arg-type]
            .where(BatchItem.kind == kind, Batch.state.in_(states),  # type: ignore[attr-defined]
                   tuple_(BatchItem.person_id, BatchItem.effective_on).in_(keyed)))
    if batch_id is not None:
        stmt = stmt.where(Batch.id != batch_id)
    rows = (await session.execute(stmt)).all()
    keys = [ItemKey(pid, kind, day) for pid, day in items]
    by_key = {ItemKey(r.person_id, kind, r.effective_on): r for r in rows}
    return [(i, by_key[keys[i]]) for i in repeated_decisions(keys, by_key)]


def _repeat_error(index: int, name: str, row: Any) -> FieldError:
    return FieldError(f"items[{index}].person_id", "batch.decision_exists", full_name=name,
                      effective_on=row.effective_on, decision=row.decision_number or "—")


async def create(session: AsyncSession, principal: Principal, *, kind: str, items: Sequence[ItemInput],
                 audit: AuditContext, unit_id: str | None = None, decision: schemas.Decision | None = None,
                 title: str = "", note: str | None = None, effective_on: date | None = None) -> Batch:
    """A draft batch. Refused, changing nothing: an empty list, the same person twice, a person outside the
    scope (404), a record never approved, a person who has left, a decision already taken (or pending) for
    the same person, kind and date, a patch the profile does not accept."""
    if unit_id is not None:
        await ensure_in_scope(session, principal, unit_id)
    ids = [i.person_id for i in items]
    problems = item_problems(ids)
    if problems:
        raise ValidationFailed(problems[0][1], fields=[FieldError(f, c) for f, c in problems])
    people, unit = await _people(session, principal, unit_id, ids)
    errors = []
    proposed = []
    for i, item in enumerate(items):
        person = people[item.person_id]
        if person.version == 0 or not person.profile:
            errors.append(FieldError(f"items[{i}].person_id", "batch.record_not_approved", full_name=person.full_name))
        elif not person.is_active:
            errors.append(FieldError(f"items[{i}].person_id", "batch.person_left", full_name=person.full_name))
        else:
            proposed.append(_proposed(person.profile, item.patch, i))
    for i, row in await _repeated(session, None, kind, [(i.person_id, i.effective_on) for i in items], LIVE_STATES):
        errors.append(_repeat_error(i, people[items[i].person_id].full_name, row))
    if errors:
        raise ValidationFailed(errors[0].code, fields=errors, **errors[0].params)
    d = decision or schemas.Decision()
    batch = Batch(kind=kind, unit_id=unit, title=title, note=note, effective_on=effective_on,
                  decision_number=d.decision_number, decision_signed_on=d.decision_signed_on, signer=d.signer,
                  issuer=d.issuer, item_count=len(items), created_by=principal.username)
    session.add(batch)
    await session.flush()
    for i, item in enumerate(items):
        person = people[item.person_id]
        session.add(BatchItem(batch_id=batch.id, position=i, person_id=person.id, kind=kind,
                              effective_on=item.effective_on, full_name=person.full_name[:120],
                              unit_id=person.unit_id, base_version=person.version,
                              patch=item.patch.model_dump(mode="json"), reason=item.reason, summary=item.summary))
    await session.flush()
    await _audit(session, "create", batch, audit, items=len(items))
    return batch


async def update(session: AsyncSession, principal: Principal, *, batch_id: uuid.UUID, body: schemas.BatchUpdate,
                 audit: AuditContext) -> Batch:
    batch = await get_visible(session, principal, batch_id, for_update=True)
    _transition(batch, "edit")
    batch.title, batch.note = body.title, body.note
    batch.decision_number, batch.decision_signed_on = body.decision_number, body.decision_signed_on
    batch.signer, batch.issuer = body.signer, body.issuer
    await _audit(session, "update", batch, audit)
    return batch


async def _check_items(session: AsyncSession, principal: Principal, batch: Batch, items: Sequence[BatchItem],
                       people: dict[uuid.UUID, Person], today: date) -> list[dict[str, Any]]:
    """Every item against its record now: stale (409 naming the person), left, repeated, and the profile's
    checks (changes.validation); errors raise, warnings are returned in both languages."""
    for item in items:
        person = people[item.person_id]
        if person.version != item.base_version:
            raise Conflict("batch.stale_item", full_name=person.full_name, base_version=item.base_version,
                           current_version=person.version)
    errors: list[FieldError] = []
    warnings: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        person = people[item.person_id]
        if not person.is_active:
            errors.append(FieldError(f"items[{i}].person_id", "batch.person_left", full_name=person.full_name))
            continue
        profile = Profile.model_validate(_proposed(person.profile, item.patch, i, batch.decision_number))
        try:
            found = await check_profile(session, principal, profile=profile, person_id=person.id, today=today,
                                        previous=person.profile, reason=item.reason)
        except ValidationFailed as exc:
            for e in exc.fields:
                e.field = f"items[{i}].{e.field}"
                e.params.setdefault("full_name", person.full_name)
            errors.extend(exc.fields)
            continue
        warnings += [{"field": f"items[{i}].{w.field}", "code": w.code, "person_id": str(person.id),
                      "full_name": person.full_name, "message": w.text("vi"), "message_en": w.text("en")}
                     for w in found]
    for i, row in await _repeated(session, batch.id, batch.kind, [(it.person_id, it.effective_on) for it in items],
                                  (SUBMITTED, APPROVED)):
        errors.append(_repeat_error(i, people[items[i].person_id].full_name, row))
    if errors:
        raise ValidationFailed(errors[0].code if errors[0].code.startswith("batch.") else None,
                               fields=errors, **errors[0].params)
    if batch.kind == early_raise.EARLY_KIND:
        await _check_quota(session, batch, items)
    return warnings


async def _check_quota(session: AsyncSession, batch: Batch, items: Sequence[BatchItem]) -> None:
    """R-13: early raises of a year within the deciding unit's quota (10 % of its subtree's payroll), counting
    the other live batches of the year."""
    units = sorted(set((await session.scalars(select(UnitNode.unit_id).where(
        UnitNode.path.contains([batch.unit_id])))).all()))  # type: ignore[attr-defined]
    years: dict[int, int] = {}
    for item in items:
        if item.effective_on is not None:
            years[item.effective_on.year] = years.get(item.effective_on.year, 0) + 1
    for year, count in sorted(years.items()):
        quota = await early_raise.quota_for(session, units, year)
        taken = await early_raise.taken_in_year(session, units, year, exclude_batch=batch.id)
        if taken + count > quota.places:
            raise ValidationFailed("batch.quota_exceeded", fields=[FieldError(
                "items", "batch.quota_exceeded", year=year, places=quota.places, taken=taken)],
                year=year, places=quota.places, taken=taken)


async def submit(session: AsyncSession, principal: Principal, *, batch_id: uuid.UUID, today: date,
                 audit: AuditContext) -> Batch:
    batch = await get_visible(session, principal, batch_id, for_update=True)
    _check_state(batch, "submit")
    if not (batch.decision_number and batch.decision_signed_on):
        raise ValidationFailed("batch.decision_required", fields=[
            FieldError(f, "batch.decision_required") for f, v in
            (("decision_number", batch.decision_number), ("decision_signed_on", batch.decision_signed_on)) if not v])
    if batch.decision_signed_on > today:
        raise invalid("decision_signed_on", "batch.signed_in_future")
    items = await items_of(session, batch.id)
    people, _ = await _people(session, principal, batch.unit_id, [i.person_id for i in items])
    batch.warnings = await _check_items(session, principal, batch, items, people, today)
    _transition(batch, "submit")
    batch.submitted_by, batch.submitted_at = principal.username, utcnow()
    await _audit(session, "submit", batch, audit, items=len(items))
    return batch


async def approve(session: AsyncSession, principal: Principal, *, batch_id: uuid.UUID, body: schemas.Approve,
                  today: date, audit: AuditContext) -> Batch:
    """Every item becomes its record's next version, in this one transaction, with the decision's reference."""
    batch = await get_visible(session, principal, batch_id, for_update=True)
    ensure_separate(principal, (batch.created_by, batch.submitted_by))
    _check_state(batch, "approve")
    for name in ("decision_number", "decision_signed_on", "signer", "issuer"):
        value = getattr(body, name)
        if value:
            setattr(batch, name, value)
    items = await items_of(session, batch.id)
    people, _ = await _people(session, principal, batch.unit_id, [i.person_id for i in items], for_update=True)
    await _check_items(session, principal, batch, items, people, today)
    now = utcnow()
    _transition(batch, "approve")
    batch.decided_by, batch.decided_at = principal.username, now
    hook = _AFTER_APPLY.get(batch.kind)
    for i, item in enumerate(items):
        person = people[item.person_id]
        profile = _proposed(person.profile, item.patch, i, batch.decision_number)
        if diff(person.profile, profile):
            publish_version(session, person, profile, at=now, approved_by=principal.username,
                            submitted_by=batch.submitted_by or "", actor=principal.subject,
                            decision_number=batch.decision_number, decision_signed_on=batch.decision_signed_on)
        item.applied_version = person.version
        if hook is not None:
            await hook(session, batch=batch, item=item, person=person, principal=principal, today=today)
        await audit.record(session, action="approve", resource_type="person", resource_id=str(person.id),
                           unit_id=person.unit_id, detail={"batch_id": str(batch.id), "kind": batch.kind,
                                                           "version": person.version})
    await _audit(session, "approve", batch, audit, items=len(items))
    return batch


async def reject(session: AsyncSession, principal: Principal, *, batch_id: uuid.UUID, reason: str,
                 audit: AuditContext) -> Batch:
    batch = await get_visible(session, principal, batch_id, for_update=True)
    ensure_separate(principal, (batch.created_by, batch.submitted_by))
    _transition(batch, "reject", reason=reason)
    batch.reject_reason, batch.decided_by, batch.decided_at = reason, principal.username, utcnow()
    await _audit(session, "reject", batch, audit, reason=reason)
    return batch


async def withdraw(session: AsyncSession, principal: Principal, *, batch_id: uuid.UUID,
                   audit: AuditContext) -> Batch:
    batch = await get_visible(session, principal, batch_id, for_update=True)
    _transition(batch, "withdraw")
    await _audit(session, "withdraw", batch, audit)
    return batch


async def revise(session: AsyncSession, principal: Principal, *, batch_id: uuid.UUID,
                 audit: AuditContext) -> Batch:
    batch = await get_visible(session, principal, batch_id, for_update=True)
    _transition(batch, "revise")
    await _audit(session, "revise", batch, audit)
    return batch


async def read(session: AsyncSession, principal: Principal, *, batch_id: uuid.UUID,
               audit: AuditContext) -> tuple[Batch, list[BatchItem]]:
    batch = await get_visible(session, principal, batch_id)
    items = await items_of(session, batch.id)
    await _audit(session, "read", batch, audit)
    return batch, items


async def difference(session: AsyncSession, principal: Principal, *, batch_id: uuid.UUID,
                     audit: AuditContext) -> schemas.BatchDiff:
    """Each person's record now beside what the batch would make of it, field by field (changes' diff)."""
    batch = await get_visible(session, principal, batch_id)
    items = await items_of(session, batch.id)
    people, _ = await _people(session, principal, batch.unit_id, [i.person_id for i in items])
    out = []
    for i, item in enumerate(items):
        person = people[item.person_id]
        try:
            proposed = apply_patch(person.profile or {}, ProfilePatch.model_validate(item.patch),
                                   decision_number=batch.decision_number)
        except PatchError:
            proposed = person.profile or {}
        out.append(schemas.PersonDiff(
            item_id=item.id, person_id=person.id, full_name=person.full_name, base_version=item.base_version,
            current_version=person.version,
            stale=batch.state in ("draft", SUBMITTED) and person.version != item.base_version,
            changes=[schemas.FieldDiff(path=c.path, official=c.old, proposed=c.new)
                     for c in diff(person.profile, proposed)]))
        del i
    await _audit(session, "read", batch, audit, view="diff")
    return schemas.BatchDiff(batch_id=batch.id, people=out)


async def listing(session: AsyncSession, principal: Principal, *, state: str | None, kind: str | None,
                  page: int, size: int) -> tuple[list[Batch], int]:
    where = [scope_clause(principal, Batch.unit_id)]
    if state:
        where.append(Batch.state == state)
    if kind:
        where.append(Batch.kind == kind)
    total = await session.scalar(select(func.count()).select_from(Batch).where(*where))
    rows = (await session.scalars(select(Batch).where(*where).order_by(Batch.updated_at.desc())  # type: ignore[attr-defined]
                                  .offset((page - 1) * size).limit(size))).all()
    return list(rows), int(total or 0)


async def attach_scan(session: AsyncSession, s3: Any, settings: Any, principal: Principal, *, batch_id: uuid.UUID,
                      data: bytes, filename: str | None, audit: AuditContext) -> Batch:
    """The scanned decision, checked as every upload (documents.service.check_content) and kept in S3; a draft's
    scan may be replaced (the earlier object stays in the bucket)."""
    from personnel.documents.service import _put, check_content

    batch = await get_visible(session, principal, batch_id, for_update=True)
    _check_state(batch, "edit")
    checked, sha256 = check_content(data, max_bytes=settings.document_max_bytes)
    key = f"batches/{batch.id}/{sha256[:16]}.{checked.extension}"
    await _put(s3, settings.documents_bucket, key, checked.data, checked.content_type, sha256)
    batch.scan_key, batch.scan_content_type, batch.scan_size = key, checked.content_type, len(checked.data)
    batch.scan_sha256, batch.scan_filename = sha256, (filename or "")[:300] or None
    batch.updated_at = utcnow()
    await _audit(session, "upload", batch, audit, sha256=sha256)
    return batch


async def read_scan(session: AsyncSession, s3: Any, settings: Any, principal: Principal, *, batch_id: uuid.UUID,
                    audit: AuditContext) -> tuple[bytes, str]:
    import anyio

    batch = await get_visible(session, principal, batch_id)
    if not batch.scan_key:
        raise NotFound()
    key = batch.scan_key

    def _get() -> bytes:
        response = s3.get_object(settings.documents_bucket, key)
        try:
            return bytes(response.read())
        finally:
            response.close()
            response.release_conn()

    data = await anyio.to_thread.run_sync(_get)
    await _audit(session, "download", batch, audit)
    return data, batch.scan_content_type or "application/octet-stream"
