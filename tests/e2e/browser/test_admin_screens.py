"""The "Quản trị hệ thống" screens in a real browser: the Sở Nội vụ manages a commune's account (create with the
server's errors next to the fields, lock, unlock, reset), finds it in the audit log and sees who is
online; the system administrator watches the system's health and replays a dead-lettered event; a commune officer
has no such menu, and changes their own password through Keycloak."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from playwright.sync_api import Locator, Page, expect

from common.events.envelope import Envelope
from common.messaging import ensure_topics
from common.testing import stack

from .conftest import ARTIFACTS, overlays_gone, pick_from_search, shot, sign_in, still

pytestmark = pytest.mark.browser

COMMUNE, COMMUNE_ID = "Xã Minh Ngọc", "00994"  # a commune without a demo account
ACCOUNT_ACTIONS = ["account.create", "account.lock", "account.unlock", "account.password_reset"]


def identity(token: str, method: str, path: str, **kw: object) -> httpx.Response:
    return httpx.request(method, f"{stack.gateway_url()}/api/identity{path}",
                         headers={"Authorization": f"Bearer {token}"}, timeout=30, **kw)  # type: ignore[arg-type]


def field_error(page: Page, field_id: str) -> Locator:
    """The error antd shows under the form field whose input has this id."""
    return page.locator(f".ant-form-item:has(#{field_id}) .ant-form-item-explain-error")


def audit_row(page: Page, action: str) -> Locator:
    """The newest audit row whose action is exactly this one ("Khoá tài khoản", not "Mở khoá tài khoản")."""
    tag = page.locator(".ant-tag", has_text=re.compile(f"^{action}$"))
    return page.get_by_test_id("audit-table").locator("tr.ant-table-row").filter(has=tag).first


def more(page: Page, row: Locator, action: str) -> None:
    """Opens the row's "Khác" menu and picks an action."""
    row.get_by_test_id("account-more").click()
    still(page)
    page.locator(".ant-dropdown:visible").get_by_test_id(action).click()


def row_of(page: Page, username: str) -> Locator:
    return page.get_by_test_id("accounts-table").locator("tr.ant-table-row", has_text=username)


@pytest.fixture
def created(token_for: Callable[[str], str]) -> Iterator[dict[str, str]]:
    """A unique username for this run; afterwards its account is locked (the API deletes no account)."""
    made = {"username": f"e2e.{uuid.uuid4().hex[:10]}"}
    yield made
    token = token_for("snv.admin")
    found = identity(token, "GET", "/accounts", params={"q": made["username"]}).json()["data"]
    for account in found:
        if account["status"] == "active":
            identity(token, "POST", f"/accounts/{account['account_id']}/lock",
                     json={"reason": "Tài khoản của phép thử tự động"})


