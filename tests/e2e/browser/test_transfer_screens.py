"""The transfer screens in a real browser: the sending officer's outbox, the receiving unit's inbox,
a case moved along by its buttons until the record follows, the deadlines with working days left, and
the form that asks each kind of case only for what it needs."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta

import httpx
import pytest
from playwright.sync_api import Page, expect

from common import clock
from common.testing import stack

from .conftest import ARTIFACTS, call, overlays_gone, sign_in, still

pytestmark = pytest.mark.browser



def person_in_stp(token_for: Callable[[str], str], name: str) -> str:
    officer, leader = token_for("stp.officer"), token_for("stp.leader")
    number = f"0080{85:02d}{uuid.uuid4().int % 1_000_000:06d}"
    cr = call(officer, "POST", "/api/personnel/change-requests", json={"unit_id": "STP", "profile": {
        "identity": {"full_name": name, "gender": "1", "birth_date": "1985-03-02", "ethnicity": "01",
                     "religion": "00", "personal_id_number": number}}})
    call(officer, "POST", f"/api/personnel/change-requests/{cr['id']}/submit")
    call(leader, "POST", f"/api/personnel/change-requests/{cr['id']}/approve")
    return str(cr["person_id"])


def open_case_when_known(token: str, body: dict) -> dict:
    """transfer learns of the new record from personnel's events: retry briefly while it has not."""
    for _ in range(60):
        resp = httpx.post(f"{stack.gateway_url()}/api/transfer/cases", json=body,
                          headers={"Authorization": f"Bearer {token}"}, timeout=30)
        if resp.status_code == 201:
            return resp.json()
        time.sleep(0.5)
    raise AssertionError(resp.text)


def view_shot(page: Page, name: str) -> None:
    page.wait_for_load_state("networkidle")
    expect(page.locator(".ant-spin-spinning, .ant-skeleton-active")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def confirm(page: Page) -> None:
    still(page)
    page.locator(".ant-modal-confirm .ant-btn-primary").click()
    overlays_gone(page)


def test_a_transfer_sent_by_the_officer_is_accepted_by_the_receiver_and_the_record_follows(
        new_page: Callable[..., Page], token_for: Callable[[str], str]) -> None:
    name = f"Lò Văn Chuyển {uuid.uuid4().hex[:4]}"
    person = person_in_stp(token_for, name)
    # Effective today: the lists show the newest decisions first, so the case is on their first page
    # however many cases earlier tests left.
    effective = clock.today()
    case = open_case_when_known(token_for("stp.officer"), {
        "kind": "transfer", "person_id": person, "to_unit_id": "SNV", "decision_number": "321/QĐ-UBND",
        "decision_signed_on": (effective - timedelta(days=5)).isoformat(), "effective_on": effective.isoformat(),
        "signer": "Phó Chủ tịch UBND tỉnh"})
    handover_due = date.fromisoformat(call(token_for("stp.officer"), "GET", "/api/transfer/calendar/working-days",
                                           params={"from": effective.isoformat(), "count": 5})["date"])

    officer = new_page()
    sign_in(officer, "stp.officer")
    officer.get_by_test_id("main-menu").get_by_text("Điều động - chuyển công tác").click()
    officer.get_by_test_id("case-boxes").get_by_text("Hồ sơ đi").click()
    row = officer.get_by_test_id("cases-table").locator("tr", has_text=name)
    expect(row).to_contain_text("Nháp")
    expect(row).to_contain_text("Sở Tư pháp → Sở Nội vụ")
    view_shot(officer, "transfer-outbox")
    row.click()
    expect(officer.get_by_test_id("case-obligations")).to_contain_text("Bàn giao hồ sơ cho đơn vị nhận")
    expect(officer.get_by_test_id("case-obligations")).to_contain_text(handover_due.strftime("%d/%m/%Y"))
    officer.get_by_test_id("step-send").click()
    confirm(officer)
    expect(officer.get_by_test_id("case-state")).to_have_text("Đã gửi")
    expect(officer.get_by_test_id("step-accept")).to_have_count(0)  # only the receiver accepts

    receiver = new_page()
    sign_in(receiver, "snv.admin")
    receiver.goto(f"{stack.gateway_url()}/transfers")
    receiver.get_by_test_id("case-boxes").get_by_text("Hồ sơ đến").click()
    incoming = receiver.get_by_test_id("cases-table").locator("tr", has_text=name)
    expect(incoming).to_contain_text("Đã gửi")
    view_shot(receiver, "transfer-inbox")
    incoming.click()
    receiver.get_by_test_id("step-accept").click()
    confirm(receiver)
    receiver.get_by_test_id("step-forward").click()
    still(receiver)
    receiver.get_by_test_id("forward-ok").click()
    expect(receiver.get_by_test_id("case-state")).to_have_text("Hoàn thành", timeout=30_000)
    expect(receiver.get_by_test_id("case-steps")).to_contain_text("Đã cập nhật vào hồ sơ")
    view_shot(receiver, "transfer-case-done")
    record = call(token_for("snv.admin"), "GET", f"/api/personnel/persons/{person}")
    assert record["unit_id"] == "SNV" and case["id"]


def test_the_form_asks_an_arrival_for_who_arrives_and_not_for_a_person_of_the_province(
        new_page: Callable[..., Page]) -> None:
    page = new_page()
    sign_in(page, "xa.ngocduong")
    page.goto(f"{stack.gateway_url()}/transfers")
    page.get_by_test_id("new-case").click()
    form = page.get_by_test_id("case-form")
    expect(form).to_contain_text("Cán bộ, công chức, viên chức")
    still(page)
    page.get_by_test_id("case-kind").click()
    page.locator(".ant-select-item-option", has_text="Tiếp nhận từ ngoài tỉnh").click()
    expect(form).to_contain_text("Số định danh cá nhân (12 số)")
    expect(form).not_to_contain_text("Cán bộ, công chức, viên chức")
    page.get_by_test_id("case-save").click()
    expect(form.locator(".ant-form-item-explain-error").first).to_have_text("Trường này là bắt buộc.")
    view_shot(page, "transfer-new-arrival")


def test_a_sending_officer_finds_a_receiving_unit_outside_its_own_branch(new_page: Callable[..., Page]) -> None:
    page = new_page()
    sign_in(page, "stp.officer")
    page.goto(f"{stack.gateway_url()}/transfers")
    page.get_by_test_id("new-case").click()
    still(page)
    page.get_by_test_id("case-kind").click()
    page.locator(".ant-select-item-option", has_text="Điều động/chuyển công tác").click()
    page.get_by_test_id("case-to-unit").click()
    page.keyboard.type("noi vu")
    option = page.locator(".ant-select-item-option", has_text="Sở Nội vụ (SNV)")
    expect(option).to_be_visible()
    option.click()
    expect(page.get_by_test_id("case-to-unit")).to_contain_text("Sở Nội vụ")


def test_the_department_sees_each_units_timeliness_ranked_and_the_overdue_list(new_page: Callable[..., Page]) -> None:
    page = new_page()
    sign_in(page, "snv.admin")
    page.goto(f"{stack.gateway_url()}/transfers")
    page.get_by_test_id("timeliness-link").click()
    table = page.get_by_test_id("timeliness-table")
    expect(table.locator("tbody tr").first).to_be_visible()
    expect(table).to_contain_text("Sở Tư pháp")  # the demo's late rotation and handovers belong to it
    expect(page.get_by_test_id("timeliness-total")).to_contain_text("Toàn bộ phạm vi")
    expect(page.get_by_test_id("overdue-table")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_test_id("timeliness-export").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    view_shot(page, "transfer-timeliness")
