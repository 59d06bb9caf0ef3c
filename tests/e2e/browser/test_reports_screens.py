"""The Reports screen in a real browser: the province's BM01 on today's data laid out like the form, a
number opening the people counted in it, the form and the reference date chosen in the page, and a commune
officer who sees only the commune."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from common.testing import stack

from .conftest import overlays_gone, shot, sign_in

pytestmark = pytest.mark.browser


def test_a_report_opens_its_people_and_follows_the_form_and_date(new_page):
    page = new_page()
    sign_in(page, "snv.admin")
    page.goto(f"{stack.gateway_url()}/reports?form=bm01")
    table = page.get_by_test_id("report-table")
    expect(table).to_be_visible()
    expect(page.get_by_test_id("report-title")).to_contain_text("BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÔNG CHỨC")
    expect(page.get_by_test_id("report-latest-event")).to_contain_text("cập nhật đến")
    expect(table.locator("thead")).to_contain_text("Chia theo ngạch công chức")
    total = page.get_by_test_id("cell-total-c2")
    expect(total).to_be_visible()
    counted = int(total.inner_text())
    assert counted > 0
    shot(page, "reports-bm01")
    total.click()
    drawer = page.get_by_test_id("cell-people")
    expect(drawer.locator(".ant-table-row")).to_have_count(min(counted, 50))
    expect(drawer).to_contain_text(f"{counted} người")
    shot(page, "reports-bm01-cell")
    page.keyboard.press("Escape")
    overlays_gone(page)
    # A past reference date and another form, from the page's own controls (kept in the address).
    page.goto(f"{stack.gateway_url()}/reports?form=bm03&as_of=2025-12-31")
    expect(page.get_by_test_id("report-title")).to_contain_text("DANH SÁCH VÀ TIỀN LƯƠNG")
    expect(page.get_by_test_id("report")).to_contain_text("31/12/2025")
    shot(page, "reports-bm03-2025")


def test_a_commune_officer_sees_the_commune_only(new_page):
    page = new_page()
    sign_in(page, "xa.ngocduong")
    page.goto(f"{stack.gateway_url()}/reports?form=bm02")
    report = page.get_by_test_id("report")
    expect(report).to_contain_text("Xã Ngọc Đường")
    expect(report).not_to_contain_text("Xã Phú Linh")
    expect(page.get_by_test_id("cell-total-c1")).to_be_visible()
    shot(page, "reports-bm02-commune")