class TestProvinceAdministrator:
    def test_manages_a_commune_account_and_finds_it_in_the_audit_log(
            self, new_page: Callable[..., Page], token_for: Callable[[str], str], created: dict[str, str]) -> None:
        username = created["username"]
        page = new_page()
        sign_in(page, "snv.admin")
        menu = page.get_by_test_id("main-menu")
        menu.get_by_text("Quản trị hệ thống").click()
        expect(page).to_have_url(f"{stack.gateway_url()}/admin/accounts")
        expect(row_of(page, "xa.ngocduong")).to_contain_text("Xã Ngọc Đường")
        expect(row_of(page, "xa.ngocduong")).to_contain_text("Cán bộ nhập liệu")
        shot(page, "admin-01-accounts")

        # The form: a commune, an existing username first (refused next to the field).
        page.get_by_test_id("account-new").click()
        still(page)
        drawer = page.get_by_test_id("account-create")
        unit = drawer.get_by_test_id("account-unit")
        pick_from_search(page, unit, "Minh Ngọc",
                         page.locator(".ant-select-dropdown:visible .ant-select-item-option",
                                      has_text=re.compile(f"^{COMMUNE}$")),
                         took=lambda: expect(unit).to_contain_text(COMMUNE), api="/api/org/units/search")
        existing = identity(token_for("snv.admin"), "GET", "/accounts", params={"unit_id": COMMUNE_ID}).json()["count"]
        if existing:  # an earlier run left a (locked) account there: a further one needs the unit's request
            expect(drawer).to_contain_text(f"Đơn vị này đã có {existing} tài khoản.")
            drawer.get_by_test_id("account-reason").fill("Đơn vị đề nghị cấp thêm (phép thử tự động)")
        drawer.get_by_test_id("account-username").fill("xa.ngocduong")
        drawer.get_by_test_id("account-fullname").fill("Cán bộ Xã Minh Ngọc")
        # Only the roles a province administrator may grant are offered.
        roles = drawer.get_by_test_id("account-roles").locator("label").all_inner_texts()
        assert [r.strip() for r in roles] == [
            "Quản trị toàn tỉnh", "Lãnh đạo đơn vị", "Cán bộ nhập liệu", "Xem và báo cáo"]
        page.get_by_test_id("account-create-submit").click()
        expect(field_error(page, "username")).to_have_text("Tên đăng nhập đã tồn tại.")

        # A weak password typed by the administrator: Keycloak's policy, in Vietnamese, under the field.
        drawer.get_by_test_id("account-username").fill(username)
        drawer.get_by_test_id("account-password-mode").get_by_text("Tự nhập").click()
        drawer.get_by_test_id("account-password").fill("abc")
        page.get_by_test_id("account-create-submit").click()
        expect(field_error(page, "password")).to_contain_text("Mật khẩu phải")
        field_error(page, "password").scroll_into_view_if_needed()
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(ARTIFACTS / "admin-02-create-weak-password.png"))  # the drawer as seen

        # A generated one: shown once.
        drawer.get_by_test_id("account-password-mode").get_by_text("Hệ thống tự sinh").click()
        page.get_by_test_id("account-create-submit").click()
        temporary = page.get_by_test_id("temporary-password")
        expect(temporary).to_be_visible()
        assert len(temporary.inner_text().strip()) >= 8
        still(page)
        page.get_by_test_id("temporary-password-close").click()
        overlays_gone(page)  # the drawer too: the password shows only once it has gone

        page.get_by_test_id("accounts-search").locator("input").fill(username)
        page.get_by_test_id("accounts-search").locator("input").press("Enter")
        row = row_of(page, username)
        expect(row).to_contain_text(COMMUNE)
        expect(row.get_by_test_id("account-status")).to_have_text("Đang hoạt động")
        expect(page.get_by_test_id("accounts-table").locator("tr.ant-table-row")).to_have_count(1)

        # Lock: the reason is required; then the row says locked.
        row.get_by_test_id("account-lock").click()
        still(page)
        page.get_by_test_id("lock-confirm").click()
        expect(field_error(page, "reason")).to_have_text("Vui lòng nhập thông tin này.")
        page.get_by_test_id("lock-reason").fill("Cán bộ nghỉ phép dài ngày")
        page.get_by_test_id("lock-confirm").click()
        expect(row.get_by_test_id("account-status")).to_have_text("Đã khoá")
        overlays_gone(page)

        row.get_by_test_id("account-unlock").click()
        still(page)
        page.get_by_test_id("lock-reason").fill("Cán bộ đã trở lại làm việc")
        page.get_by_test_id("lock-confirm").click()
        expect(row.get_by_test_id("account-status")).to_have_text("Đang hoạt động")
        overlays_gone(page)

        more(page, row, "account-reset")
        still(page)
        page.get_by_test_id("reset-confirm").click()
        expect(page.get_by_test_id("temporary-password")).to_be_visible()
        assert len(page.get_by_test_id("temporary-password").inner_text().strip()) >= 8
        still(page)
        page.get_by_test_id("temporary-password-close").click()
        overlays_gone(page)

        # The audit log: every change of this account, opened from its row.
        token = token_for("snv.admin")
        account_id = identity(token, "GET", "/accounts", params={"q": username}).json()["data"][0]["account_id"]
        deadline = time.monotonic() + 20
        while True:  # the entries come back through Kafka; wait until the service has them all
            entries = identity(token, "GET", "/audit", params={"resource_id": account_id}).json()["data"]
            found = {r["action"] for r in entries}
            if set(ACCOUNT_ACTIONS) <= found or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        more(page, row, "account-audit")
        expect(page).to_have_url(f"{stack.gateway_url()}/admin/audit?resource_id={account_id}")
        table = page.get_by_test_id("audit-table")
        for label in ["Tạo tài khoản", "Khoá tài khoản", "Mở khoá tài khoản", "Cấp lại mật khẩu"]:
            expect(audit_row(page, label)).to_contain_text("snv.admin")
        lock_row = audit_row(page, "Khoá tài khoản")
        expect(lock_row).to_contain_text("Cán bộ nghỉ phép dài ngày")  # the reason
        expect(page.get_by_test_id("audit-resource")).to_have_value(account_id)
        # Searching by action and account from the form narrows it to the lock.
        page.get_by_test_id("audit-actor").fill("snv.admin")
        action = page.get_by_test_id("audit-action")
        pick_from_search(page, action, "Khoá tài",  # the actions are filtered in the page
                         page.locator(".ant-select-dropdown:visible .ant-select-item-option",
                                      has_text=re.compile("^Khoá tài khoản$")),
                         took=lambda: expect(action).to_contain_text("Khoá tài khoản"))
        page.get_by_test_id("audit-search").click()
        expect(table.locator("tr.ant-table-row")).to_have_count(1)
        expect(table.locator("tr.ant-table-row")).to_contain_text(username)
        assert page.get_by_test_id("audit-verify").count() == 0  # the chain check is the system admin's
        shot(page, "admin-03-audit-search")

        page.get_by_test_id("admin-tab-online").click()
        expect(page).to_have_url(f"{stack.gateway_url()}/admin/online")
        online = page.get_by_test_id("online-table").locator("tr.ant-table-row", has_text="snv.admin")
        expect(online).to_contain_text("Sở Nội vụ")
        shot(page, "admin-04-online-users")


    def test_roles_changed_meanwhile_by_another_administrator_are_not_overwritten(
            self, new_page: Callable[..., Page], token_for: Callable[[str], str], created: dict[str, str]) -> None:
        """The roles dialog was opened before another administrator changed the account's roles: saving is
        refused, the dialog says so in Vietnamese and shows the roles as they now are; saving again works."""
        token, other = token_for("snv.admin"), token_for("sysadmin")
        username = created["username"]
        made = identity(token, "POST", "/accounts", json={
            "username": username, "unit_id": COMMUNE_ID, "roles": ["viewer"], "full_name": "Cán bộ thử phân quyền",
            "additional_reason": "Đơn vị đề nghị cấp thêm (phép thử tự động)"})
        assert made.status_code == 201, made.text
        account_id = made.json()["account"]["account_id"]
        page = new_page()
        sign_in(page, "snv.admin")
        page.goto(f"{stack.gateway_url()}/admin/accounts")
        page.get_by_test_id("accounts-search").locator("input").fill(username)
        page.get_by_test_id("accounts-search").locator("input").press("Enter")
        row = row_of(page, username)
        expect(row).to_contain_text(COMMUNE)
        more(page, row, "account-roles-edit")
        dialog = page.locator(".ant-modal:visible")
        expect(dialog.get_by_role("checkbox", name="Xem và báo cáo")).to_be_checked()
        # Meanwhile the system administrator makes the account a data-entry officer.
        read = identity(other, "GET", f"/accounts/{account_id}").json()
        done = identity(other, "PUT", f"/accounts/{account_id}/roles",
                        json={"roles": ["unit_officer"], "row_version": read["row_version"]})
        assert done.status_code == 200, done.text
        dialog.get_by_role("checkbox", name="Lãnh đạo đơn vị").check()
        dialog.get_by_role("button", name="Lưu").click()
        expect(page.get_by_test_id("roles-stale")).to_contain_text("đã được người khác thay đổi")
        expect(dialog.get_by_role("checkbox", name="Cán bộ nhập liệu")).to_be_checked()
        expect(dialog.get_by_role("checkbox", name="Lãnh đạo đơn vị")).not_to_be_checked()
        expect(dialog.get_by_role("checkbox", name="Xem và báo cáo")).not_to_be_checked()
        shot(page, "admin-05-roles-changed-meanwhile")
        assert identity(token, "GET", f"/accounts/{account_id}").json()["roles"] == ["unit_officer"]
        dialog.get_by_role("checkbox", name="Lãnh đạo đơn vị").check()
        dialog.get_by_role("button", name="Lưu").click()
        overlays_gone(page)
        expect(row).to_contain_text("Lãnh đạo đơn vị")
        assert identity(token, "GET", f"/accounts/{account_id}").json()["roles"] == ["unit_leader", "unit_officer"]

    def test_an_administrators_authenticator_app_is_reset_only_on_a_second_administrators_word(
            self, new_page: Callable[..., Page]) -> None:
        page = new_page()
        sign_in(page, "snv.admin")
        page.goto(stack.gateway_url() + "/admin/accounts")
        # The action is offered for administrators' accounts only (a commune officer has no authenticator).
        row_of(page, "xa.ngocduong").get_by_test_id("account-more").click()
        still(page)
        expect(page.locator(".ant-dropdown:visible").get_by_test_id("account-reset")).to_be_visible()
        expect(page.locator(".ant-dropdown:visible").get_by_test_id("account-second-factor")).to_have_count(0)
        page.keyboard.press("Escape")
        still(page)
        more(page, row_of(page, "snv.admin"), "account-second-factor")
        dialog = page.locator(".ant-modal-confirm")
        expect(dialog).to_contain_text("Đặt lại ứng dụng xác thực của snv.admin?")
        expect(dialog).to_contain_text("Cần một quản trị viên khác xác nhận.")
        still(page)
        shot(page, "admin-second-factor-reset")
        dialog.get_by_role("button", name="Hủy").click()
        overlays_gone(page)


