"""The career screens in a real browser (issue 12, item 6): an officer's due lists (a step raise of the
month and a term ending, by tab and month, and the Excel download), the due dates on the person's profile,
and the calculator for retirement, the next raise and reappointment."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from common.testing import stack

from .conftest import call, shot, sign_in

pytestmark = pytest.mark.browser



def deputy_director_in_stp(token_for: Callable[[str], str], name: str) -> str:
    """Born 20/05/1966 (retires 31/05/2028), A1 step 3 since 01/07/2023 (raise due 01/07/2026), appointed
    15/10/2021 (term ends 14/10/2026)."""
    officer, leader = token_for("stp.officer"), token_for("stp.leader")
    number = f"008066{uuid.uuid4().int % 1_000_000:06d}"
    cr = call(officer, "POST", "/api/personnel/change-requests", json={"unit_id": "STP", "profile": {
        "identity": {"full_name": name, "gender": "1", "birth_date": "1966-05-20", "ethnicity": "01",
                     "religion": "00", "personal_id_number": number},
        "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "1990-09-01"},
        "positions": {"current_position": "Phó Giám đốc Sở", "appointed_on": "2021-10-15"},
        "salary": {"rank_code": "01.003", "salary_step": 3, "salary_coefficient": "3.00",
                   "salary_effective_on": "2023-07-01"}}})
    call(officer, "POST", f"/api/personnel/change-requests/{cr['id']}/submit")
    call(leader, "POST", f"/api/personnel/change-requests/{cr['id']}/approve")
    return str(cr["person_id"])


def fill_date(page: Page, test_id: str, text: str) -> None:
    box = page.get_by_test_id(test_id).locator("input") if page.get_by_test_id(test_id).locator("input").count() \
        else page.get_by_test_id(test_id)
    box.click()
    box.fill(text)
    box.press("Enter")


def test_due_lists_profile_card_and_calculator(new_page: Callable[..., Page],
                                              token_for: Callable[[str], str]) -> None:
    name = f"Nông Văn Hạn {uuid.uuid4().hex[:4]}"
    person = deputy_director_in_stp(token_for, name)
    try:
        screens(new_page, name, person)
    finally:  # he leaves again, so the demo's lists do not gather test people
        call(token_for("stp.leader"), "POST", f"/api/personnel/persons/{person}/status-events", json={
            "status": "THOI_VIEC", "effective_on": "2026-01-01", "decision_number": "1/QĐ-STP",
            "decision_signed_on": "2026-01-01"})


def screens(new_page: Callable[..., Page], name: str, person: str) -> None:

    page = new_page()
    sign_in(page, "stp.officer")
    page.get_by_test_id("main-menu").get_by_text("Nâng lương - nghỉ hưu - bổ nhiệm lại").click()
    expect(page.get_by_test_id("due-tabs")).to_contain_text("Nâng bậc lương")
    expect(page.get_by_test_id("due-tabs")).to_contain_text("Hết nhiệm kỳ")

    # The step raises of July 2026, the month chosen in the picker.
    picker = page.get_by_test_id("due-month").locator("input")
    picker.click()
    picker.fill("07/2026")
    picker.press("Enter")
    expect(page).to_have_url(re.compile(r"month=2026-07"))
    row = page.get_by_test_id("due-table").locator("tr", has_text=name)
    expect(row).to_contain_text("01/07/2026")
    expect(row).to_contain_text("Sở Tư pháp")
    expect(row).to_contain_text("4 (3.33)")
    page.keyboard.press("Escape")
    shot(page, "careers-01-raises-due")
    with page.expect_download() as download:
        page.get_by_test_id("due-export").click()
    assert download.value.suggested_filename.endswith(".xlsx")

    # The terms ending in October 2026, with the day the reappointment procedure must start by.
    page.get_by_test_id("due-tab-term").click()
    picker.click()
    picker.fill("10/2026")
    picker.press("Enter")
    row = page.get_by_test_id("due-table").locator("tr", has_text=name)
    expect(row).to_contain_text("14/10/2026")
    expect(row).to_contain_text("16/07/2026")
    page.keyboard.press("Escape")
    shot(page, "careers-02-terms-ending")

    # The profile's card: the same dates from the approved record.
    row.get_by_role("link", name=name).click()
    expect(page).to_have_url(re.compile(f"/personnel/{person}"))
    card = page.get_by_test_id("due-dates-card")
    expect(card.get_by_test_id("due-retirement")).to_contain_text("31/05/2028")
    expect(card.get_by_test_id("due-salary")).to_contain_text("01/07/2026")
    expect(card.get_by_test_id("due-term")).to_contain_text("14/10/2026")
    shot(page, "careers-03-profile-due-dates")

    # The calculator.
    page.goto(stack.gateway_url() + "/careers/calculator")
    fill_date(page, "calc-birth-date", "20/05/1966")
    page.get_by_test_id("calc-retirement").click()
    answer = page.get_by_test_id("calc-retirement-answer")
    expect(answer).to_contain_text("31/05/2028")
    expect(answer).to_contain_text("30/11/2027")
    fill_date(page, "calc-step-start", "01/07/2023")
    page.get_by_test_id("calc-raise").click()
    expect(page.get_by_test_id("calc-raise-answer")).to_contain_text("01/07/2026")
    fill_date(page, "calc-term-start", "15/10/2021")
    page.get_by_test_id("calc-term").click()
    expect(page.get_by_test_id("calc-term-answer")).to_contain_text("14/10/2026")
    expect(page.get_by_test_id("calc-term-answer")).to_contain_text("16/07/2026")
    # An unknown group is refused with the service's Vietnamese message.
    page.get_by_test_id("calc-group").fill("A9")
    page.get_by_test_id("calc-raise").click()
    expect(page.get_by_test_id("calc-error")).to_contain_text("Nhóm lương không có trong danh mục bậc lương")
    shot(page, "careers-04-calculator")


def test_batch_decision_from_the_due_list_to_the_records(new_page: Callable[..., Page],
                                                         token_for: Callable[[str], str]) -> None:
    """The officer picks a person due a raise in July 2026, the system proposes step 4 (3.33) on the base
    salary of July 2026, the decision is created and submitted; the leader sees the person's changes field by
    field and approves; the record holds the new step."""
    name = f"Đàm Văn Lương {uuid.uuid4().hex[:4]}"
    person = deputy_director_in_stp(token_for, name)
    try:
        batch_screens(new_page, name, person, token_for)
    finally:
        call(token_for("stp.leader"), "POST", f"/api/personnel/persons/{person}/status-events", json={
            "status": "THOI_VIEC", "effective_on": "2026-01-01", "decision_number": "1/QĐ-STP",
            "decision_signed_on": "2026-01-01"})


def batch_screens(new_page: Callable[..., Page], name: str, person: str, token_for: Callable[[str], str]) -> None:
    page = new_page()
    sign_in(page, "stp.officer")
    # The dashboard counts the unit's due lists; each figure opens its list.
    expect(page.get_by_test_id("figure-due-raise")).to_contain_text("Đến hạn nâng lương tháng này")
    expect(page.get_by_test_id("figure-due-retirement")).to_contain_text("Nghỉ hưu trong 12 tháng tới")
    page.goto(stack.gateway_url() + "/careers?kind=raise&month=2026-07")
    row = page.get_by_test_id("due-table").locator("tr", has_text=name)
    row.locator("input[type=checkbox]").check()
    page.get_by_test_id("due-decide").click()
    expect(page).to_have_url(re.compile(r"/careers/batches/new"))
    proposal = page.get_by_test_id("proposal-table").locator("tr", has_text=name)
    expect(proposal).to_contain_text("4 (3.33)")
    expect(proposal).to_contain_text("01/07/2026")
    expect(proposal).to_contain_text("8.424.900")
    page.get_by_test_id("batch-number").fill(f"{uuid.uuid4().int % 1000}/QĐ-STP")
    signed = page.get_by_test_id("batch-signed-on").locator("input") \
        if page.get_by_test_id("batch-signed-on").locator("input").count() else page.get_by_test_id("batch-signed-on")
    signed.click()
    signed.fill("20/06/2026")
    signed.press("Tab")  # Enter would submit the form
    page.keyboard.press("Escape")
    shot(page, "careers-04-batch-proposal")
    page.get_by_test_id("batch-create").click()
    expect(page).to_have_url(re.compile(r"/careers/batches/[0-9a-f-]{36}$"))
    batch_url = page.url
    expect(page.get_by_test_id("batch-state")).to_have_text("Bản nháp")
    page.get_by_test_id("batch-submit").click()
    expect(page.get_by_test_id("batch-state")).to_have_text("Chờ duyệt")

    leader = new_page()
    sign_in(leader, "stp.leader")
    leader.goto(batch_url)
    expect(leader.get_by_test_id("batch-items")).to_contain_text(name)
    diff = leader.get_by_test_id("batch-diff")
    expect(diff).to_contain_text("Bậc lương")
    expect(diff).to_contain_text("3,33")
    shot(leader, "careers-05-batch-review")
    leader.get_by_test_id("batch-approve").click()
    expect(leader.get_by_test_id("batch-state")).to_have_text("Đã duyệt")
    record = call(token_for("stp.leader"), "GET", f"/api/personnel/persons/{person}")
    assert (record["profile"]["salary"]["salary_step"], record["profile"]["salary"]["salary_coefficient"]) == (
        4, "3.33")
