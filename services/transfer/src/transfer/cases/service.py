"""The use cases of transfer cases: open one, take a step, learn that personnel applied a move."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.catalogs import load_lookup
from common.db import utcnow
from common.duties import ensure_separate
from common.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed
from common.scope import in_scope
from transfer.cases import events, repository, rules
from transfer.cases.schemas import CaseCreate, StepIn
from transfer.cases.tables import CaseStep, Move, TransferCase
from transfer.deadlines import service as deadlines
from transfer.people.tables import PersonRef


async def create(session: AsyncSession, principal: Principal, *, data: CaseCreate,
                 audit: AuditContext) -> TransferCase:
    person: PersonRef | None = None
    if data.kind in rules.CREATABLE and data.kind != "arrival":
        if data.person_id is None:
            raise ValidationFailed(fields=[FieldError("person_id", "person_not_found")])
        person = await session.get(PersonRef, data.person_id)
        if person is None or not await in_scope(session, principal, person.unit_id):
            raise ValidationFailed(fields=[FieldError("person_id", "person_not_found")])
    problems = rules.problems(rules.NewCase(
        kind=data.kind, from_unit_id=person.unit_id if person else None, to_unit_id=data.to_unit_id,
        decision_signed_on=data.decision_signed_on, effective_on=data.effective_on, return_on=data.return_on,
        leaving_form=data.leaving_form, personal_id_number=data.personal_id_number))
    if data.kind == "arrival" and not (data.full_name or "").strip():
        problems.append(("full_name", "person_not_found"))
    if problems:
        raise ValidationFailed(fields=[FieldError(field, code) for field, code in problems])
    if person is not None and not person.is_active:
        raise ValidationFailed(fields=[FieldError("person_id", "person_left")])
    for field, unit_id in (("to_unit_id", data.to_unit_id), ("to_sub_unit_id", data.to_sub_unit_id)):
        if unit_id:
            node = await repository.unit(session, unit_id)
            if node is None:
                raise ValidationFailed(fields=[FieldError(field, "unit_not_found")])
            if not node.active:
                raise ValidationFailed(fields=[FieldError(field, "unit_dissolved")])
    if data.to_sub_unit_id and data.to_unit_id:
        sub = await repository.unit(session, data.to_sub_unit_id)
        if sub is None or data.to_unit_id not in sub.path:
            raise ValidationFailed(fields=[FieldError("to_sub_unit_id", "sub_unit_outside")])
    if data.kind in ("internal_move", "arrival") and not await in_scope(session, principal, data.to_unit_id):
        raise ValidationFailed(fields=[FieldError("to_unit_id", "internal_outside_unit")])
    if data.kind == "leaving":
        lookup = await load_lookup(session, {"leaving_service_forms"}, data.effective_on)
        if lookup.state("leaving_service_forms", data.leaving_form or "") is None:
            raise ValidationFailed(fields=[FieldError("leaving_form", "unknown_leaving_form")])
    if person is not None and await repository.open_case_of(session, person.person_id) is not None:
        raise Conflict("open_case_exists")

    case = TransferCase(
        kind=data.kind, state="draft", person_id=person.person_id if person else uuid.uuid4(),
        full_name=person.full_name if person else (data.full_name or "").strip(),
        personal_id_number=data.personal_id_number, birth_date=data.birth_date,
        from_unit_id=person.unit_id if person else None,
        to_unit_id=data.to_unit_id if data.kind != "leaving" else None, to_sub_unit_id=data.to_sub_unit_id,
        outside_organisation=data.outside_organisation, return_on=data.return_on, leaving_form=data.leaving_form,
        decision_number=data.decision_number.strip(), decision_signed_on=data.decision_signed_on,
        effective_on=data.effective_on, signer=data.signer, note=data.note, created_by=principal.username,
        created_unit_id=principal.unit_id)
    session.add(case)
    try:
        await session.flush()
    except IntegrityError as exc:  # two officers opening a case for the same person at once
        raise Conflict("open_case_exists") from exc
    record_step(session, case, "create", principal)
    await _open_obligations(session, case)
    events.case_changed(session, case, "create", principal.subject)
    await audit.record(session, action="create", resource_type="transfer_case", resource_id=str(case.id),
                       unit_id=case.from_unit_id or case.to_unit_id,
                       detail={"kind": case.kind, "person_id": str(case.person_id), "to_unit_id": case.to_unit_id,
                               "decision": case.decision_number})
    return case


async def _open_obligations(session: AsyncSession, case: TransferCase) -> None:
    calendar = await deadlines.work_calendar(session)
    label = f"{case.full_name} — QĐ {case.decision_number}"
    if rules.family(case.kind) == "between":
        await deadlines.open_obligation(session, kind="transfer_handover", unit_id=case.from_unit_id or "",
                                        trigger_on=case.effective_on, label=label, person_id=case.person_id,
                                        case_id=case.id, calendar=calendar)
        await deadlines.open_obligation(session, kind="transfer_receive", unit_id=case.to_unit_id or "",
                                        trigger_on=case.effective_on, label=label, person_id=case.person_id,
                                        case_id=case.id, calendar=calendar)
    elif case.kind in rules.OBLIGATION_OF_KIND:
        unit_id = case.to_unit_id if case.kind == "arrival" else case.from_unit_id
        await deadlines.open_obligation(session, kind=rules.OBLIGATION_OF_KIND[case.kind], unit_id=unit_id or "",
                                        trigger_on=case.effective_on, label=label, person_id=case.person_id,
                                        case_id=case.id, calendar=calendar)


def record_step(session: AsyncSession, case: TransferCase, step: str, principal: Principal | None,
          note: str | None = None, by: str | None = None) -> None:
    session.add(CaseStep(case_id=case.id, step=step, state=case.state,
                         by_account=principal.subject if principal else (by or "system"),
                         by_username=principal.username if principal else (by or "system"),
                         by_unit_id=principal.unit_id if principal else None, note=note))


async def take_step(session: AsyncSession, principal: Principal, *, case_id: uuid.UUID, step: str, body: StepIn,
                    audit: AuditContext) -> TransferCase:
    case = await repository.get(session, principal, case_id, for_update=True)
    if case is None:
        raise NotFound("case_not_found")
    if body.row_version is not None and body.row_version != case.row_version:
        raise Conflict("stale_case")
    side = rules.SIDE.get(step)
    acting_unit = case.to_unit_id if side == "receiver" else (case.from_unit_id or case.created_unit_id)
    if not await in_scope(session, principal, acting_unit):
        raise Forbidden("not_the_receiver" if side == "receiver" else "not_the_sender")
    try:
        new_state = rules.next_state(case.kind, case.state, step)
    except rules.StepRefused as exc:
        raise Conflict("step_not_allowed") from exc
    if step == "accept":  # the receiver's acceptance is an approval: never by whoever made or sent the case
        made = await repository.steps(session, case.id)
        ensure_separate(principal, [case.created_by, *(s.by_username for s in made if s.step in ("create", "send"))])
    if step == "reject" and not (body.reason or "").strip():
        raise ValidationFailed(fields=[FieldError("reason", "reject_reason_required")])
    now = utcnow()
    case.state, case.updated_at, case.row_version = new_state, now, case.row_version + 1
    names = await repository.unit_names(session, {u for u in (case.to_unit_id, body.to_sub_unit_id,
                                                              case.to_sub_unit_id) if u})
    if step == "send":
        await deadlines.fulfil(session, case_id=case.id, kind="transfer_handover", at=now)
    elif step == "accept":
        events.decide_move(session, case, person_id=_person(case), to_unit_id=case.to_unit_id,
                           to_unit_name=names.get(case.to_unit_id or ""), from_unit_id=case.from_unit_id,
                           actor=principal.subject, status="BIET_PHAI" if case.kind == "secondment" else None)
    elif step == "forward":
        sub = body.to_sub_unit_id or case.to_sub_unit_id
        if sub and sub != case.to_unit_id:
            node = await repository.unit(session, sub)
            if node is None or not node.active or case.to_unit_id not in node.path:
                raise ValidationFailed(fields=[FieldError("to_sub_unit_id", "sub_unit_outside")])
            case.to_sub_unit_id = sub
            events.decide_move(session, case, person_id=_person(case), to_unit_id=sub, to_unit_name=node.name,
                               from_unit_id=case.to_unit_id, actor=principal.subject, suffix=":forward",
                               status="BIET_PHAI" if case.kind == "secondment" else None)
        await deadlines.fulfil(session, case_id=case.id, kind="transfer_receive", at=now)
    elif step == "complete":
        await _complete(session, case, principal, names)
    elif step in ("reject", "cancel"):
        case.reject_reason = body.reason.strip() if step == "reject" and body.reason else case.reject_reason
        await deadlines.cancel(session, case_id=case.id, at=now)
    record_step(session, case, step, principal, note=body.reason if step == "reject" else body.note)
    await finish_if_applied(session, case)
    events.case_changed(session, case, step, principal.subject)
    await audit.record(session, action=step, resource_type="transfer_case", resource_id=str(case.id),
                       unit_id=acting_unit, detail={"state": case.state, "kind": case.kind,
                                                    **({"reason": body.reason} if step == "reject" else {})})
    return case


async def _complete(session: AsyncSession, case: TransferCase, principal: Principal, names: dict[str, str]) -> None:
    if case.kind == "leaving":
        events.decide_move(session, case, person_id=_person(case), to_unit_id=None, to_unit_name=None,
                           from_unit_id=case.from_unit_id, actor=principal.subject,
                           status=rules.leaving_status(case.leaving_form or ""))
    else:  # internal_move, arrival
        events.decide_move(session, case, person_id=_person(case), to_unit_id=case.to_unit_id,
                           to_unit_name=names.get(case.to_unit_id or ""), from_unit_id=case.from_unit_id,
                           actor=principal.subject)


def _person(case: TransferCase) -> uuid.UUID:
    assert case.person_id is not None
    return case.person_id


async def finish_if_applied(session: AsyncSession, case: TransferCase) -> bool:
    """A case whose last human step is done is done once personnel has applied every move it decided."""
    if "applied" not in rules.TRANSITIONS[rules.family(case.kind)].get(case.state, {}):
        return False
    moves = await repository.moves(session, case.id)
    if not moves or any(m.applied_at is None for m in moves):
        return False  # waiting for personnel, or refused (the refusal is in the case's steps)
    case.state = rules.next_state(case.kind, case.state, "applied")
    case.updated_at, case.row_version = utcnow(), case.row_version + 1
    done_at = max(m.applied_at or case.updated_at for m in moves)
    if rules.family(case.kind) == "one":
        await deadlines.fulfil(session, case_id=case.id, at=done_at)
    record_step(session, case, "applied", None, by="personnel")
    events.case_changed(session, case, "applied", "transfer")
    return True


async def record_answer(session: AsyncSession, *, move_id: str, applied_version: int | None,
                        refused_reason: str | None, at: datetime) -> None:
    """personnel applied (or refused) a move: remember it and finish the case if it was the last."""
    move = await session.get(Move, move_id, with_for_update=True)
    if move is None or move.applied_at is not None or move.refused_reason is not None:
        return  # unknown (another environment's) or already answered
    case = await session.get(TransferCase, move.case_id, with_for_update=True)
    if refused_reason:
        move.refused_reason = refused_reason
        if case is not None:  # the record could not take it: the case shows why, and waits for the officers
            record_step(session, case, "refused", None, note=refused_reason, by="personnel")
        return
    move.applied_at, move.applied_version = at, applied_version
    if case is not None:
        await finish_if_applied(session, case)

