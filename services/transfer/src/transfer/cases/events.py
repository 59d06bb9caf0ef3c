"""Outgoing events of a case: the moves personnel applies, and the case's state after each step."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.transfer import CaseChanged, Decision, MoveDecided
from common.events.envelope import Envelope
from common.outbox import add_event
from transfer.cases.tables import Move, TransferCase

SOURCE = "transfer"


def decision_of(case: TransferCase) -> Decision:
    return Decision(number=case.decision_number, signed_on=case.decision_signed_on, effective_on=case.effective_on,
                    signer=case.signer)


def decide_move(session: AsyncSession, case: TransferCase, *, person_id: uuid.UUID, to_unit_id: str | None,
                to_unit_name: str | None, from_unit_id: str | None, actor: str, suffix: str = "",
                status: str | None = None) -> Move:
    """Queue one person's move for personnel, and remember it until personnel answers."""
    move_id = f"{case.id}:{person_id}{suffix}"
    move = Move(move_id=move_id, case_id=case.id, person_id=person_id, from_unit_id=from_unit_id,
                to_unit_id=to_unit_id)
    session.add(move)
    payload = MoveDecided(
        move_id=move_id, case_id=str(case.id), kind=case.kind, person_id=str(person_id), from_unit_id=from_unit_id,
        to_unit_id=to_unit_id, to_unit_name=to_unit_name, decision=decision_of(case), status=status,
        leaving_form=case.leaving_form, return_on=case.return_on, note=case.note,
        full_name=case.full_name if case.kind == "arrival" else None,
        personal_id_number=case.personal_id_number if case.kind == "arrival" else None,
        birth_date=case.birth_date if case.kind == "arrival" else None)
    add_event(session, Envelope.of(payload, source=SOURCE, subject=str(person_id), actor=actor,
                                   unit_id=to_unit_id or from_unit_id))
    return move


def case_changed(session: AsyncSession, case: TransferCase, step: str, actor: str) -> None:
    add_event(session, Envelope.of(CaseChanged(
        case_id=str(case.id), kind=case.kind, state=case.state,
        person_id=str(case.person_id) if case.person_id else None,
        full_name=case.full_name, from_unit_id=case.from_unit_id, to_unit_id=case.to_unit_id,
        decision_number=case.decision_number, effective_on=case.effective_on, step=step),
        source=SOURCE, subject=str(case.id), actor=actor, unit_id=case.to_unit_id or case.from_unit_id))
