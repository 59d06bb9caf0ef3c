"""Deadline rules as data: anyone signed in reads them; only the Department adds a newer one, which ends
the one before it the day before (never edited otherwise, never deleted); each obligation is measured by
the rule in force on its own triggering date, those already open included."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from common.audit import AuditContext, AuditEntry
from common.errors import ValidationFailed
from transfer.deadlines import service
from transfer.deadlines.schemas import RuleCreate

RULES = "/api/transfer/deadline-rules"
DECREE_27 = {"obligation": "electronic_dossier", "working_days": 3, "valid_from": "2026-07-01",
             "legal_basis": "Nghị định 27/2026/NĐ-CP"}


async def test_the_seeded_rules_of_decision_16_are_listed_for_any_account(gateway, as_user):
    r = await gateway.get(RULES, headers=as_user("xa.phulinh"))
    assert r.status_code == 200
    by = {x["obligation"]: x for x in r.json() if x["valid_to"] is None}
    assert by["transfer_handover"]["working_days"] == 5 and "16/2020" in by["transfer_handover"]["legal_basis"]
    assert by["internal_move"]["working_days"] == 2 and by["new_record"]["obligation_name"]
    assert {"obligation", "working_days", "valid_from", "valid_to", "legal_basis"} <= set(by["status_change"])
    assert (await gateway.get(RULES)).status_code == 401


async def test_only_the_department_adds_rules_and_bad_ones_are_refused(gateway, as_user):
    assert (await gateway.post(RULES, headers=as_user("stp.officer"), json=DECREE_27)).status_code == 403
    admin = as_user("snv.admin")
    for body, field in (({**DECREE_27, "obligation": "make_tea"}, "obligation"),
                        ({**DECREE_27, "working_days": 61}, "working_days"),
                        ({**DECREE_27, "working_days": -1}, "working_days"),
                        ({**DECREE_27, "legal_basis": "   "}, "legal_basis"),
                        ({k: v for k, v in DECREE_27.items() if k != "legal_basis"}, "legal_basis"),
                        ({**DECREE_27, "obligation": "transfer_handover", "valid_from": "2019-01-01"}, "valid_from"),
                        ({**DECREE_27, "obligation": "transfer_handover", "valid_from": "2020-08-01"}, "valid_from")):
        r = await gateway.post(RULES, headers=admin, json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["error"] == "validation_failed" and r.json()["fields"][0]["field"] == field, r.text
        assert r.json()["fields"][0]["message"]


async def open_one(s, kind: str, trigger_on: date, label: str):  # type: ignore[no-untyped-def]
    return await service.open_obligation(s, kind=kind, unit_id="STP", trigger_on=trigger_on, label=label,
                                         case_id=uuid.uuid4())


async def test_decree_27_measures_electronic_dossiers_from_1_july_2026_only(sessionmaker):
    audit = AuditContext.system("transfer", "test")
    async with sessionmaker() as s, s.begin():
        rule = await service.add_rule(s, data=RuleCreate(**DECREE_27), audit=audit)
    async with sessionmaker() as s, s.begin():
        assert await open_one(s, "electronic_dossier", date(2026, 6, 30), "Trước") is None  # no rule then
        after = await open_one(s, "electronic_dossier", date(2026, 7, 3), "Sau")  # a Friday
        assert (after.working_days, after.due_on, after.rule_id) == (3, date(2026, 7, 8), rule.id)
        assert after.legal_basis == "Nghị định 27/2026/NĐ-CP"
        [entry] = (await s.scalars(select(AuditEntry).where(AuditEntry.resource_id == str(rule.id)))).all()
        assert (entry.action, entry.resource_type, entry.detail["valid_from"]) == ("create", "deadline_rule",
                                                                                   "2026-07-01")


async def test_a_newer_rule_ends_the_old_one_and_obligations_follow_their_own_date(sessionmaker):
    audit = AuditContext.system("transfer", "test")
    async with sessionmaker() as s, s.begin():
        opened_before = await open_one(s, "status_change", date(2026, 6, 26), "Trước")
        opened_after = await open_one(s, "status_change", date(2026, 7, 3), "Sau, mở trước khi có quy định mới")
    assert (opened_before.working_days, opened_after.working_days) == (5, 5)
    async with sessionmaker() as s, s.begin():
        await service.add_rule(s, data=RuleCreate(obligation="status_change", working_days=3,
                                                  valid_from=date(2026, 7, 1), legal_basis="Quy định mới (thử)"),
                               audit=audit)
    async with sessionmaker() as s, s.begin():
        rules = [r for r in await service.all_rules(s) if r.obligation == "status_change"]
        assert [(r.valid_from, r.valid_to, r.working_days) for r in rules] == [
            (date(2020, 8, 1), date(2026, 6, 30), 5), (date(2026, 7, 1), None, 3)]
        before = await open_one(s, "status_change", date(2026, 6, 26), "Trước")
        after = await open_one(s, "status_change", date(2026, 7, 3), "Sau")
        assert (before.working_days, after.working_days) == (5, 3)
        assert (after.due_on, after.legal_basis) == (date(2026, 7, 8), "Quy định mới (thử)")
        # The obligations opened before the rule was entered are measured by the rule of their own date too.
        assert (await s.get(type(opened_after), opened_after.id)).due_on == date(2026, 7, 8)
        assert (await s.get(type(opened_before), opened_before.id)).due_on == opened_before.due_on


async def test_a_rule_starting_with_or_before_the_newest_is_refused_and_changes_nothing(sessionmaker):
    audit = AuditContext.system("transfer", "test")
    async with sessionmaker() as s, s.begin():
        await service.add_rule(s, data=RuleCreate(obligation="internal_move", working_days=1,
                                                  valid_from=date(2027, 1, 1), legal_basis="Quy định A"), audit=audit)
    for day in (date(2027, 1, 1), date(2026, 12, 31)):
        with pytest.raises(ValidationFailed):
            async with sessionmaker() as s, s.begin():
                await service.add_rule(s, data=RuleCreate(obligation="internal_move", working_days=4,
                                                          valid_from=day, legal_basis="Quy định B"), audit=audit)
    async with sessionmaker() as s:
        rules = [(r.valid_from, r.valid_to, r.legal_basis) for r in await service.all_rules(s)
                 if r.obligation == "internal_move"]
    assert rules == [(date(2020, 8, 1), date(2026, 12, 31), "Quyết định 16/2020/QĐ-UBND tỉnh Tuyên Quang, "
                                                              "Điều 10 khoản 1"),
                     (date(2027, 1, 1), None, "Quy định A")]
