"""The web client in a real browser: sign-in through Keycloak, scope by account, language, sign-out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import httpx
import pytest
from playwright.sync_api import Page, expect

from common.testing import stack, totp

from .conftest import TABLET, open_login, pick_from_search, shot, sign_in, still, unit_picker_options

pytestmark = pytest.mark.browser


def org_get(token: str, path: str) -> list[dict[str, object]]:
    resp = httpx.get(f"{stack.gateway_url()}/api/org{path}", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    resp.raise_for_status()
    return list(resp.json())


def fold(text: str) -> str:
    """What a user types without Vietnamese diacritics: "Đỗ Hồng Anh" -> "do hong anh"."""
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def menu_texts(page: Page) -> list[str]:
    return [t.strip() for t in page.get_by_test_id("main-menu").locator(".ant-menu-title-content").all_inner_texts()]


class TestCommuneOfficer:
    def test_sees_only_their_commune(self, new_page: Callable[..., Page], token_for: Callable[[str], str]) -> None:
        roots = org_get(token_for("xa.ngocduong"), "/units/roots")
        assert [r["unit_id"] for r in roots] == ["00700"]
        page = new_page()
        sign_in(page, "xa.ngocduong")

        expect(page.get_by_test_id("account-unit")).to_have_text("Xã Ngọc Đường")
        expect(page.get_by_test_id("account-role")).to_have_text("Cán bộ nhập liệu")
        expect(page.get_by_test_id("dashboard-unit")).to_have_text("Xã Ngọc Đường")
        # The picker offers the commune and nothing above or beside it.
        assert unit_picker_options(page) == ["Xã Ngọc Đường"]
        menu = menu_texts(page)
        assert "Hồ sơ CBCCVC" in menu and "Tổ chức - biên chế" in menu
        assert "Quản trị hệ thống" not in menu and "Danh mục" not in menu
        shot(page, "01-dashboard-commune-officer")

        page.get_by_test_id("main-menu").get_by_text("Hồ sơ CBCCVC").click()
        expect(page).to_have_url(re.compile(r"/personnel$"))
        expect(page.get_by_test_id("breadcrumbs")).to_contain_text("Hồ sơ CBCCVC")
        expect(page.get_by_test_id("person-table").locator(".ant-spin-spinning")).to_have_count(0)
        cells = page.locator("[data-testid=person-table] tbody tr.ant-table-row td:nth-child(5)")
        units = {u.strip() for u in cells.all_inner_texts()}
        assert units <= {"Xã Ngọc Đường", ""}, units
        shot(page, "02-personnel-commune-officer")

        # A typed address of a section the menu hides shows a refusal, not the screen.
        page.goto(stack.gateway_url() + "/admin")
        expect(page.get_by_text("Tài khoản không có quyền truy cập chức năng này.")).to_be_visible()


class TestProvinceAdministrator:
    def test_sees_the_whole_province(self, new_page: Callable[..., Page], token_for: Callable[[str], str]) -> None:
        token = token_for("snv.admin")
        roots = org_get(token, "/units/roots")
        assert [r["unit_id"] for r in roots] == ["TQ"]
        children = {str(c["name"]) for c in org_get(token, "/units/TQ/children")}
        page = new_page()
        sign_in(page, "snv.admin")

        expect(page.get_by_test_id("account-unit")).to_have_text("Sở Nội vụ")
        expect(page.get_by_test_id("account-role")).to_have_text("Quản trị toàn tỉnh")
        expect(page.get_by_test_id("dashboard-unit")).to_have_text("Tỉnh Tuyên Quang")
        # The province at the top, then (expanded) the units right under it.
        page.get_by_test_id("unit-picker").click()
        expect(page.locator(".ant-select-tree-title").nth(1)).to_be_visible()
        titles = page.locator(".ant-select-tree-title").all_inner_texts()
        page.keyboard.press("Escape")
        assert titles[0] == "Tỉnh Tuyên Quang"
        assert len(titles) > 1 and set(titles[1:]) <= children, titles
        menu = menu_texts(page)
        for section in ("Hồ sơ CBCCVC", "Tổ chức - biên chế", "Điều động - chuyển công tác", "Báo cáo - thống kê",
                        "Danh mục", "Tin tức - thông báo", "Quản trị hệ thống"):
            assert section in menu
        expect(page.get_by_test_id("dashboard-subunits")).not_to_contain_text("Chưa có dữ liệu")
        shot(page, "03-dashboard-province-admin")

        page.get_by_test_id("main-menu").get_by_text("Tổ chức - biên chế").click()
        expect(page.get_by_test_id("org-tree")).to_contain_text("Tỉnh Tuyên Quang")
        expect(page.get_by_test_id("org-tree")).to_contain_text("Sở Nội vụ")
        expect(page.get_by_test_id("org-details")).to_contain_text("TQ")
        shot(page, "04-org-province-admin")

        # English on demand; the choice stays after a reload.
        page.get_by_text("EN", exact=True).click()
        expect(page.get_by_test_id("main-menu")).to_contain_text("Personnel records")
        page.reload()
        expect(page.get_by_test_id("main-menu")).to_contain_text("Organisation and quotas")
        page.get_by_text("VI", exact=True).click()
        expect(page.get_by_test_id("main-menu")).to_contain_text("Hồ sơ CBCCVC")

        # The global search finds a person typed without diacritics and opens the record.
        people = httpx.get(f"{stack.gateway_url()}/api/personnel/persons", params={"size": 1},
                           headers={"Authorization": f"Bearer {token}"}, timeout=30).json()["items"]
        if people:
            person = people[0]
            pick_from_search(page, page.get_by_test_id("global-search").locator("input"), fold(person["full_name"]),
                             page.locator(".ant-select-dropdown:visible .ant-select-item-option")
                             .filter(has_text=person["full_name"]).first,
                             took=lambda: expect(page).to_have_url(re.compile(f"/personnel/{person['person_id']}$")),
                             api="/api/personnel/persons")
            expect(page.locator("h3.ant-typography")).to_have_text(person["full_name"])
            shot(page, "07-person-found-by-search")

    def test_tablet_layout(self, new_page: Callable[..., Page]) -> None:
        page = new_page(viewport=TABLET)
        sign_in(page, "snv.admin")
        expect(page.get_by_test_id("dashboard-unit")).to_have_text("Tỉnh Tuyên Quang")
        expect(page.get_by_test_id("unit-picker")).to_be_visible()
        expect(page.get_by_test_id("global-search")).to_be_visible()
        # Nothing wider than the screen: no sideways scrolling on a tablet.
        assert page.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
        shot(page, "05-dashboard-tablet")


class TestSignIn:
    def test_wrong_password_shows_a_vietnamese_message(self, new_page: Callable[..., Page]) -> None:
        page = new_page()
        open_login(page)
        shot(page, "00-sign-in")
        page.fill("#username", "xa.phulinh")
        page.fill("#password", "sai-mat-khau")
        page.click("#kc-login")
        expect(page.get_by_text("Tên người dùng hoặc mật khẩu không hợp lệ.")).to_be_visible()
        shot(page, "06-sign-in-wrong-password")
        # Then the right one works (and clears the failure count of the brute-force guard).
        sign_in(page, "xa.phulinh")

    def test_an_administrator_types_a_one_time_code_after_the_password(self, new_page: Callable[..., Page]) -> None:
        page = new_page()
        open_login(page)
        page.fill("#username", "snv.admin")
        page.fill("#password", stack.DEMO_PASSWORD)
        page.click("#kc-login")
        expect(page.locator("#otp")).to_be_visible()  # Keycloak's second page: the authenticator app's code
        shot(page, "06-sign-in-one-time-code")
        page.fill("#otp", totp.code())
        page.click("#kc-login")
        expect(page.get_by_test_id("account-menu")).to_be_visible()
        expect(page.get_by_test_id("account-role")).to_have_text("Quản trị toàn tỉnh")

    def test_sign_out_ends_the_keycloak_session(self, new_page: Callable[..., Page]) -> None:
        page = new_page()
        sign_in(page, "stp.officer")
        page.get_by_test_id("account-menu").click()
        still(page)
        page.get_by_text("Đăng xuất").click()
        # Back at the start, the client finds no session and Keycloak asks for the password again.
        page.wait_for_selector("#username")
        assert "/auth/realms/cbccvc/" in page.url
