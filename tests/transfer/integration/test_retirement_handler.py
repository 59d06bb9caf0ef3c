"""personnel approved a retirement decision: transfer opens the person's leaving case already decided
(with its status_change deadline and the move for personnel), once however often it is delivered, and a
case still being prepared for the person gives way to it (through the consumer's own path, on a fresh
transfer database)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text

from common.events.contracts.transfer import Decision, RetirementDecided
from common.events.envelope import Envelope
from common.messaging import PermanentError, Subscription
from common.testing.handlers import feed
from transfer.cases.handlers import RETIREMENT_HANDLERS

RETIREMENTS = Subscription("retirements", dict(RETIREMENT_HANDLERS))


def decided(person: uuid.UUID, unit: str) -> RetirementDecided:
    batch = uuid.uuid4()
    return RetirementDecided(
        decision_id=f"{batch}:{person}", batch_id=str(batch), person_id=str(person), unit_id=unit,
        full_name="Hoàng Văn Hưu", leaving_form="NGHI_HUU", retirement_date=date(2027, 5, 31),
        decision=Decision(number="12/QĐ-STP", signed_on=date(2026, 11, 20), effective_on=date(2027, 6, 1),
                          signer="Giám đốc"), decided_by="stp.leader")


async def open_case(sessionmaker, person: uuid.UUID, unit: str, state: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    case_id = uuid.uuid4()
    async with sessionmaker() as s, s.begin():
        await s.execute(text(
            "insert into transfer_case (id, kind, state, person_id, full_name, from_unit_id, to_unit_id, "
            "decision_number, decision_signed_on, effective_on, created_by, created_unit_id, created_at, "
            "updated_at, row_version) values (:id, 'transfer', :state, :p, 'Hoàng Văn Hưu', :u, 'SNV', '1/QĐ', "
            "'2026-11-01', '2026-12-01', 'stp.officer', :u, now(), now(), 1)"),
            {"id": case_id, "state": state, "p": person, "u": unit})
    return case_id


async def test_a_retirement_decision_opens_one_decided_leaving_case_with_its_deadline(sessionmaker):
    person, unit = uuid.uuid4(), f"U{uuid.uuid4().hex[:5]}"
    event = Envelope.of(decided(person, unit), source="personnel", subject=str(person))
    written = await feed(sessionmaker, RETIREMENTS, event)
    [case] = written.table("transfer_case")
    assert (case["kind"], case["state"], case["leaving_form"], str(case["effective_on"])) == \
        ("leaving", "accepted", "NGHI_HUU", "2027-06-01")
    assert [o["kind"] for o in written.table("obligation")] == ["status_change"]
    [move] = [e for e in written.events if e.type == "transfer.move.decided.v1"]
    assert (move.data["status"], move.data["decision"]["effective_on"]) == ("NGHI_HUU", "2027-06-01")
    assert (await feed(sessionmaker, RETIREMENTS, event)).outcome == "duplicate"
    # personnel announced the same decision again under a new event id: still one case.
    again = await feed(sessionmaker, RETIREMENTS, Envelope.of(event.payload(), source="personnel",
                                                             subject=str(person)))
    assert again.outcome == "handled" and again.table("transfer_case") == []


async def test_a_case_still_being_prepared_gives_way_and_one_in_progress_waits_for_an_operator(sessionmaker):
    person, unit = uuid.uuid4(), f"U{uuid.uuid4().hex[:5]}"
    draft = await open_case(sessionmaker, person, unit, "sent")
    written = await feed(sessionmaker, RETIREMENTS, Envelope.of(decided(person, unit), source="personnel",
                                                                subject=str(person)))
    states = {str(c["id"]): c["state"] for c in written.table("transfer_case")}
    assert states[str(draft)] == "cancelled" and sorted(states.values()) == ["accepted", "cancelled"]

    other = uuid.uuid4()
    await open_case(sessionmaker, other, unit, "forwarded")
    with pytest.raises(PermanentError):
        await feed(sessionmaker, RETIREMENTS, Envelope.of(decided(other, unit), source="personnel",
                                                          subject=str(other)))
