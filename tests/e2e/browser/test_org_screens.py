"""The organisation and catalog screens in a real browser: the tree (search, lazy levels, a past date),
a unit's page (quotas beside headcount), change operations with their decision and the service's
Vietnamese refusals, catalog administration (delete refused while in use, Excel out and in), and a
commune officer's narrower view."""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Callable

import httpx
import pytest
from openpyxl import Workbook, load_workbook
from playwright.sync_api import Page, expect

from common import clock
from common.testing import stack

from .conftest import ARTIFACTS, call, choose, overlays_gone, pick_from_search, sign_in, still, type_search

pytestmark = pytest.mark.browser


def org_get(token: str, path: str) -> object:
    resp = httpx.get(f"{stack.gateway_url()}/api/org{path}", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    resp.raise_for_status()
    return resp.json()


def view_shot(page: Page, name: str) -> None:
    """What the user sees at 1366x768 (a full-page capture resizes the window, which resets the tree's
    scroll and moves the sticky header under open dialogs)."""
    page.wait_for_load_state("networkidle")
    expect(page.locator(".ant-spin-spinning, .ant-skeleton-active, .ant-select-dropdown:visible")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def open_org(page: Page) -> None:
    page.get_by_test_id("main-menu").get_by_text("Tổ chức - biên chế").click()
    expect(page.get_by_test_id("org-tree")).to_contain_text("Tỉnh Tuyên Quang")


def tree_node(page: Page, name: str):  # type: ignore[no-untyped-def]
    return page.get_by_test_id("org-tree").locator(".ant-tree-title").filter(has_text=name).first


def scroll_tree_to_end(page: Page) -> None:
    """The tree renders only the rows in view (virtual list): bring its last rows into view."""
    page.get_by_test_id("org-tree").locator(".ant-tree-list-holder").evaluate("e => { e.scrollTop = e.scrollHeight; }")


SEARCH = "/api/org/units/search"


def choose_operation(page: Page, op: str) -> Page:
    page.get_by_test_id("change-actions").click()
    still(page)
    page.get_by_test_id(f"op-{op}").click()
    expect(page.get_by_test_id(f"change-form-{op}")).to_be_visible()
    still(page)
    return page


def pick_unit(page: Page, field: str, typed: str, name: str) -> None:
    """Types into a unit picker of a form and chooses the unit from the service's search results."""
    picker = page.get_by_test_id(field)
    pick_from_search(page, picker, typed,
                     page.locator(".ant-select-dropdown:visible .ant-select-tree-title").filter(has_text=name).first,
                     took=lambda: expect(picker).to_contain_text(name), api=SEARCH)


class TestProvinceAdministrator:
    def test_tree_unit_page_changes_and_catalogs(self, new_page: Callable[..., Page],
                                                token_for: Callable[[str], str]) -> None:
        token = token_for("snv.admin")
        page = new_page()
        sign_in(page, "snv.admin")
        open_org(page)

        # Search without diacritics finds the commune; choosing it opens its page.
        type_search(page, page.get_by_test_id("org-search").locator("input"), "ngoc duong", api=SEARCH)
        results = page.get_by_test_id("org-search-results")
        expect(results).to_contain_text("Xã Ngọc Đường")
        view_shot(page, "org-01-tree-search")
        choose(results.locator(".ant-list-item").filter(has_text="Xã Ngọc Đường").first,
               took=lambda: expect(page).to_have_url(re.compile(r"/org/units/00700$")))
        expect(page.get_by_test_id("unit-title")).to_have_text("Xã Ngọc Đường")

        # The tree, level by level: the province is open, a department's units load when it is expanded.
        page.get_by_test_id("org-search").locator("input").fill("")
        tree_node(page, "Sở Nội vụ").click()
        expect(page).to_have_url(re.compile(r"/org/units/SNV$"))
        expect(page.get_by_test_id("org-tree")).to_contain_text("Phòng Công chức, viên chức")
        expect(page.get_by_test_id("unit-details")).to_contain_text("DEMO-15/2025/QĐ-UBND")

        # Quotas beside the headcount org counts from personnel's events.
        quota = org_get(token, f"/units/SNV/quotas/{_year(page)}")
        assert isinstance(quota, dict)
        page.get_by_role("tab", name="Biên chế").click()
        row = page.get_by_test_id("quota-table").locator("tr").filter(has_text="Biên chế công chức")
        expect(row.locator("td").nth(2)).to_have_text(str(quota["actual"]["civil_servant"]))
        expect(page.get_by_role("tab", name="Tài khoản")).to_be_visible()
        view_shot(page, "org-02-unit-page-quotas")

        # On 30/06/2025 the former districts were still there.
        picker = page.get_by_test_id("org-as-of").locator("input")
        picker.click()
        picker.fill("30/06/2025")
        picker.press("Enter")
        expect(page).to_have_url(re.compile(r"as_of=2025-06-30"))
        expect(page.get_by_test_id("org-as-of-banner")).to_contain_text("30/06/2025")
        expect(page.get_by_test_id("org-tree")).to_contain_text("Sở Tư pháp")
        scroll_tree_to_end(page)
        expect(page.get_by_test_id("org-tree")).to_contain_text("Huyện Yên Sơn")
        view_shot(page, "org-03-tree-as-of-2025-06-30")
        page.get_by_role("button", name="Về hôm nay").click()
        expect(page.get_by_test_id("org-as-of-banner")).to_have_count(0)
        expect(page).not_to_have_url(re.compile(r"as_of="))
        scroll_tree_to_end(page)
        expect(page.get_by_test_id("org-tree")).not_to_contain_text("Huyện Yên Sơn")

        # A sub-unit created under the department by decision appears in the tree and its history.
        suffix = uuid.uuid4().hex[:6].upper()
        code, name = f"SNV.E2E{suffix}", f"Phòng Thử nghiệm {suffix}"
        choose_operation(page, "create")
        page.get_by_test_id("new-code").fill(code)
        page.get_by_test_id("new-name").fill(name)
        page.get_by_test_id("decision-number").fill(f"E2E-{suffix}/QĐ-UBND")
        page.get_by_test_id("change-submit").click()
        expect(page).to_have_url(re.compile(rf"/org/units/{re.escape(code)}$"))
        overlays_gone(page)
        expect(page.get_by_test_id("unit-title")).to_have_text(name)
        expect(tree_node(page, name)).to_be_visible()
        page.get_by_role("tab", name="Lịch sử thay đổi").click()
        expect(page.get_by_test_id("unit-history")).to_contain_text(f"E2E-{suffix}/QĐ-UBND")

        # Moving it under itself is refused; the reason shows in Vietnamese, next to the field too.
        choose_operation(page, "move")
        pick_unit(page, "parent-field", code, name)
        page.get_by_test_id("decision-number").fill(f"E2E-{suffix}-M/QĐ-UBND")
        page.get_by_test_id("change-submit").click()
        expect(page.get_by_test_id("change-error")).to_contain_text(f"Không thể chuyển đơn vị {code}")
        expect(page.get_by_test_id("change-form-move")).to_contain_text("Tạo thành vòng lặp trong cây tổ chức.")
        view_shot(page, "org-04-move-refused")
        page.get_by_role("button", name="Hủy").click()
        overlays_gone(page)

        # Dissolving asks first, then the unit leaves today's tree (it stays in the history).
        choose_operation(page, "dissolve")
        page.get_by_test_id("decision-number").fill(f"E2E-{suffix}-D/QĐ-UBND")
        page.get_by_test_id("change-submit").click()
        expect(page.locator(".ant-modal-confirm")).to_contain_text(f"Giải thể {name}")
        still(page)
        page.get_by_test_id("confirm-ok").click()
        expect(page).to_have_url(re.compile(r"/org/units/SNV$"))
        overlays_gone(page)
        expect(page.get_by_test_id("org-tree")).not_to_contain_text(name)
        detail = org_get(token, f"/units/{code}")
        assert isinstance(detail, dict) and detail["active"] is False

        # Catalogs: items, delete refused while in use, export to .xlsx, import reporting bad rows.
        page.get_by_test_id("main-menu").get_by_text("Danh mục").click()
        expect(page.get_by_test_id("catalog-list")).to_contain_text("Giới tính")
        page.get_by_test_id("catalog-list").locator("[data-catalog=unit_types]").click()
        table = page.get_by_test_id("catalog-table")
        expect(table).to_contain_text("Sở")
        row = table.locator("tr.ant-table-row").filter(has=page.locator("td", has_text=re.compile(r"^so$"))).first
        row.get_by_role("button", name="Xóa").click()
        still(page)
        page.locator(".ant-popconfirm").get_by_role("button", name="Xóa").click()
        expect(page.locator(".ant-notification")).to_contain_text("đang được sử dụng")
        expect(table).to_contain_text("Sở")
        expect(page.locator(".ant-popconfirm:visible")).to_have_count(0)
        page.evaluate("window.scrollTo(0, 0)")
        view_shot(page, "org-05-catalog-admin")

        with page.expect_download() as info:
            page.get_by_test_id("catalog-export").click()
        download = info.value
        assert download.suggested_filename == "unit_types.xlsx"
        saved = ARTIFACTS / "unit_types.xlsx"
        download.save_as(saved)
        sheet = load_workbook(saved, read_only=True).worksheets[0]
        rows = [r for r in sheet.iter_rows(values_only=True)]
        assert rows[0][:2] == ("code", "name") and any(r[0] == "so" for r in rows[1:])

        bad = Workbook()
        ws = bad.active
        assert ws is not None
        ws.append(["code", "name"])
        ws.append(["so", ""])  # no name
        buf = io.BytesIO()
        bad.save(buf)
        page.get_by_test_id("catalog-items").locator("input[type=file]").set_input_files(
            files=[{"name": "sai.xlsx", "mimeType": "application/octet-stream", "buffer": buf.getvalue()}])
        errors = page.get_by_test_id("catalog-import-errors")
        expect(errors).to_contain_text("Dòng 2")
        view_shot(page, "org-06-catalog-import-errors")


def _year(page: Page) -> int:
    return int(page.evaluate("new Date().getFullYear()"))


class TestCommuneOfficer:
    def test_sees_only_their_commune_and_no_changes(self, new_page: Callable[..., Page]) -> None:
        page = new_page()
        sign_in(page, "xa.ngocduong")
        page.get_by_test_id("main-menu").get_by_text("Tổ chức - biên chế").click()
        tree = page.get_by_test_id("org-tree")
        expect(tree.locator(".ant-tree-title").first).to_contain_text("Xã Ngọc Đường")
        assert [t.split(" ")[0:4] for t in tree.locator(".ant-tree-title").all_inner_texts()] == [
            ["Xã", "Ngọc", "Đường", "00700"]]
        expect(page.get_by_test_id("unit-title")).to_have_text("Xã Ngọc Đường")
        expect(page.get_by_role("tab", name="Biên chế")).to_be_visible()
        expect(page.get_by_test_id("change-actions")).to_have_count(0)
        expect(page.get_by_role("tab", name="Tài khoản")).to_have_count(0)
        # Searching finds nothing outside the commune.
        type_search(page, page.get_by_test_id("org-search").locator("input"), "so noi vu", api=SEARCH)
        expect(page.get_by_test_id("org-search-results")).to_contain_text("Không tìm thấy đơn vị phù hợp")
        view_shot(page, "org-07-commune-officer")


class TestChangedMeanwhile:
    def test_an_edit_read_before_another_administrators_change_says_so_and_reloads(
            self, new_page: Callable[..., Page], token_for: Callable[[str], str]) -> None:
        """Two administrators edit the same unit and the same quota: the one who read first and saves last
        is refused (409), told in Vietnamese, and shown the other's values; saving again then goes through."""
        token, other = token_for("snv.admin"), token_for("sysadmin")
        today = clock.today().isoformat()
        suffix = uuid.uuid4().hex[:6].upper()
        code, name = f"SNV.OCC{suffix}", f"Phòng Phiên bản {suffix}"
        call(token, "POST", "/api/org/units", json={"unit_id": code, "name": name, "parent_id": "SNV",
                                                     "decision_number": f"OCC-{suffix}/QĐ-UBND", "effective_on": today})
        try:
            page = new_page()
            sign_in(page, "snv.admin")
            page.goto(f"{stack.gateway_url()}/org/units/{code}")
            expect(page.get_by_test_id("unit-title")).to_have_text(name)

            # The unit's details: the form is opened, then another administrator saves first.
            choose_operation(page, "update")
            read = call(other, "GET", f"/api/org/units/{code}")
            call(other, "PATCH", f"/api/org/units/{code}", json={
                "address": "Số 2 đường Tân Trào", "row_version": read["row_version"],
                "decision_number": f"OCC-{suffix}-A/QĐ-UBND", "effective_on": today})
            page.get_by_test_id("update-address").fill("Số 5 đường Lê Lợi")
            page.get_by_test_id("decision-number").fill(f"OCC-{suffix}-B/QĐ-UBND")
            page.get_by_test_id("change-submit").click()
            expect(page.get_by_test_id("change-stale")).to_contain_text("đã được người khác thay đổi")
            expect(page.get_by_test_id("update-address")).to_have_value("Số 2 đường Tân Trào")
            view_shot(page, "org-08-unit-changed-meanwhile")
            assert call(token, "GET", f"/api/org/units/{code}")["address"] == "Số 2 đường Tân Trào"
            page.get_by_test_id("update-address").fill("Số 5 đường Lê Lợi")
            page.get_by_test_id("change-submit").click()
            overlays_gone(page)
            expect(page.get_by_test_id("unit-details")).to_contain_text("Số 5 đường Lê Lợi")

            # The year's quota: the same, on the quota form.
            page.get_by_role("tab", name="Biên chế").click()
            page.get_by_test_id("quota-edit").click()
            form = page.get_by_test_id("quota-form")
            expect(form).to_be_visible()
            year = _year(page)
            read = call(other, "GET", f"/api/org/units/{code}/quotas/{year}")
            call(other, "PUT", f"/api/org/units/{code}/quotas/{year}",
                 json={"staffing_quota": 7, "decision_number": "7/QĐ-UBND", "row_version": read["row_version"]})
            form.get_by_label("Biên chế công chức").fill("9")
            page.locator(".ant-modal:visible").get_by_role("button", name="Ghi nhận").click()
            expect(page.get_by_test_id("quota-stale")).to_contain_text("đã được người khác thay đổi")
            expect(form.get_by_label("Biên chế công chức")).to_have_value("7")
            assert call(token, "GET", f"/api/org/units/{code}/quotas/{year}")["staffing_quota"] == 7
            form.get_by_label("Biên chế công chức").fill("9")
            page.locator(".ant-modal:visible").get_by_role("button", name="Ghi nhận").click()
            overlays_gone(page)
            row = page.get_by_test_id("quota-table").locator("tr").filter(has_text="Biên chế công chức")
            expect(row.locator("td").nth(1)).to_have_text("9")
        finally:
            call(token, "POST", f"/api/org/units/{code}/dissolve",
                 json={"decision_number": f"OCC-{suffix}-D/QĐ-UBND", "effective_on": today})

    def test_a_catalog_item_edited_meanwhile_is_not_overwritten(
            self, new_page: Callable[..., Page], token_for: Callable[[str], str]) -> None:
        token, other = token_for("snv.admin"), token_for("sysadmin")
        code = f"OCC{uuid.uuid4().hex[:6].upper()}"
        base = "/api/org/catalogs/religions/items"
        call(token, "POST", base, json={"code": code, "name": "Tôn giáo thử phiên bản", "sort_order": 999})
        try:
            page = new_page()
            sign_in(page, "snv.admin")
            page.get_by_test_id("main-menu").get_by_text("Danh mục").click()
            page.get_by_test_id("catalog-list").locator("[data-catalog=religions]").click()
            page.get_by_test_id("catalog-items").get_by_placeholder("Tìm theo mã hoặc tên").fill(code)
            row = page.get_by_test_id("catalog-table").locator("tr.ant-table-row").filter(has_text=code)
            expect(row).to_have_count(1)
            row.get_by_role("button", name="Sửa").click()
            form = page.get_by_test_id("catalog-item-form")
            name = form.get_by_label("Tên", exact=True)
            expect(name).to_have_value("Tôn giáo thử phiên bản")
            # Meanwhile the system administrator renames it.
            item = next(i for i in call(other, "GET", base) if i["code"] == code)
            call(other, "PATCH", f"{base}/{code}",
                 json={"name": "Tên do người khác sửa", "row_version": item["row_version"]})
            name.fill("Tên của tôi")
            page.locator(".ant-modal:visible .ant-btn-primary").click()
            expect(page.get_by_test_id("catalog-item-stale")).to_contain_text("đã được người khác thay đổi")
            expect(name).to_have_value("Tên do người khác sửa")
            assert next(i for i in call(token, "GET", base) if i["code"] == code)["name"] == "Tên do người khác sửa"
            name.fill("Tên của tôi")
            page.locator(".ant-modal:visible .ant-btn-primary").click()
            overlays_gone(page)
            expect(row).to_contain_text("Tên của tôi")
        finally:
            httpx.delete(f"{stack.gateway_url()}{base}/{code}", headers={"Authorization": f"Bearer {token}"},
                         timeout=30)
