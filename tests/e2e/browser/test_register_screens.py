"""The registers screen in a real browser (issue 13, items 3 and 6): an officer enters a reprimand for a person
picked by name, a leader approves it, the person's profile shows the raise clock extended by 6 months (R-12)
in the effects block and the due dates card; the training and planning tabs show their lists."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from common.testing import stack

from .conftest import call, overlays_gone, pick_from_search, shot, sign_in, still
from .test_career_screens import deputy_director_in_stp, fill_date

pytestmark = pytest.mark.browser


def test_a_reprimand_entered_approved_and_its_effect_on_the_profile(new_page: Callable[..., Page],
                                                                    token_for: Callable[[str], str]) -> None:
    name = f"Lục Văn Khiển {uuid.uuid4().hex[:4]}"
    person = deputy_director_in_stp(token_for, name)
    number = f"{uuid.uuid4().int % 100000}/QĐ-STP"
    try:
        page = new_page()
        sign_in(page, "stp.officer")
        page.get_by_test_id("main-menu").get_by_text("Khen thưởng - kỷ luật - đào tạo").click()
        page.get_by_test_id("registers-tab-discipline").click()
        page.get_by_test_id("discipline-new").click()
        still(page)
        form = page.get_by_test_id("decision-form")
        form.get_by_test_id("decision-number").fill(number)
        fill_date(page, "decision-signed-on", "10/03/2025")
        form.get_by_test_id("decision-issuer").fill("Sở Tư pháp tỉnh Tuyên Quang")
        pick_from_search(page, form.get_by_test_id("decision-form-select"), "Khiển",
                         page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter(
                             has_text="cán bộ, công chức").first,
                         lambda: expect(form.get_by_test_id("decision-form-select")).to_contain_text("Khiển trách"))
        form.get_by_test_id("decision-violation").fill("Để quá hạn giải quyết hồ sơ của công dân")
        box = form.get_by_test_id("people-picker")
        pick_from_search(page, box, name, page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter(
            has_text=name), lambda: expect(box).to_contain_text(name), api="/api/personnel/persons")
        page.keyboard.press("Escape")
        page.get_by_test_id("decision-save").click()
        overlays_gone(page)
        table = page.get_by_test_id("discipline-table")
        expect(table).to_contain_text(number)
        expect(table.locator("tr", has_text=number)).to_contain_text("Chờ duyệt")
        shot(page, "registers-discipline-entered")

        leader = new_page()
        sign_in(leader, "stp.leader")
        leader.goto(stack.gateway_url() + "/registers?tab=discipline")
        leader.get_by_test_id(f"approve-{number}").click()
        expect(leader.get_by_test_id("discipline-table").locator("tr", has_text=number)).to_contain_text("Đã duyệt")

        leader.goto(stack.gateway_url() + f"/personnel/{person}")
        effects = leader.get_by_test_id("register-effects")
        expect(effects).to_contain_text("Kéo dài thời hạn nâng lương: 6 tháng")
        expect(effects).to_contain_text("Khiển trách (10/03/2025): +6 tháng")
        shot(leader, "registers-effects-on-profile")

        leader.goto(stack.gateway_url() + "/registers?tab=training")
        expect(leader.get_by_test_id("course-table")).to_be_visible()
        shot(leader, "registers-training")
        leader.get_by_test_id("registers-tab-plan").click()
        expect(leader.get_by_test_id("plan-table")).to_contain_text("Tổng cộng")
        shot(leader, "registers-plan")
    finally:  # he leaves again, so the demo's lists do not gather test people
        call(token_for("stp.leader"), "POST", f"/api/personnel/persons/{person}/status-events", json={
            "status": "THOI_VIEC", "effective_on": "2026-01-01", "decision_number": "1/QĐ-STP",
            "decision_signed_on": "2026-01-01"})
