"""The annual evaluation screens in a real browser (issue 13, items 1, 6 and 7): a unit's officer enters the
unit's list (the quota shown as one types), submits it; the unit's leader approves it with the decision; on the
profile of the person rated "Không hoàn thành nhiệm vụ" the raise clock (the due-date card) has moved by 6
months and, after a second poor year in a row, the R-43 flag shows. The Department's progress lists the unit.

The unit is a new division of the Department of Justice made by the test (so the test can run again on a stack
whose round already has every demo unit at some stage); its two people leave at the end."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date

import httpx
import pytest
from playwright.sync_api import Page, expect

from common.testing import stack

from .conftest import call, shot, sign_in

pytestmark = pytest.mark.browser

API = "/api/personnel"


def person(officer: str, leader: str, unit: str, name: str, evaluations: list[dict]) -> str:
    """A civil servant, A1 step 3 since 01/01/2025: the next raise is due 01/01/2028, +6 months for each poor year
    before it."""
    number = f"008085{uuid.uuid4().int % 1_000_000:06d}"
    cr = call(officer, "POST", f"{API}/change-requests", json={"unit_id": unit, "profile": {
        "identity": {"full_name": name, "gender": "1", "birth_date": "1985-04-10", "ethnicity": "01",
                     "religion": "00", "personal_id_number": number},
        "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "2010-09-01"},
        "salary": {"rank_code": "01.003", "salary_step": 3, "salary_coefficient": "3.00",
                   "salary_effective_on": "2025-01-01"},
        "evaluations": evaluations}})
    call(officer, "POST", f"{API}/change-requests/{cr['id']}/submit")
    call(leader, "POST", f"{API}/change-requests/{cr['id']}/approve")
    return str(cr["person_id"])


def this_years_round(admin: str) -> dict:
    year = date.today().year
    rounds = call(admin, "GET", f"{API}/evaluation-rounds")
    found = next((r for r in rounds if r["year"] == year), None)
    if found is None:
        found = call(admin, "POST", f"{API}/evaluation-rounds", json={"year": year})
    if found["state"] != "open":
        pytest.skip(f"the {year} round of this stack is closed")
    return found


def new_division(admin: str, officer: str, round_id: str) -> tuple[str, str]:
    code = f"STP_DG{uuid.uuid4().hex[:6].upper()}"
    name = f"Phòng Đánh giá thử {code[-6:]}"
    call(admin, "POST", "/api/org/units", json={"unit_id": code, "parent_id": "STP", "name": name,
                                                "decision_number": f"{code}/QĐ-UBND",
                                                "effective_on": date.today().isoformat()})
    deadline = time.monotonic() + 60  # personnel learns the unit from org's event
    with httpx.Client(base_url=stack.gateway_url(), timeout=30) as client:
        while client.get(f"{API}/evaluation-rounds/{round_id}/units/{code}",
                         headers={"Authorization": f"Bearer {officer}"}).status_code != 200:
            assert time.monotonic() < deadline, "personnel never learned the new unit"
            time.sleep(1)
    return code, name


def test_enter_approve_and_see_the_raise_clock_move(new_page: Callable[..., Page],
                                                    token_for: Callable[[str], str]) -> None:
    admin, officer, leader = token_for("snv.admin"), token_for("stp.officer"), token_for("stp.leader")
    rnd = this_years_round(admin)
    unit, unit_name = new_division(admin, officer, rnd["id"])
    tag = uuid.uuid4().hex[:4]
    poor_name, good_name = f"Nông Văn Kém {tag}", f"Hà Văn Tốt {tag}"
    poor = person(officer, leader, unit, poor_name, [{"year": rnd["year"] - 1, "rating": "KHTNV"}])
    good = person(officer, leader, unit, good_name, [])
    try:
        screens(new_page, rnd, unit, unit_name, poor, poor_name, good_name)
    finally:  # they leave again, so the demo's lists do not gather test people
        for who in (poor, good):
            leave(token_for("stp.leader"), who)


def leave(leader: str, who: str) -> None:
    for attempt in range(5):  # personnel may be restarting (another part of the stack changed)
        try:
            call(leader, "POST", f"{API}/persons/{who}/status-events", json={
                "status": "THOI_VIEC", "effective_on": date.today().isoformat(), "decision_number": "1/QĐ-STP",
                "decision_signed_on": date.today().isoformat()})
            return
        except AssertionError:
            if attempt == 4:
                raise
            time.sleep(3)


def screens(new_page: Callable[..., Page], rnd: dict, unit: str, unit_name: str, poor: str, poor_name: str,
            good_name: str) -> None:
    year = rnd["year"]
    page = new_page()
    sign_in(page, "stp.officer")
    # Before: one poor year already, the raise is due on 01/07/2028.
    page.goto(f"{stack.gateway_url()}/personnel/{poor}")
    expect(page.get_by_test_id("due-salary")).to_contain_text("01/07/2028")

    page.get_by_test_id("main-menu").get_by_text("Đánh giá, xếp loại").click()
    expect(page.get_by_test_id("rounds-table")).to_contain_text(str(year))
    shot(page, "evaluations-01-rounds")
    page.goto(f"{stack.gateway_url()}/evaluations/{rnd['id']}?unit={unit}")
    expect(page.get_by_test_id("sheet-unit")).to_have_text(unit_name)
    expect(page.get_by_test_id("sheet-state")).to_have_text("Chưa nhập")
    table = page.get_by_test_id("sheet-table")
    expect(table).to_contain_text(poor_name)
    expect(table).to_contain_text(good_name)
    rows = table.locator("tbody tr.ant-table-row")
    index = {rows.nth(i).locator("a").first.inner_text(): i for i in range(rows.count())}

    def rate(name: str, score: str, self_text: str) -> None:
        i = index[name]
        page.get_by_test_id(f"self-{i}").fill(self_text)
        box = page.locator(f"input[data-testid=score-{i}], [data-testid=score-{i}] input").first
        box.fill(score)
        box.press("Tab")

    # The score gives the level as one types, and the quota follows: one excellent of one good is too many.
    rate(good_name, "92", "Hoàn thành vượt mức kế hoạch")
    expect(page.get_by_test_id(f"rating-{index[good_name]}")).to_contain_text("Hoàn thành xuất sắc nhiệm vụ")
    expect(page.get_by_test_id("quota-cb_cc")).to_contain_text("1 xuất sắc / 0 tốt — tối đa 0")
    rate(poor_name, "40", "Chưa hoàn thành kế hoạch năm")
    expect(page.get_by_test_id(f"rating-{index[poor_name]}")).to_contain_text("Không hoàn thành nhiệm vụ")
    page.get_by_test_id("sheet-save").click()
    expect(page.get_by_test_id("sheet-errors")).to_contain_text("vượt quá 20%")
    expect(page.get_by_test_id("sheet-state")).to_have_text("Chưa nhập")  # nothing saved
    shot(page, "evaluations-02-quota-refused")

    rate(good_name, "85", "Hoàn thành tốt các nhiệm vụ được giao")
    expect(page.get_by_test_id(f"rating-{index[good_name]}")).to_contain_text("Hoàn thành tốt nhiệm vụ")
    expect(page.get_by_test_id("quota-cb_cc")).to_contain_text("0 xuất sắc / 1 tốt — tối đa 0")
    page.get_by_test_id("sheet-save").click()
    expect(page.get_by_test_id("sheet-state")).to_have_text("Đang nhập")
    expect(page.get_by_test_id(f"flag-{poor}")).to_be_visible()  # two poor years in a row
    page.get_by_test_id("sheet-submit").click()
    expect(page.get_by_test_id("sheet-state")).to_have_text("Chờ lãnh đạo duyệt")
    shot(page, "evaluations-03-submitted")

    # The leader approves with the decision.
    lead = new_page()
    sign_in(lead, "stp.leader")
    lead.goto(f"{stack.gateway_url()}/evaluations/{rnd['id']}?unit={unit}")
    expect(lead.get_by_test_id("sheet-state")).to_have_text("Chờ lãnh đạo duyệt")
    lead.get_by_test_id("decision-number").fill(f"{year}/QĐ-STP-ĐG")
    lead.get_by_test_id("sheet-approve").click()
    expect(lead.get_by_test_id("sheet-state")).to_have_text("Đã duyệt")
    expect(lead.get_by_test_id("sheet-decision")).to_contain_text(f"{year}/QĐ-STP-ĐG")
    shot(lead, "evaluations-04-approved")

    # The record: the raise clock moved by 6 months, the R-43 flag on the profile.
    lead.goto(f"{stack.gateway_url()}/personnel/{poor}")
    expect(lead.get_by_test_id("due-salary")).to_contain_text("01/01/2029")
    expect(lead.get_by_test_id("evaluation-card")).to_contain_text(f"{year}: Không hoàn thành nhiệm vụ")
    expect(lead.get_by_test_id("evaluation-flag")).to_contain_text("thôi việc")
    shot(lead, "evaluations-05-profile")

    # The Department's progress lists the unit as approved.
    dept = new_page()
    sign_in(dept, "snv.admin")
    dept.goto(f"{stack.gateway_url()}/evaluations/{rnd['id']}/progress")
    dept.get_by_placeholder("Tìm đơn vị").fill(unit_name)
    row = dept.get_by_test_id("progress-table").locator("tr", has_text=unit_name)
    expect(row).to_contain_text("Đã duyệt")
    expect(row).to_contain_text("2/2")
    expect(dept.get_by_test_id("progress-summary")).to_contain_text("đơn vị đã duyệt")
    shot(dept, "evaluations-06-progress")