class TestSystemAdministrator:
    def test_verifies_the_audit_chains(self, new_page: Callable[..., Page]) -> None:
        page = new_page()
        sign_in(page, "sysadmin")
        page.goto(stack.gateway_url() + "/admin/audit")
        page.get_by_test_id("audit-verify").click()
        result = page.get_by_test_id("audit-verify-result")
        expect(result).to_contain_text("Nhật ký toàn vẹn")
        expect(result).to_contain_text("personnel")

    def test_watches_the_system_health_and_replays_a_dead_lettered_event(
            self, new_page: Callable[..., Page], token_for: Callable[[str], str]) -> None:
        token = token_for("sysadmin")
        # A dead-lettered event of a topic nobody consumes (so its replay is final), as a consumer writes it.
        identity(token, "POST", "/operations/dead-letters/replay-all", json={"topic": PROBE_DLQ})  # earlier runs'
        event_id = str(uuid.uuid4())
        with ThreadPoolExecutor(1) as pool:  # Playwright's sync API holds this thread's event loop
            pool.submit(asyncio.run, dead_letter(event_id)).result(timeout=60)
        page = new_page()
        sign_in(page, "sysadmin")
        page.goto(stack.gateway_url() + "/admin/accounts")
        page.get_by_test_id("admin-tab-health").click()
        expect(page).to_have_url(f"{stack.gateway_url()}/admin/health")
        for name, label in (("personnel", "Hồ sơ CBCCVC"), ("postgres", "CSDL PostgreSQL"), ("kafka", "Kafka")):
            expect(page.get_by_test_id(f"component-{name}")).to_contain_text(label)
            expect(page.get_by_test_id(f"component-{name}")).to_contain_text("Bình thường")
        expect(page.get_by_test_id("health-backups")).to_contain_text("Cơ sở dữ liệu (PostgreSQL)")
        expect(page.get_by_test_id("health-rehearsal")).to_contain_text("Diễn tập khôi phục gần nhất")
        expect(page.get_by_test_id("health-audit")).to_contain_text("Tổ chức - biên chế")
        expect(page.get_by_test_id("health-updated")).to_contain_text("Tự cập nhật mỗi 15 giây")
        row = page.get_by_test_id("dlq-table").locator("tr.ant-table-row", has_text=f"{PROBE_DLQ}/0@")
        expect(row).to_contain_text("identity.e2eprobe.happened.v1")
        expect(row).to_contain_text("Đơn vị U-E2E chưa có trong cây đơn vị")
        shot(page, "admin-05-system-health")

        row.get_by_test_id("dlq-replay").click()
        still(page)
        page.locator(".ant-popconfirm:visible").get_by_role("button", name="Phát lại").click()
        expect(page.get_by_text("Đã phát lại 1 sự kiện")).to_be_visible()
        expect(row).to_have_count(0)
        found = identity(token, "GET", "/audit", params={"action": "replay", "actor": "sysadmin", "limit": 20}).json()
        assert any(r["resource_id"].startswith(f"{PROBE_DLQ}/0@") for r in found["data"])

    def test_the_health_screen_is_not_offered_to_the_province_administrator(
            self, new_page: Callable[..., Page]) -> None:
        page = new_page()
        sign_in(page, "snv.admin")
        page.goto(stack.gateway_url() + "/admin/accounts")
        expect(page.get_by_test_id("admin-tab-online")).to_be_visible()
        expect(page.get_by_test_id("admin-tab-health")).to_have_count(0)
        page.goto(stack.gateway_url() + "/admin/health")
        expect(page).to_have_url(f"{stack.gateway_url()}/admin/accounts")


