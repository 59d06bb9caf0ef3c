"""The dashboard's charts and the ad-hoc lists in a real browser: the province's home page draws its charts
with real numbers from the demo data, a bar opens the list behind it; an officer builds a list (columns and a
filter), previews it, saves it for the unit, exports it to Excel and deletes it."""

from __future__ import annotations

import io
import re
import uuid

import openpyxl
import pytest
from playwright.sync_api import expect

from common.testing import stack

from .conftest import choose, overlays_gone, shot, sign_in, still

pytestmark = pytest.mark.browser
NUMBER = re.compile(r"\d+%?")


def test_the_dashboard_draws_its_charts_with_numbers_and_a_bar_opens_its_list(new_page):
    page = new_page()
    sign_in(page, "snv.admin")
    page.goto(f"{stack.gateway_url()}/")
    expect(page.get_by_test_id("dashboard-total")).to_contain_text(re.compile(r"\d+ người đang công tác"))
    for chart in ("headcount", "pyramid", "qualification", "grades", "due"):
        drawn = page.get_by_test_id(f"chart-{chart}-chart")
        expect(drawn).to_have_attribute("data-ready", "1")
        expect(drawn.locator("svg")).to_be_visible()
        # The numbers are on the bars (text of the SVG), not only on the axes.
        labels = [t for t in drawn.locator("svg text").all_text_contents() if NUMBER.fullmatch(t.strip())]
        assert labels, f"{chart}: no number drawn"
    expect(page.get_by_test_id("chart-pyramid")).to_contain_text("Tháp tuổi theo giới tính")
    shot(page, "dashboard-charts")
    # A bar of the qualification mix opens the list of the people it counts.
    bars = page.get_by_test_id("chart-qualification-chart").locator("svg path[fill='#5b8ff9']")
    bars.first.click()
    expect(page).to_have_url(re.compile(r"/reports/lists\?unit="))
    expect(page.get_by_test_id("list-unit")).to_contain_text("Tỉnh Tuyên Quang")
    expect(page.get_by_test_id("list-total")).to_contain_text(re.compile(r"\d+ người"))
    expect(page.get_by_test_id("list-rows").locator(".ant-table-row").first).to_be_visible()


def test_an_officer_builds_saves_exports_and_deletes_a_list(new_page):
    page = new_page()
    sign_in(page, "stp.officer")
    page.goto(f"{stack.gateway_url()}/reports")
    page.get_by_test_id("open-lists").click()
    expect(page).to_have_url(re.compile(r"/reports/lists$"))
    builder = page.get_by_test_id("list-builder")
    expect(builder.get_by_test_id("list-columns")).to_contain_text("Họ và tên")
    # Women only, with their age as a column.
    builder.get_by_test_id("filter-sex").click()
    choose(page.locator(".ant-select-dropdown:visible .ant-select-item-option", has_text=re.compile("^Nữ$")),
           took=lambda: expect(builder.get_by_test_id("filter-sex")).to_contain_text("Nữ"))
    page.keyboard.press("Escape")
    builder.get_by_test_id("list-columns").click()
    choose(page.locator(".ant-select-dropdown:visible .ant-select-item-option", has_text=re.compile("^Tuổi$")),
           took=lambda: expect(builder.get_by_test_id("list-columns")).to_contain_text("Tuổi"))
    page.keyboard.press("Escape")
    page.get_by_test_id("list-preview").click()
    expect(page.get_by_test_id("list-total")).to_contain_text(re.compile(r"\d+ người"))
    rows = page.get_by_test_id("list-rows")
    expect(rows.locator("thead")).to_contain_text("Tuổi")
    expect(rows.locator(".ant-table-row").first).to_contain_text("Nữ")
    expect(rows.locator(".ant-table-row", has_text="Nam")).to_have_count(0)
    total = int(page.get_by_test_id("list-total").inner_text().split()[0])
    shot(page, "lists-preview")

    name = f"Cán bộ nữ {uuid.uuid4().hex[:4]}"
    page.get_by_test_id("list-save").click()
    page.get_by_test_id("list-name").fill(name)
    page.get_by_test_id("list-save-ok").click()
    overlays_gone(page)
    saved = page.get_by_test_id("saved-lists")
    expect(saved).to_contain_text(name)
    with page.expect_download() as download:
        page.get_by_test_id("list-export").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    path = download.value.path()
    assert path is not None
    with open(path, "rb") as f:
        sheet = openpyxl.load_workbook(io.BytesIO(f.read())).active
    assert sheet["A1"].value == name
    headers = [c.value for c in sheet[3]]
    assert "Họ và tên" in headers and "Tuổi" in headers
    assert sheet.max_row - 3 == total
    shot(page, "lists-saved")
    # Deleted again: the unit's saved lists no longer show it.
    item = saved.locator(".ant-list-item", has_text=name)
    item.locator("button.ant-btn-dangerous").click()
    still(page)
    page.locator(".ant-popconfirm:visible .ant-btn-primary").click()
    expect(saved).not_to_contain_text(name)
