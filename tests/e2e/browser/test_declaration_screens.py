"""The annual self-declaration in a real browser at phone size (issue 18, items 4 and 6): the person opens the link
their unit sent (no account, no sign-in), changes the marital status and the phone, signs with the typed name and
the statement; the unit's officer then finds the change request draft with the field-by-field difference. A used
link afterwards shows one message revealing nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from common.testing import stack

from .conftest import call, shot, sign_in

pytestmark = pytest.mark.browser

API = "/api/personnel"
PHONE = {"width": 375, "height": 812}


def this_years_round(admin: str) -> dict:
    year = date.today().year
    found = next((r for r in call(admin, "GET", f"{API}/declaration-rounds")
                  if r["year"] == year and r["state"] == "open"), None)
    return found or call(admin, "POST", f"{API}/declaration-rounds", json={
        "year": year, "opens_on": f"{year}-01-01", "closes_on": f"{year}-12-31"})


def new_person(officer: str, leader: str, name: str) -> str:
    number = f"008185{uuid.uuid4().int % 1_000_000:06d}"
    cr = call(officer, "POST", f"{API}/change-requests", json={"unit_id": "STP", "profile": {
        "identity": {"full_name": name, "gender": "2", "birth_date": "1986-05-12", "ethnicity": "01",
                     "religion": "00", "personal_id_number": number, "marital_status": "DOC_THAN"},
        "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "2010-09-01"}}})
    call(officer, "POST", f"{API}/change-requests/{cr['id']}/submit")
    call(leader, "POST", f"{API}/change-requests/{cr['id']}/approve")
    return str(cr["person_id"])


def test_a_person_declares_on_a_phone_and_the_officer_finds_the_change(new_page: Callable[..., Page],
                                                                       token_for: Callable[[str], str]) -> None:
    admin, officer, leader = token_for("snv.admin"), token_for("stp.officer"), token_for("stp.leader")
    rnd = this_years_round(admin)
    name = f"Triệu Thị Khai {uuid.uuid4().hex[:4].upper()}"
    person = new_person(officer, leader, name)
    links = call(officer, "POST", f"{API}/declaration-rounds/{rnd['id']}/links",
                 json={"unit_id": "STP", "person_ids": [person]})
    url = links[0]["url"]
    assert url.startswith("/khai-bao#")

    page = new_page(viewport=PHONE)
    page.goto(f"{stack.gateway_url()}{url}")
    expect(page.get_by_test_id("declaration-page")).to_be_visible()
    expect(page.get_by_text(name)).to_be_visible()
    assert "#" not in page.url  # the token left the address bar
    # One column at 375 px: nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_label("Số điện thoại").fill("0912 345 678")
    page.get_by_test_id("marital-status").click()
    page.locator(".ant-select-item-option", has_text="Đã kết hôn").click()
    page.get_by_test_id("sign-name").fill(name.lower())
    page.get_by_test_id("statement").check()
    shot(page, "declaration-phone-form")
    page.get_by_role("button", name="Ký phiếu kê khai").click()
    expect(page.get_by_text("Đã ký phiếu kê khai")).to_be_visible()
    expect(page.get_by_text("thay đổi đã được gửi đơn vị quản lý phê duyệt")).to_be_visible()
    shot(page, "declaration-phone-signed")

    progress = call(officer, "GET", f"{API}/declaration-rounds/{rnd['id']}/progress", params={"unit_id": "STP"})
    progress_row = next(p for p in progress["people"] if p["person_id"] == person)
    assert progress_row["progress"] == "declared"
    diff = call(officer, "GET", f"{API}/change-requests/{progress_row['change_request_id']}/diff")
    changed = {c["path"]: (c["official"], c["proposed"]) for c in diff["changes"]}
    assert changed["identity.marital_status"] == ("DOC_THAN", "CO_VO_CHONG")
    assert changed["identity.phone"] == (None, "0912 345 678")

    # The unit's screen (under the personnel menu): the person signed and waiting first, with the change to see.
    desk = new_page()
    sign_in(desk, "stp.officer")
    desk.goto(f"{stack.gateway_url()}/personnel/declarations")
    screen = desk.get_by_test_id("declarations-officer")
    expect(screen.get_by_text("Kê khai bổ sung lý lịch").first).to_be_visible()
    row = screen.locator("tr", has_text=name)
    expect(row.get_by_text("Đã ký, chờ duyệt")).to_be_visible()
    expect(row.get_by_role("link", name="Xem thay đổi")).to_have_attribute(
        "href", f"/personnel/requests/{progress_row['change_request_id']}")
    shot(desk, "declaration-officer-progress")

    # The used link: one message, nothing about the person.
    again = new_page(viewport=PHONE)
    again.goto(f"{stack.gateway_url()}{url}")
    expect(again.get_by_text("Không mở được phiếu kê khai")).to_be_visible()
    expect(again.get_by_text(name)).to_have_count(0)


def test_the_department_opens_a_round_and_a_second_one_for_the_year_is_refused_in_vietnamese(
        new_page: Callable[..., Page]) -> None:
    page = new_page()
    sign_in(page, "snv.admin")
    page.goto(f"{stack.gateway_url()}/personnel/declarations")
    form = page.get_by_test_id("declaration-open-round")
    expect(form).to_contain_text("Mở đợt kê khai")
    # The demo opened this year's round: a second one for the year is refused, with the service's message.
    form.get_by_role("button", name="Mở đợt").click()
    expect(form).to_contain_text("Chọn ngày mở và ngày đóng đợt.")
    year = date.today().year
    form.locator("input").nth(1).fill(f"01/12/{year}")
    form.locator("input").nth(2).fill(f"31/12/{year}")
    form.locator("input").nth(2).press("Enter")
    form.get_by_role("button", name="Mở đợt").click()
    expect(page.locator(".ant-message")).to_contain_text(f"Đã có đợt kê khai bổ sung lý lịch năm {year} đang mở.")
    shot(page, "declaration-open-round")