PROBE_TOPIC = "identity.e2eprobe"
PROBE_DLQ = PROBE_TOPIC + ".dlq"


async def dead_letter(event_id: str) -> None:
    await ensure_topics(stack.kafka_bootstrap(), [PROBE_TOPIC, PROBE_DLQ], partitions=1)
    envelope = Envelope(id=event_id, type="identity.e2eprobe.happened.v1", source="/e2e", subject="U-E2E",
                        data={"unit_id": "U-E2E"})
    producer = AIOKafkaProducer(bootstrap_servers=stack.kafka_bootstrap())
    await producer.start()
    try:
        await producer.send_and_wait(PROBE_DLQ, envelope.model_dump_json().encode(), key=b"U-E2E", headers=[
            ("x-error-type", b"PermanentError"),
            ("x-error", "Đơn vị U-E2E chưa có trong cây đơn vị".encode()),
            ("x-original-topic", PROBE_TOPIC.encode()), ("x-original-partition", b"0"),
            ("x-original-offset", b"0"), ("x-consumer", b"identity.e2e"), ("x-attempts", b"1")])
    finally:
        await producer.stop()


class TestCommuneOfficer:
    def test_has_no_administration_and_changes_their_own_password_in_keycloak(
            self, new_page: Callable[..., Page]) -> None:
        page = new_page()
        sign_in(page, "xa.ngocduong")
        expect(page.get_by_test_id("main-menu")).to_contain_text("Hồ sơ CBCCVC")
        expect(page.get_by_test_id("main-menu")).not_to_contain_text("Quản trị hệ thống")
        page.goto(stack.gateway_url() + "/admin/accounts")
        expect(page.get_by_text("Tài khoản không có quyền truy cập chức năng này.")).to_be_visible()
        expect(page.get_by_test_id("accounts-table")).to_have_count(0)

        page.get_by_test_id("account-menu").click()
        still(page)
        page.get_by_text("Tài khoản của tôi").click()
        expect(page).to_have_url(f"{stack.gateway_url()}/account")
        expect(page.get_by_test_id("own-profile")).to_contain_text("xa.ngocduong")
        expect(page.get_by_test_id("own-password")).to_contain_text("ít nhất 8 ký tự")
        expect(page.get_by_test_id("own-password")).to_contain_text("30 ngày")
        shot(page, "admin-05-own-account")

        # Keycloak's own page asks for the new password; cancelling comes back here and says so.
        page.get_by_test_id("change-password").click()
        expect(page.locator("#password-new")).to_be_visible()
        shot(page, "admin-06-keycloak-update-password")
        page.locator("[name=cancel-aia]").click()
        expect(page.get_by_test_id("password-status")).to_have_text("Chưa đổi mật khẩu (đã huỷ).")
        expect(page).to_have_url(f"{stack.gateway_url()}/account")
