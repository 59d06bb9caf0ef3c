"""Deadline rules as data: anyone reads them; only the Department adds a newer one, which closes the old."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from common.audit import AuditContext
from common.db import make_engine, make_sessionmaker
from transfer.deadlines import service
from transfer.deadlines.schemas import RuleCreate


async def test_the_seeded_rules_of_decision_16_are_listed(gateway, as_user):
    r = await gateway.get("/api/transfer/deadline-rules", headers=as_user("xa.phulinh"))
    assert r.status_code == 200
    by = {x["obligation"]: x for x in r.json() if x["valid_to"] is None}
    assert by["transfer_handover"]["working_days"] == 5 and "16/2020" in by["transfer_handover"]["legal_basis"]
    assert by["internal_move"]["working_days"] == 2 and by["new_record"]["obligation_name"]


async def test_only_the_department_adds_rules_and_bad_ones_change_nothing(gateway, as_user):
    body = {"obligation": "electronic_dossier", "working_days": 3, "valid_from": "2026-07-01",
            "legal_basis": "Nghị định 27/2026/NĐ-CP"}
    assert (await gateway.post("/api/transfer/deadline-rules", headers=as_user("stp.officer"),
                               json=body)).status_code == 403
    bad = await gateway.post("/api/transfer/deadline-rules", headers=as_user("snv.admin"),
                             json={**body, "obligation": "make_tea"})
    assert bad.status_code == 422 and bad.json()["fields"][0]["field"] == "obligation"
    too_many = await gateway.post("/api/transfer/deadline-rules", headers=as_user("snv.admin"),
                                  json={**body, "working_days": 999})
    assert too_many.status_code == 422
    older = await gateway.post("/api/transfer/deadline-rules", headers=as_user("snv.admin"),
                               json={**body, "obligation": "transfer_handover", "valid_from": "2019-01-01"})
    assert older.status_code == 422 and older.json()["fields"][0]["field"] == "valid_from"


@pytest.fixture
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("transfer"), pool_size=2)
    yield make_sessionmaker(engine)
    await engine.dispose()


async def test_a_newer_rule_ends_the_old_one_and_obligations_follow_their_own_date(sessionmaker):
    audit = AuditContext.system("transfer", "test")
    async with sessionmaker() as s, s.begin():
        await service.seed_rules_if_empty(s)
    async with sessionmaker() as s, s.begin():
        await service.add_rule(s, data=RuleCreate(obligation="status_change", working_days=3,
                                                  valid_from="2026-07-01", legal_basis="Quy định mới (thử)"),
                               audit=audit)
    async with sessionmaker() as s, s.begin():
        rules = [r for r in await service.all_rules(s) if r.obligation == "status_change"]
        assert [(str(r.valid_to), r.working_days) for r in rules] == [("2026-06-30", 5), ("None", 3)]
        before = await service.open_obligation(s, kind="status_change", unit_id="STP", trigger_on=date(2026, 6, 26),
                                               label="Trước", case_id=uuid.uuid4())
        after = await service.open_obligation(s, kind="status_change", unit_id="STP", trigger_on=date(2026, 7, 3),
                                              label="Sau", case_id=uuid.uuid4())
        assert (before.working_days, after.working_days) == (5, 3)
