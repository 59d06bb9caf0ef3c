"""Timeliness (Art. 9, 16.5, 16.6): what each unit owed in a period, done on time, late or still open past
its date; the share on time per unit, ranked; the overdue list in working days; the report in Excel. Each
account sees its own subtree, the Department every unit."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from common import clock
from common.audit import AuditContext, AuditEntry
from common.auth import PROVINCE_ADMIN, UNIT_OFFICER, Principal
from common.db import make_engine, make_sessionmaker
from common.errors import NotFound, ValidationFailed
from common.scope import UnitNode
from transfer.deadlines import service as deadlines
from transfer.deadlines.tables import Obligation
from transfer.timeliness import service

from .conftest import TRANSFER, decision

ADMIN = Principal(subject="snv", username="snv.admin", unit_id="P", roles=frozenset({PROVINCE_ADMIN}))
OFFICER_A = Principal(subject="a", username="a.officer", unit_id="A", roles=frozenset({UNIT_OFFICER}))
MARCH = (date(2027, 3, 1), date(2027, 3, 31))
TODAY = date(2027, 3, 10)  # a Wednesday


async def under_stp(gateway, as_user, unit_id: str) -> bool:
    while unit_id and unit_id != "STP":
        r = await gateway.get(f"/api/org/units/{unit_id}", headers=as_user("snv.admin"))
        assert r.status_code == 200, r.text
        unit_id = r.json()["parent_id"]
    return unit_id == "STP"


async def test_a_dossier_handed_over_the_day_it_takes_effect_counts_on_time(gateway, as_user, new_person):
    person = await new_person("STP", "Quan Văn Kịp")
    today = clock.today().isoformat()
    r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("stp.officer"), json={
        "kind": "transfer", "person_id": person, "to_unit_id": "SCT",
        **decision(decision_signed_on=today, effective_on=today)})
    assert r.status_code == 201, r.text
    period = {"from": today, "to": "2027-12-31", "unit_id": "STP"}
    before = (await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("snv.admin"), params=period)).json()
    await gateway.post(f"{TRANSFER}/cases/{r.json()['id']}/send", headers=as_user("stp.officer"))
    after = (await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("snv.admin"), params=period)).json()
    on_time = {u["unit_id"]: u["on_time"] for u in after["units"]}
    assert on_time["STP"] == {u["unit_id"]: u["on_time"] for u in before["units"]}.get("STP", 0) + 1
    # The receiver (Sở Công Thương) now owes its part, visible to the Department, not to Sở Tư pháp.
    mine = (await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("stp.officer"),
                              params={"from": today, "to": "2027-12-31"})).json()
    # Sở Tư pháp's subtree only, as org's tree says (other tests leave their own units in it).
    assert mine["units"] and all([await under_stp(gateway, as_user, u["unit_id"]) for u in mine["units"]])
    sheet = await gateway.get(f"{TRANSFER}/timeliness/export.xlsx", headers=as_user("snv.admin"),
                              params={"from": today, "to": "2027-12-31"})
    assert sheet.status_code == 200 and ".xlsx" in sheet.headers["content-disposition"]
    rows = list(openpyxl.load_workbook(io.BytesIO(sheet.content)).active.iter_rows(values_only=True))
    assert rows[2][:4] == ("Xếp hạng", "Mã đơn vị", "Đơn vị", "Số việc đến hạn")
    assert "Sở Tư pháp" in [row[2] for row in rows[3:]]
    overdue = await gateway.get(f"{TRANSFER}/timeliness/overdue", headers=as_user("stp.officer"))
    assert overdue.status_code == 200 and all(i["working_days_overdue"] >= 1 for i in overdue.json())


async def test_bad_periods_and_units_out_of_scope_are_refused(gateway, as_user):
    bad = await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("snv.admin"),
                            params={"from": "2026-12-31", "to": "2026-01-01"})
    assert bad.status_code == 422 and bad.json()["fields"][0]["field"] == "to"
    assert (await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("snv.admin"),
                              params={"from": "31/12/2026"})).status_code == 422
    other = await gateway.get(f"{TRANSFER}/timeliness", headers=as_user("stp.officer"), params={"unit_id": "SCT"})
    assert other.status_code == 404
    assert (await gateway.get(f"{TRANSFER}/timeliness")).status_code == 401


def done(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 3, 0, tzinfo=UTC)  # 10:00 in Vietnam


@pytest.fixture(scope="module")
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    """Units P > A > A1 and P > B, and what each owed around March 2027."""
    engine = make_engine(migrated_db("transfer"), pool_size=2)
    sm = make_sessionmaker(engine)
    async with sm() as s, s.begin():
        for unit_id, path, name in (("P", ["P"], "UBND tỉnh"), ("A", ["P", "A"], "Sở A"),
                                    ("A1", ["P", "A", "A1"], "Phòng A1"), ("B", ["P", "B"], "Sở B")):
            s.add(UnitNode(unit_id=unit_id, parent_id=path[-2] if len(path) > 1 else None, name=name, path=path))
        for unit_id, due_on, done_on, cancelled, label in (
                ("A", date(2027, 3, 1), date(2027, 2, 26), False, "A đúng hạn"),
                ("A", date(2027, 3, 2), date(2027, 3, 4), False, "A trễ hạn"),
                ("A", date(2027, 3, 5), None, False, "A quá hạn"),
                ("A", date(2027, 3, 20), None, False, "A chưa đến hạn"),
                ("A", date(2027, 2, 15), None, False, "A quá hạn từ tháng trước"),
                ("A1", date(2027, 3, 3), date(2027, 3, 3), False, "A1 đúng hạn ngày cuối"),
                ("B", date(2027, 3, 4), date(2027, 3, 1), False, "B đúng hạn"),
                ("B", date(2027, 3, 8), date(2027, 3, 8), False, "B đúng hạn"),
                ("B", date(2027, 3, 5), None, True, "B hồ sơ đã hủy")):
            s.add(Obligation(kind="transfer_handover", unit_id=unit_id, label=label, trigger_on=due_on,
                             due_on=due_on, working_days=5, legal_basis="QĐ 16/2020",
                             done_at=done(done_on) if done_on else None,
                             cancelled_at=done(due_on) if cancelled else None, person_id=uuid.uuid4()))
    yield sm
    await engine.dispose()


async def test_units_are_ranked_by_share_on_time_and_equal_shares_share_the_rank(sessionmaker):
    async with sessionmaker() as s:
        report = await service.report(s, ADMIN, unit_id=None, start=MARCH[0], end=MARCH[1], today=TODAY)
    table = [(u.rank, u.unit_id, u.unit_name, u.due, u.on_time, u.late, u.open_overdue, u.open_not_due,
              u.share_on_time) for u in report.units]
    assert table == [(1, "B", "Sở B", 2, 2, 0, 0, 0, 1.0),
                     (1, "A1", "Phòng A1", 1, 1, 0, 0, 0, 1.0),
                     (3, "A", "Sở A", 4, 1, 1, 1, 1, 0.3333)]
    assert (report.due, report.on_time, report.late, report.open_overdue, report.share_on_time) == (
        7, 4, 1, 1, 0.6667)


async def test_an_officer_sees_the_own_subtree_and_no_other_unit(sessionmaker):
    async with sessionmaker() as s:
        mine = await service.report(s, OFFICER_A, unit_id=None, start=MARCH[0], end=MARCH[1], today=TODAY)
        assert {u.unit_id for u in mine.units} == {"A", "A1"}
        sub = await service.report(s, ADMIN, unit_id="A1", start=MARCH[0], end=MARCH[1], today=TODAY)
        assert [u.unit_id for u in sub.units] == ["A1"]
        with pytest.raises(NotFound):
            await service.report(s, OFFICER_A, unit_id="B", start=MARCH[0], end=MARCH[1], today=TODAY)
        with pytest.raises(NotFound):
            await service.overdue(s, OFFICER_A, unit_id="B", today=TODAY)
    with pytest.raises(ValidationFailed):
        service.period(date(2027, 3, 31), date(2027, 3, 1), TODAY)
    assert service.period(None, None, TODAY) == (date(2027, 3, 1), TODAY)


async def test_the_overdue_list_counts_working_days_since_the_due_date(sessionmaker):
    async with sessionmaker() as s:
        items = await service.overdue(s, ADMIN, unit_id=None, today=TODAY)
        assert [(i.label, i.due_on, i.working_days_overdue) for i in items] == [
            # Monday 15 February (after Tết 2027) to Wednesday 10 March: 17 working days.
            ("A quá hạn từ tháng trước", date(2027, 2, 15), 17),
            # Friday 5 March: Monday, Tuesday, Wednesday.
            ("A quá hạn", date(2027, 3, 5), 3)]
        assert items[0].kind_name == "Bàn giao hồ sơ cho đơn vị nhận" and items[0].unit_name == "Sở A"
        assert await service.overdue(s, ADMIN, unit_id="B", today=TODAY) == []
        # Due today is not overdue yet.
        assert [i.label for i in await service.overdue(s, ADMIN, unit_id=None, today=date(2027, 3, 5))] == [
            "A quá hạn từ tháng trước"]


async def test_the_excel_report_has_vietnamese_headers_dates_and_a_total_and_is_audited(sessionmaker):
    audit = AuditContext.system("transfer", "test")
    async with sessionmaker() as s, s.begin():
        content, filename = await service.export(s, ADMIN, unit_id=None, start=MARCH[0], end=MARCH[1],
                                                 today=TODAY, audit=audit)
    assert filename == "Tính kịp thời cập nhật hồ sơ 01-03-2027 đến 31-03-2027.xlsx"
    rows = list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert rows[0][0] == "Tình hình cập nhật hồ sơ đúng hạn từ ngày 01/03/2027 đến ngày 31/03/2027"
    assert rows[2] == ("Xếp hạng", "Mã đơn vị", "Đơn vị", "Số việc đến hạn", "Đúng hạn", "Trễ hạn",
                       "Quá hạn chưa thực hiện", "Chưa đến hạn", "Tỷ lệ đúng hạn (%)")
    assert rows[3] == (1, "B", "Sở B", 2, 2, 0, 0, 0, 100)
    assert rows[5] == (3, "A", "Sở A", 4, 1, 1, 1, 1, 33.3)
    assert rows[6] == (None, None, "Toàn bộ", 7, 4, 1, 1, 1, 66.7)
    async with sessionmaker() as s:
        entries = (await s.scalars(select(AuditEntry).where(AuditEntry.resource_type == "timeliness_report"))).all()
    assert [(e.action, e.detail["from"], e.detail["units"]) for e in entries] == [("export", "2027-03-01", 3)]


async def test_an_obligation_opened_by_the_deadlines_counts_in_its_units_period(sessionmaker):
    async with sessionmaker() as s, s.begin():
        await deadlines.seed_rules_if_empty(s)
        o = await deadlines.open_obligation(s, kind="status_change", unit_id="B", trigger_on=date(2027, 4, 1),
                                            label="Nghỉ hưu", case_id=uuid.uuid4())
        assert o.due_on == date(2027, 4, 8)
    async with sessionmaker() as s:
        april = await service.report(s, ADMIN, unit_id="B", start=date(2027, 4, 1), end=date(2027, 4, 30),
                                     today=date(2027, 4, 9))
    assert [(u.unit_id, u.due, u.open_overdue, u.share_on_time) for u in april.units] == [("B", 1, 1, 0.0)]
