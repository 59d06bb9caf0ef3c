"""The unit page's "Đề án vị trí việc làm" tab in a real browser behind the gateway: the demo plan in force with
its posts and total, the versions, and a new version refused in Vietnamese beside the field (a negative count),
which records nothing (the shared demo data stays)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from common.testing import stack

from .conftest import shot, sign_in

pytestmark = pytest.mark.browser


def test_the_unit_officer_sees_the_plan_and_a_bad_version_is_refused(new_page: Callable[..., Page]) -> None:
    page = new_page()
    sign_in(page, "stp.officer")
    page.goto(stack.gateway_url() + "/org/units/STP")
    expect(page.get_by_test_id("unit-title")).to_have_text("Sở Tư pháp")
    page.get_by_role("tab", name="Đề án vị trí việc làm").click()
    plan = page.get_by_test_id("job-plan")
    expect(plan).to_contain_text("DEMO-1102/QĐ-UBND")
    expect(plan).to_contain_text("Chuyên viên về hành chính tư pháp")
    expect(plan.get_by_test_id("plan-total").first).to_have_text("24")
    expect(plan).to_contain_text("DEMO-230/QĐ-UBND")  # the first version, kept
    shot(page, "org-job-plan")

    versions_before = plan.locator("tr.ant-table-row").count()
    page.get_by_test_id("job-plan-new").click()
    form = page.get_by_test_id("job-plan-form")
    expect(form.locator(".ant-input-number-input")).to_have_count(10)  # the plan in force, to start from
    form.get_by_label("Số quyết định").fill("999/QĐ-UBND")
    form.get_by_label("Ngày quyết định").fill("05/01/2026")
    form.get_by_label("Ngày quyết định").press("Enter")
    form.locator(".ant-input-number-input").first.fill("-1")
    page.get_by_role("button", name="Ghi nhận").click()
    expect(form).to_contain_text("Số lượng vị trí không được âm.")
    page.get_by_role("button", name="Cancel").or_(page.get_by_role("button", name="Hủy")).first.click()
    expect(plan.locator("tr.ant-table-row")).to_have_count(versions_before)
