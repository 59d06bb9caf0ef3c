"""The due lists over HTTP (issue 12, item 3), in-process on a migrated database with real tokens: each
person's due rows are written in the transaction that approves a version (and again on a status event or a
retirement override), listed per kind and month within the account's unit subtree, exported to Excel with
Vietnamese headers, and computed again identically by the rebuild command; a transfer applied by the saga
moves them to the new unit. Bad kind or month: 422 in Vietnamese."""

from __future__ import annotations

import io
import uuid
from datetime import date

import openpyxl
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker

from common import clock
from common.db import make_engine, make_sessionmaker
from common.events.contracts.transfer import Decision, MoveDecided
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from personnel.careers import due_lists
from personnel.moves.handlers import MOVE_HANDLERS

from .test_careers_api import A1_STEP_3, LEADER, OFFICER, OTHER, approved, profile


@pytest.fixture(scope="module")
async def people(api, as_user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Two people of Sở Tư pháp, one of them in its office."""
    return {
        "head": await approved(api, as_user, profile(
            "Hoàng Văn Hạn", born="1966-05-20", gender="1", salary=A1_STEP_3,
            positions={"current_position": "Phó Giám đốc Sở", "appointed_on": "2021-10-15"})),
        "office": await approved(api, as_user, profile(
            "Lý Thị Khung", born="1975-03-03", gender="2",
            salary={"rank_code": "01.003", "salary_step": 9, "salary_coefficient": "4.98",
                    "salary_effective_on": "2020-03-01", "beyond_frame_percent": "7",
                    "beyond_frame_effective_on": "2025-03-01"}), unit_id="STP_VP"),
    }


def names(r) -> list[str]:  # type: ignore[no-untyped-def]
    assert r.status_code == 200, r.text
    return [i["full_name"] for i in r.json()["items"]]


class TestLists:
    async def test_raises_of_a_month_within_the_subtree(self, api, as_user, people):
        r = await api.get("/due-lists", params={"kind": "raise", "month": "2026-07"}, headers=as_user(OFFICER))
        assert names(r) == ["Hoàng Văn Hạn"]
        body = r.json()
        assert (body["total"], body["date_from"], body["date_to"]) == (1, "2026-07-01", "2026-07-31")
        [item] = body["items"]
        assert (item["due_on"], item["unit_name"], item["details"]["step"], item["details"]["next_step"],
                item["details"]["next_coefficient"]) == ("2026-07-01", "Sở Tư pháp", 3, 4, "3.33")
        # A commune's officer does not see him; a province-wide account does.
        r = await api.get("/due-lists", params={"kind": "raise", "month": "2026-07"}, headers=as_user(OTHER))
        assert (names(r), r.json()["total"]) == ([], 0)
        r = await api.get("/due-lists", params={"kind": "raise", "month": "2026-07"}, headers=as_user("snv.admin"))
        assert names(r) == ["Hoàng Văn Hạn"]

    async def test_a_unit_outside_the_scope_lists_nobody_and_a_sub_unit_only_its_people(self, api, as_user, people):
        r = await api.get("/due-lists", params={"kind": "raise", "month": "2026-07", "unit_id": "00706"},
                          headers=as_user(OFFICER))
        assert (names(r), r.json()["total"]) == ([], 0)
        r = await api.get("/due-lists", params={"kind": "beyond_frame", "month": "2026-03", "unit_id": "STP_VP"},
                          headers=as_user(LEADER))
        assert names(r) == ["Lý Thị Khung"]
        assert r.json()["items"][0]["details"]["beyond_frame_percent"] == 8

    async def test_retirements_within_twelve_months_with_notice_and_decision(self, api, as_user, people):
        with clock.frozen(date(2027, 12, 15)):
            r = await api.get("/due-lists", params={"kind": "retirement"}, headers=as_user(OFFICER))
            assert names(r) == ["Hoàng Văn Hạn"]
            [item] = r.json()["items"]
            assert (item["due_on"], item["details"]["notice_due"], item["details"]["decision_due"],
                    item["state"]) == ("2028-05-31", "2027-11-30", "2028-02-29", "notice_overdue")
            r = await api.get("/due-lists", params={"kind": "retirement", "within_months": 3},
                              headers=as_user(OFFICER))
            assert names(r) == []

    async def test_terms_ending_with_their_warning_and_overdue_marks(self, api, as_user, people):
        # term from 2021-10-15 ends 2026-10-14; warn from 2026-06-16, the procedure starts by 2026-07-16.
        for today, expected in ((date(2026, 6, 1), "running"), (date(2026, 6, 20), "warning"),
                                (date(2026, 7, 16), "overdue")):
            with clock.frozen(today):
                r = await api.get("/due-lists", params={"kind": "term", "month": "2026-10"}, headers=as_user(OFFICER))
                [item] = r.json()["items"]
                assert (item["due_on"], item["details"]["procedure_start_by"], item["state"]) == (
                    "2026-10-14", "2026-07-16", expected)
        with clock.frozen(date(2026, 7, 1)):  # without a month: the terms ending within 120 days
            r = await api.get("/due-lists", params={"kind": "term"}, headers=as_user(OFFICER))
            assert names(r) == ["Hoàng Văn Hạn"]

    @pytest.mark.parametrize(("params", "field", "code"), [
        ({"kind": "promotion"}, "kind", "due_list.unknown_kind"),
        ({"kind": "raise", "month": "2026-13"}, "month", "due_list.bad_month"),
        ({"kind": "raise", "month": "07/2026"}, "month", "due_list.bad_month"),
        ({"kind": "retirement", "within_months": 0}, "within_months", "due_list.bad_within_months"),
    ])
    async def test_bad_input_is_422_in_vietnamese(self, api, as_user, params, field, code):
        for path in ("/due-lists", "/due-lists/export.xlsx"):
            r = await api.get(path, params=params, headers=as_user(OFFICER))
            assert r.status_code == 422, r.text
            assert r.headers["content-language"] == "vi"
            [f] = r.json()["fields"]
            assert (f["field"], f["code"]) == (field, code) and f["message"] != code

    async def test_excel_with_vietnamese_headers(self, api, as_user, people):
        r = await api.get("/due-lists/export.xlsx", params={"kind": "raise", "month": "2026-07"},
                          headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
        sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
        assert sheet["A1"].value.startswith("Danh sách đến hạn nâng bậc lương thường xuyên")
        headers = [c.value for c in sheet[3]]
        assert headers[:4] == ["STT", "Họ và tên", "Ngày sinh", "Đơn vị"] and "Ngày đến hạn nâng lương" in headers
        assert [row[1] for row in sheet.iter_rows(min_row=4, values_only=True)] == ["Hoàng Văn Hạn"]


class TestRefresh:
    async def test_a_person_who_leaves_drops_out_of_every_list(self, api, as_user, personnel_db):
        person = await approved(api, as_user, profile("Đinh Văn Đi", born="1970-01-10", gender="1",
                                                      salary=A1_STEP_3))
        r = await api.get("/due-lists", params={"kind": "raise", "month": "2026-07"}, headers=as_user(OFFICER))
        assert "Đinh Văn Đi" in names(r)
        r = await api.post(f"/persons/{person}/status-events", json={
            "status": "THOI_VIEC", "effective_on": "2026-01-01", "decision_number": "1/QĐ-STP",
            "decision_signed_on": "2026-01-01"}, headers=as_user(LEADER))
        assert r.status_code == 201, r.text
        r = await api.get("/due-lists", params={"kind": "raise", "month": "2026-07"}, headers=as_user(OFFICER))
        assert "Đinh Văn Đi" not in names(r)

    async def test_an_approved_change_moves_the_date(self, api, as_user):
        person = await approved(api, as_user, profile("Bùi Văn Đổi", born="1982-04-04", gender="1",
                                                      salary=A1_STEP_3))
        r = await api.post("/change-requests", json={"person_id": person, "profile": profile(
            "Bùi Văn Đổi", born="1982-04-04", gender="1", salary={**A1_STEP_3, "salary_effective_on": "2024-02-01"})},
            headers=as_user(OFFICER))
        assert r.status_code == 201, r.text
        cr = r.json()["id"]
        assert (await api.post(f"/change-requests/{cr}/submit", headers=as_user(OFFICER))).status_code == 200
        assert (await api.post(f"/change-requests/{cr}/approve", json={}, headers=as_user(LEADER))).status_code == 200
        r = await api.get("/due-lists", params={"kind": "raise", "month": "2027-02"}, headers=as_user(OFFICER))
        assert "Bùi Văn Đổi" in names(r)
        r = await api.get("/due-lists", params={"kind": "raise", "month": "2026-07"}, headers=as_user(OFFICER))
        assert "Bùi Văn Đổi" not in names(r)

    async def test_the_rebuild_computes_the_same_rows(self, api, as_user, people, personnel_db):
        engine = make_engine(personnel_db, pool_size=1)
        query = text("select person_id, kind, due_on, unit_id, details from due_entry order by 1, 2")
        try:
            async with engine.connect() as conn:
                before = (await conn.execute(query)).all()
            async with async_sessionmaker(engine)() as session, session.begin():
                people_count, rows = await due_lists.rebuild(session)
            async with engine.connect() as conn:
                after = (await conn.execute(query)).all()
        finally:
            await engine.dispose()
        assert before == after and rows == len(after) > 0 and people_count >= 3

    async def test_a_transfer_applied_by_the_saga_moves_the_rows_to_the_new_unit(self, api, as_user, personnel_db):
        """transfer's move publishes a version through the same publish_version: the rows follow the person."""
        person = await approved(api, as_user, profile("Lường Văn Chuyển", born="1979-09-09", gender="1",
                                                      salary=A1_STEP_3))
        case = str(uuid.uuid4())
        envelope = Envelope.of(MoveDecided(
            move_id=f"{case}:{person}", case_id=case, kind="transfer", person_id=person, from_unit_id="STP",
            to_unit_id="00706", to_unit_name="Xã Phú Linh",
            decision=Decision(number="7/QĐ-UBND", signed_on="2026-11-20", effective_on="2026-11-25")),
            source="transfer", subject=person)
        engine = make_engine(personnel_db, pool_size=2)
        try:
            await feed(make_sessionmaker(engine), Subscription("moves", dict(MOVE_HANDLERS)), envelope)
        finally:
            await engine.dispose()
        july = {"kind": "raise", "month": "2026-07"}
        assert "Lường Văn Chuyển" not in names(await api.get("/due-lists", params=july, headers=as_user(OFFICER)))
        assert "Lường Văn Chuyển" in names(await api.get("/due-lists", params=july, headers=as_user(OTHER)))

    async def test_an_early_retirement_moves_the_retirement_row_and_its_withdrawal_moves_it_back(self, api, as_user):
        person = await approved(api, as_user, profile("Vi Văn Sớm", born="1967-03-10", gender="1", salary=A1_STEP_3))

        async def retiring(month: str) -> list[str]:
            return names(await api.get("/due-lists", params={"kind": "retirement", "month": month},
                                       headers=as_user(OFFICER)))

        statutory = (await api.get(f"/persons/{person}/due-dates", headers=as_user(OFFICER))).json()["retirement"]
        month = statutory["retirement_date"][:7]
        assert "Vi Văn Sớm" in await retiring(month)
        r = await api.put(f"/persons/{person}/retirement-override", json={
            "retirement_date": "2027-06-30", "kind": "early", "legal_basis": "Khoản 2 Điều 169 Bộ luật Lao động"},
            headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        assert "Vi Văn Sớm" in await retiring("2027-06") and "Vi Văn Sớm" not in await retiring(month)
        r = await api.delete(f"/persons/{person}/retirement-override", headers=as_user(LEADER))
        assert r.status_code == 204, r.text
        assert "Vi Văn Sớm" not in await retiring("2027-06") and "Vi Văn Sớm" in await retiring(month)
