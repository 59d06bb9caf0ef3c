"""personnel approved a retirement decision (a batch of issue 12.4): the person's leaving case, opened
already decided, so a retirement is recorded one way whether it starts as a batch in personnel or as a
leaving case here: the status_change deadline of Decision 16/2020 is tracked, the move goes to personnel,
and the case is done when personnel has applied it.

A case still being prepared for the person (draft or sent) is cancelled by the decision, with a note: the
person retires. A case already accepted or forwarded has decided a move personnel is applying; the
retirement waits on the dead-letter topic for an operator (health screen), never silently dropped."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.db import utcnow
from common.events.contracts.transfer import RetirementDecided
from common.messaging import PermanentError
from transfer.cases import events, repository, rules
from transfer.cases.service import _open_obligations, record_step
from transfer.cases.tables import CaseStep, TransferCase
from transfer.deadlines import service as deadlines

AUDIT = AuditContext.system("transfer", "personnel")
BY = "personnel"


class CaseInProgress(PermanentError):
    """The person has a case past its sending step; an operator replays the retirement once it is done."""


async def already_opened(session: AsyncSession, decision_id: str) -> bool:
    return await session.scalar(select(CaseStep.seq).where(
        CaseStep.step == "create", CaseStep.by_username == BY, CaseStep.note == decision_id)) is not None


async def apply(session: AsyncSession, decided: RetirementDecided, *, actor: str) -> TransferCase | None:
    if await already_opened(session, decided.decision_id):
        return None
    person_id = uuid.UUID(decided.person_id)
    now = utcnow()
    open_case = await repository.open_case_of(session, person_id)
    if open_case is not None:
        if open_case.state not in ("draft", "sent"):
            raise CaseInProgress(f"case {open_case.id} of {person_id} is {open_case.state}: retirement "
                                 f"{decided.decision_id} waits until it is done")
        open_case.state = rules.next_state(open_case.kind, open_case.state, "cancel")
        open_case.updated_at, open_case.row_version = now, open_case.row_version + 1
        await deadlines.cancel(session, case_id=open_case.id, at=now)
        record_step(session, open_case, "cancel", None, by=BY,
                    note=f"Nghỉ hưu theo quyết định {decided.decision.number}")
        events.case_changed(session, open_case, "cancel", actor)
        await session.flush()
    d = decided.decision
    case = TransferCase(
        kind="leaving", state="draft", person_id=person_id, full_name=decided.full_name,
        from_unit_id=decided.unit_id, leaving_form=decided.leaving_form, decision_number=d.number,
        decision_signed_on=min(d.signed_on, d.effective_on), effective_on=d.effective_on, signer=d.signer,
        note=(f"Quyết định nghỉ hưu của Sở/đơn vị (đợt {decided.batch_id}); nghỉ hưu từ "
              f"{decided.retirement_date:%d/%m/%Y}" if decided.retirement_date else None),
        created_by=decided.decided_by[:120], created_unit_id=decided.unit_id)
    session.add(case)
    await session.flush()
    record_step(session, case, "create", None, by=BY, note=decided.decision_id)
    await _open_obligations(session, case)
    case.state = rules.next_state(case.kind, case.state, "complete")
    events.decide_move(session, case, person_id=person_id, to_unit_id=None, to_unit_name=None,
                       from_unit_id=case.from_unit_id, actor=actor,
                       status=rules.leaving_status(case.leaving_form or ""))
    record_step(session, case, "complete", None, by=BY, note=f"{decided.decided_by} duyệt")
    events.case_changed(session, case, "complete", actor)
    await AUDIT.record(session, action="create", resource_type="transfer_case", resource_id=str(case.id),
                       unit_id=case.from_unit_id, detail={"kind": "leaving", "person_id": str(person_id),
                                                          "decision": d.number, "from": decided.decision_id})
    return case
