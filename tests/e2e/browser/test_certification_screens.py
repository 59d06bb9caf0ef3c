"""The monthly certification screen in a real browser (issue 18, items 5 and 6): an officer sees the month's
changes but is told only the head certifies; the head of Sở Tư pháp certifies a month whose window has
long closed (accepted, marked late) with the button and downloads the signed PDF; the Department's overview
shows Sở Tư pháp late for that month among the units."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from common import clock
from common.testing import stack

from .conftest import shot, sign_in, still

pytestmark = pytest.mark.browser


def year_ago() -> tuple[str, str]:
    """The month twelve months back, as the API writes it and as the screen shows it in Vietnamese."""
    today = clock.today()
    y, m = (today.year - 1, today.month)
    return f"{y}-{m:02d}", f"{m:02d}/{y}"


def test_an_officer_sees_the_changes_and_is_told_only_the_head_certifies(new_page: Callable[..., Page]) -> None:
    page = new_page()
    sign_in(page, "stp.officer")
    page.get_by_test_id("main-menu").get_by_text("Xác nhận dữ liệu hằng tháng").click()
    expect(page.get_by_test_id("certifications-page")).to_contain_text("5 ngày làm việc cuối mỗi tháng")
    expect(page.get_by_test_id("certification-card")).to_contain_text("Sở Tư pháp")
    expect(page.get_by_test_id("certification-changes")).to_be_visible()
    expect(page.get_by_test_id("certification-certify")).to_have_count(0)


def test_the_head_certifies_a_closed_month_late_downloads_the_pdf_and_the_department_sees_it(
        new_page: Callable[..., Page]) -> None:
    month, shown = year_ago()
    page = new_page()
    sign_in(page, "stp.leader")
    page.goto(stack.gateway_url() + f"/certifications?month={month}")
    card = page.get_by_test_id("certification-card")
    expect(card).to_contain_text(shown)
    button = page.get_by_test_id("certification-certify")
    expect(button.or_(page.get_by_test_id("certification-done")).first).to_be_visible()
    if button.is_visible():  # a stack that ran this test before keeps that month's certification
        button.click()
        still(page)
        page.locator(".ant-popconfirm:visible .ant-btn-primary").click()
    done = page.get_by_test_id("certification-done")
    expect(done).to_contain_text("Đã xác nhận ngày")
    expect(done).to_contain_text("(muộn)")
    expect(done).to_contain_text("CN=Sở Tư pháp")
    shot(page, "certification-head-late")
    with page.expect_download() as download:
        page.get_by_test_id("certification-pdf").click()
    path = download.value.path()
    assert path is not None
    with open(path, "rb") as f:
        data = f.read()
    assert data.startswith(b"%PDF") and b"/ByteRange" in data  # a signed PDF

    admin = new_page()
    sign_in(admin, "snv.admin")
    admin.goto(stack.gateway_url() + f"/certifications?month={month}&unit_id=STP")
    table = admin.get_by_test_id("overview-table")
    expect(table.locator("tr", has_text="Sở Tư pháp").first).to_contain_text("Xác nhận muộn")
    expect(admin.get_by_test_id("overview-counts")).to_contain_text("Chưa xác nhận")
    shot(admin, "certification-overview")
