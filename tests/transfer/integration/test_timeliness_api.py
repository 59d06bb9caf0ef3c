"""Timeliness: what each unit owed, on time or not, from cases and from personnel's records; Excel."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime

import openpyxl
import pytest

from common import clock
from common.db import make_engine, make_sessionmaker
from common.events.contracts.personnel import PersonCreated, PersonUpdated
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from transfer.deadlines import service
from transfer.deadlines.handlers import RECORD_DEADLINE_HANDLERS

from .conftest import TRANSFER, decision

RECORDS = Subscription("record-deadlines", dict(RECORD_DEADLINE_HANDLERS))


async def test_a_dossier_handed_over_the_day_it_takes_effect_counts_on_time(gateway, as_user, new_person):
    person = await new_person("STP", "Quan Văn Kịp")
    today = clock.today().isoformat()
    r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("stp.officer"), json={
        "kind": "transfer", "person_id": person, "to_unit_id": "SCT",
        **decision(decision_signed_on=today, effective_on=today)})
    assert r.status_code == 201, r.text
    before = (await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("snv.admin"),
                                params={"from": today, "to": "2027-12-31", "unit_id": "STP"})).json()
    await gateway.post(f"{TRANSFER}/cases/{r.json()['id']}/send", headers=as_user("stp.officer"))
    after = (await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("snv.admin"),
                               params={"from": today, "to": "2027-12-31", "unit_id": "STP"})).json()
    on_time = {u["unit_id"]: u["on_time"] for u in after["units"]}
    assert on_time["STP"] == {u["unit_id"]: u["on_time"] for u in before["units"]}.get("STP", 0) + 1
    # The receiver (Sở Công Thương) now owes its part, visible to the Department, not to Sở Tư pháp.
    mine = (await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("stp.officer"),
                              params={"from": today, "to": "2027-12-31"})).json()
    assert {u["unit_id"] for u in mine["units"]} <= {"STP", "STP.VP", "STP.HCTP"}
    sheet = await gateway.get(f"{TRANSFER}/timeliness/export.xlsx", headers=as_user("snv.admin"),
                              params={"from": today, "to": "2027-12-31"})
    assert sheet.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(sheet.content)).active.iter_rows(values_only=True))
    assert rows[2][:3] == ("Xếp hạng", "Đơn vị", "Phải thực hiện")
    assert "Sở Tư pháp" in [row[1] for row in rows[3:]]
    bad = await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("snv.admin"),
                            params={"from": "2026-12-31", "to": "2026-01-01"})
    assert bad.status_code == 422 and bad.json()["fields"][0]["field"] == "to"


@pytest.fixture
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("transfer"), pool_size=2)
    sm = make_sessionmaker(engine)
    async with sm() as s, s.begin():
        await service.seed_rules_if_empty(s)
    yield sm
    await engine.dispose()


async def test_a_new_record_entered_late_and_a_decision_recorded_in_time_are_measured(sessionmaker):
    person = str(uuid.uuid4())
    created = Envelope.of(PersonCreated(
        person_id=person, version=1, unit_id="STP", status="DANG_CONG_TAC", full_name="Lê Văn Mới",
        first_recruited_on=date(2026, 11, 2), approved_at=datetime(2026, 11, 20, 3, 0, tzinfo=UTC)),
        source="personnel", subject=person)
    written = await feed(sessionmaker, RECORDS, created)
    [o] = written.table("obligation")
    # Started Monday 2 November: 10 working days -> Monday 16 November; entered on the 20th: late.
    assert (o["kind"], o["due_on"], clock.vietnam_date(o["done_at"])) == ("new_record", date(2026, 11, 16),
                                                                          date(2026, 11, 20))
    assert (await feed(sessionmaker, RECORDS, created)).outcome == "duplicate"
    updated = Envelope.of(PersonUpdated(
        person_id=person, version=2, unit_id="STP", status="DANG_CONG_TAC", full_name="Lê Văn Mới",
        decision_number="45/QĐ-STP", decision_signed_on=date(2026, 11, 23),
        approved_at=datetime(2026, 11, 24, 2, 0, tzinfo=UTC)), source="personnel", subject=person)
    [d] = (await feed(sessionmaker, RECORDS, updated)).table("obligation")
    # Signed Monday 23 November; 24 November is Vietnam Culture Day: 10 working days end on 8 December.
    assert (d["kind"], d["due_on"]) == ("decision_update", date(2026, 12, 8))
    veteran = Envelope.of(PersonCreated(
        person_id=str(uuid.uuid4()), version=1, unit_id="STP", status="DANG_CONG_TAC", full_name="Cũ",
        first_recruited_on=date(2005, 9, 1), approved_at=datetime(2026, 11, 20, 3, 0, tzinfo=UTC)),
        source="personnel", subject=person)
    assert (await feed(sessionmaker, RECORDS, veteran)).rows == {}  # the initial load is not a new person
