"""Obligations measured from personnel's events (Decision 16/2020 Art. 9): a new person entered within 10
working days of starting, a decision recorded within 10 working days (counted from its signing, the only
date the event carries). Each is opened and met once, however often the event is delivered."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from common import clock
from common.events.contracts.personnel import PersonCreated, PersonUpdated
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from transfer.deadlines.handlers import RECORD_DEADLINE_HANDLERS

RECORDS = Subscription("record-deadlines", dict(RECORD_DEADLINE_HANDLERS))


def created(person: str, *, started: date | None, approved: datetime, name: str = "Lê Văn Mới") -> Envelope:
    return Envelope.of(PersonCreated(person_id=person, version=1, unit_id="STP", status="DANG_CONG_TAC",
                                     full_name=name, first_recruited_on=started, approved_at=approved,
                                     approved_by="stp.leader"), source="personnel", subject=person)


def updated(person: str, *, version: int, number: str | None, signed: date | None, approved: datetime,
            approved_by: str = "stp.leader") -> Envelope:
    return Envelope.of(PersonUpdated(person_id=person, version=version, unit_id="STP", status="DANG_CONG_TAC",
                                     full_name="Lê Văn Mới", decision_number=number, decision_signed_on=signed,
                                     approved_at=approved, approved_by=approved_by),
                       source="personnel", subject=person)


async def test_a_new_person_entered_late_is_measured_from_the_start_once(sessionmaker):
    person = str(uuid.uuid4())
    event = created(person, started=date(2026, 11, 2), approved=datetime(2026, 11, 20, 3, 0, tzinfo=UTC))
    [o] = (await feed(sessionmaker, RECORDS, event)).table("obligation")
    # Started Monday 2 November: 10 working days -> Monday 16 November; entered on the 20th: late.
    assert (o["kind"], o["unit_id"], str(o["person_id"]), o["trigger_on"], o["due_on"]) == (
        "new_record", "STP", person, date(2026, 11, 2), date(2026, 11, 16))
    assert clock.vietnam_date(o["done_at"]) == date(2026, 11, 20)
    assert o["label"] == "Lê Văn Mới — bắt đầu làm việc ngày 02/11/2026"
    assert (await feed(sessionmaker, RECORDS, event)).outcome == "duplicate"
    # The same fact in another envelope (a re-publication) opens nothing more and keeps the first time.
    again = created(person, started=date(2026, 11, 2), approved=datetime(2026, 12, 1, 3, 0, tzinfo=UTC))
    assert (await feed(sessionmaker, RECORDS, again)).rows == {}


async def test_a_record_entered_before_the_person_starts_is_on_time(sessionmaker):
    event = created(str(uuid.uuid4()), started=date(2026, 12, 1), approved=datetime(2026, 11, 25, 3, tzinfo=UTC))
    [o] = (await feed(sessionmaker, RECORDS, event)).table("obligation")
    assert clock.vietnam_date(o["done_at"]) < o["trigger_on"] < o["due_on"]


async def test_records_without_a_start_or_of_long_serving_staff_are_not_measured(sessionmaker):
    approved = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
    assert (await feed(sessionmaker, RECORDS, created(str(uuid.uuid4()), started=None, approved=approved))).rows == {}
    veteran = created(str(uuid.uuid4()), started=date(2005, 9, 1), approved=approved, name="Cũ")
    assert (await feed(sessionmaker, RECORDS, veteran)).rows == {}  # the initial load is not a new person


async def test_a_decision_is_measured_from_its_signing_and_met_by_its_first_approval(sessionmaker):
    person = str(uuid.uuid4())
    first = updated(person, version=2, number="45/QĐ-STP", signed=date(2026, 11, 23),
                    approved=datetime(2026, 11, 24, 2, 0, tzinfo=UTC))
    [d] = (await feed(sessionmaker, RECORDS, first)).table("obligation")
    # Signed Monday 23 November; 24 November is Vietnam Culture Day: 10 working days end on 8 December.
    assert (d["kind"], d["trigger_on"], d["due_on"]) == ("decision_update", date(2026, 11, 23), date(2026, 12, 8))
    assert clock.vietnam_date(d["done_at"]) == date(2026, 11, 24)
    assert d["label"] == "Lê Văn Mới — QĐ số 45/QĐ-STP ký ngày 23/11/2026 (tính hạn từ ngày ký)"
    # A later version recording the same decision (a correction) is not a second obligation.
    correction = updated(person, version=3, number="45/QĐ-STP", signed=date(2026, 11, 23),
                         approved=datetime(2026, 12, 20, 2, 0, tzinfo=UTC))
    assert (await feed(sessionmaker, RECORDS, correction)).rows == {}
    # Another decision for the same person is.
    other = updated(person, version=4, number="46/QĐ-STP", signed=date(2026, 12, 1),
                    approved=datetime(2026, 12, 2, 2, 0, tzinfo=UTC))
    assert len((await feed(sessionmaker, RECORDS, other)).table("obligation")) == 1


async def test_changes_without_a_dated_decision_and_moves_of_a_case_are_not_measured_here(sessionmaker):
    person = str(uuid.uuid4())
    at = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    for event in (updated(person, version=2, number=None, signed=None, approved=at),
                  updated(person, version=3, number="47/QĐ-STP", signed=None, approved=at),
                  updated(person, version=4, number="48/QĐ-UBND", signed=date(2026, 11, 20), approved=at,
                          approved_by=f"transfer:{uuid.uuid4()}")):
        assert (await feed(sessionmaker, RECORDS, event)).rows == {}
