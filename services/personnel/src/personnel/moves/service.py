"""transfer decided a move; the record takes it (the saga's second half, in personnel).

A move to another unit becomes the record's next approved version: the new unit, and in the work
history the period in the old unit closed and one in the new unit opened, with the decision. Leaving
becomes a dated status event. An arrival from outside the province opens a draft of a new record that
keeps the person's identification number, for the receiving unit to complete and approve. Every move is
answered (`personnel.move.applied.v1` or `.refused.v1`); the inbox makes a redelivered move a no-op."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.catalogs import load_lookup
from common.db import utcnow
from common.events.contracts.transfer import MoveApplied, MoveDecided, MoveRefused
from common.events.envelope import Envelope
from common.outbox import add_event
from personnel.changes.tables import ChangeRequest
from personnel.persons import repository as persons
from personnel.persons.service import apply_status
from personnel.persons.tables import Person
from personnel.persons.versions import publish_version

SERVICE = "personnel"
AUDIT = AuditContext.system(SERVICE, "transfer")


def month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def moved_history(history: list[dict], *, on: date, unit_name: str, note: str | None) -> list[dict]:
    """The work history with the open period closed at the move and the new one opened (pure)."""
    out = [dict(p) for p in history]
    for period in out:
        if not period.get("to_month"):
            period["to_month"] = month(on)
    out.append({"from_month": month(on), "to_month": None, "unit_name": unit_name[:300],
                **({"position": note[:300]} if note else {})})
    return out


async def apply(session: AsyncSession, move: MoveDecided, *, actor: str | None) -> None:
    person_id = uuid.UUID(move.person_id)
    if move.kind == "arrival":
        await _open_arrival(session, move, person_id)
        return
    person = await persons.get(session, person_id, for_update=True)
    if person is None or person.version == 0:
        _answer(session, move, refused="person_not_found")
        return
    if not person.is_active:
        _answer(session, move, refused="person_left")
        return
    decision = move.decision
    today = clock.today()
    if move.to_unit_id is None or move.kind == "secondment":
        lookup = await load_lookup(session, {"employment_status"}, today)
        status = move.status or ("BIET_PHAI" if move.kind == "secondment" else "KHAC")
        await apply_status(session, person, lookup=lookup, today=max(today, decision.effective_on),
                           recorded_by="transfer", actor=actor, status=status, effective_on=decision.effective_on,
                           leaving_form=move.leaving_form, decision_number=decision.number,
                           decision_signed_on=decision.signed_on, reason=move.note)
    if move.to_unit_id is not None:
        profile = dict(person.profile or {})
        where = move.to_unit_name or move.to_unit_id
        label = f"Biệt phái đến {where} đến {move.return_on:%m/%Y}" if move.kind == "secondment" and move.return_on \
            else where
        profile["work_history"] = moved_history(list(profile.get("work_history") or []), on=decision.effective_on,
                                                unit_name=label, note=None)
        if move.kind != "secondment":
            person.unit_id = move.to_unit_id
        publish_version(session, person, profile, at=utcnow(), approved_by=f"transfer:{move.case_id}"[:120],
                        submitted_by="transfer", actor=actor, decision_number=decision.number,
                        decision_signed_on=decision.signed_on)
    await AUDIT.record(session, action="transfer_applied", resource_type="person", resource_id=str(person.id),
                       unit_id=person.unit_id, detail={"case_id": move.case_id, "kind": move.kind,
                                                       "from": move.from_unit_id, "to": move.to_unit_id,
                                                       "decision": decision.number})
    _answer(session, move, version=person.version, unit_id=person.unit_id, status=person.status)


async def _open_arrival(session: AsyncSession, move: MoveDecided, person_id: uuid.UUID) -> None:
    if await persons.get(session, person_id) is not None:  # already opened
        _answer(session, move, version=0, unit_id=move.to_unit_id or "", status="DANG_CONG_TAC")
        return
    if move.to_unit_id is None or not move.full_name or move.birth_date is None:
        _answer(session, move, refused="arrival_incomplete")
        return
    lookup = await load_lookup(session, {"cccd_century_gender_digit"}, clock.today())
    digit = (move.personal_id_number or "    ")[3]
    gender_item = lookup.item("cccd_century_gender_digit", digit)
    gender = str(gender_item.attributes.get("gender", "1")) if gender_item else "1"
    decision = move.decision
    profile = {
        "identity": {"full_name": move.full_name, "gender": gender, "birth_date": move.birth_date.isoformat(),
                     "personal_id_number": move.personal_id_number},
        "recruitment": {"joined_current_agency_on": decision.effective_on.isoformat()},
        "work_history": moved_history([], on=decision.effective_on, unit_name=move.to_unit_name or move.to_unit_id,
                                      note=None),
    }
    person = Person(id=person_id, unit_id=move.to_unit_id, full_name=move.full_name)
    session.add(person)
    await session.flush()
    session.add(ChangeRequest(person_id=person.id, kind="create", unit_id=move.to_unit_id, base_version=0,
                              profile=profile, note=f"Tiếp nhận từ ngoài tỉnh theo QĐ {decision.number}",
                              decision_number=decision.number, decision_signed_on=decision.signed_on,
                              created_by="transfer"))
    _answer(session, move, version=0, unit_id=move.to_unit_id, status="DANG_CONG_TAC")


def _answer(session: AsyncSession, move: MoveDecided, *, refused: str | None = None, version: int = 0,
            unit_id: str | None = None, status: str = "") -> None:
    payload = (MoveRefused(move_id=move.move_id, case_id=move.case_id, person_id=move.person_id, reason=refused)
               if refused else
               MoveApplied(move_id=move.move_id, case_id=move.case_id, person_id=move.person_id, version=version,
                           unit_id=unit_id or "", status=status))
    add_event(session, Envelope.of(payload, source=SERVICE, subject=move.person_id, unit_id=unit_id))
