"""The Excel import wizard in a real browser (issue 18.6): an officer downloads the template, uploads it filled
with two people (one with a misspelt ethnicity), reads the preview (the error by sheet, row and column with the
suggestion, each person's outcome), confirms, watches it written and finds the draft waiting for approval; a
renamed PDF is refused with a Vietnamese message."""

from __future__ import annotations

import io
import time
import uuid
from collections.abc import Callable

import httpx
import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from common.testing import files, stack

from .conftest import shot, sign_in

pytestmark = pytest.mark.browser


def unique_cccd(year: int, female: bool) -> str:
    return f"008{'1' if female else '0'}{year % 100:02d}{uuid.uuid4().int % 1_000_000:06d}"


def filled_template(token: str, people: list[dict[str, object]]) -> bytes:
    resp = httpx.get(stack.gateway_url() + "/api/personnel/imports/template.xlsx",
                     headers={"Authorization": f"Bearer {token}"}, timeout=60)
    assert resp.status_code == 200, resp.text
    wb = load_workbook(io.BytesIO(resp.content))
    ws = wb["Hồ sơ"]
    headers = {c.value: c.column for c in ws[1]}
    for r, person in enumerate(people, start=2):
        for header, value in person.items():
            ws.cell(row=r, column=headers[header], value=value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_an_officer_imports_a_filled_template_and_the_draft_waits_for_approval(
        new_page: Callable[..., Page], token_for: Callable[[str], str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    suffix = uuid.uuid4().hex[:4]
    good, typo = f"Đinh Thị Nhập {suffix}", f"Ma Văn Lỗi {suffix}"
    content = filled_template(token_for("stp.officer"), [
        {"Số định danh cá nhân (CCCD)": unique_cccd(1988, True), "Mã đơn vị": "STP - Sở Tư pháp", "Họ và tên": good,
         "Giới tính": "2 - Nữ", "Ngày sinh": "12/04/1988", "Dân tộc": "01 - Kinh", "Tôn giáo": "00 - Không"},
        {"Số định danh cá nhân (CCCD)": unique_cccd(1985, False), "Mã đơn vị": "STP", "Họ và tên": typo,
         "Giới tính": "Nam", "Ngày sinh": "03/02/1985", "Dân tộc": "Tayy"},
    ])
    upload = tmp_path / "ho-so-so-tu-phap.xlsx"
    upload.write_bytes(content)
    renamed = tmp_path / "khong-phai-excel.xlsx"
    renamed.write_bytes(files.pdf())

    page = new_page()
    sign_in(page, "stp.officer")
    page.get_by_test_id("main-menu").get_by_text("Nhập hồ sơ từ Excel").click()
    expect(page.get_by_test_id("import-page")).to_contain_text("Tải mẫu Excel")
    with page.expect_download() as download:
        page.get_by_test_id("import-template").click()
    assert download.value.suggested_filename == "mau-nhap-ho-so.xlsx"

    page.get_by_test_id("import-upload").locator("input[type=file]").set_input_files(str(renamed))
    expect(page.get_by_test_id("import-refused")).to_contain_text("không phải là bảng tính Excel")

    page.get_by_test_id("import-upload").locator("input[type=file]").set_input_files(str(upload))
    summary = page.get_by_test_id("import-summary")
    expect(summary).to_contain_text("Hồ sơ mới", timeout=60_000)
    errors = page.get_by_test_id("import-errors")
    expect(errors).to_contain_text("'Tayy' không có trong danh mục. Có phải: 02 - Tày")
    expect(errors.locator("tr", has_text="Tayy")).to_contain_text("Hồ sơ")
    expect(errors.locator("tr", has_text="Tayy")).to_contain_text("Dân tộc")
    shot(page, "import-preview-errors")
    page.get_by_role("tab", name="Từng người").click()
    people = page.get_by_test_id("import-people")
    expect(people.locator("tr", has_text=good)).to_contain_text("Mới")
    expect(people.locator("tr", has_text=typo)).to_contain_text("Có lỗi")
    shot(page, "import-preview-people")

    page.get_by_test_id("import-confirm").click()
    page.locator(".ant-popconfirm .ant-btn-primary").click()
    expect(page.get_by_test_id("import-done")).to_contain_text("Đã ghi 1 hồ sơ mới", timeout=60_000)
    shot(page, "import-done")

    drafts = httpx.get(stack.gateway_url() + "/api/personnel/change-requests",
                       params={"state": "draft", "size": 200},
                       headers={"Authorization": f"Bearer {token_for('stp.officer')}"}, timeout=30).json()["items"]
    assert [d["profile"]["identity"]["full_name"] for d in drafts if suffix in d["profile"]["identity"]["full_name"]] \
        == [good]


def submitted_import(token: str, content: bytes, name: str) -> str:
    """Uploaded and confirmed in mode submitted through the gateway, as the wizard does; returns the job."""
    auth = {"Authorization": f"Bearer {token}"}
    base = stack.gateway_url() + "/api/personnel/imports"
    job = httpx.post(base, files={"file": (name, content, "application/octet-stream")}, headers=auth, timeout=60).json()

    def state() -> dict:  # type: ignore[type-arg]
        return httpx.get(f"{base}/{job['id']}", headers=auth, timeout=30).json()  # type: ignore[no-any-return]

    for _ in range(120):
        if state()["state"] == "preview":
            break
        time.sleep(0.5)
    r = httpx.post(f"{base}/{job['id']}/confirm", json={"mode": "submitted"}, headers=auth, timeout=30)
    assert r.status_code == 200, r.text
    for _ in range(120):
        if state()["state"] == "done":
            return str(job["id"])
        time.sleep(0.5)
    raise AssertionError(f"the import never finished: {state()}")


def test_a_leader_approves_a_whole_submitted_import_under_one_decision(
        new_page: Callable[..., Page], token_for: Callable[[str], str]) -> None:
    suffix = uuid.uuid4().hex[:4]
    names = [f"Hoàng Thị Duyệt {suffix}", f"Lý Thị Quyết {suffix}"]
    content = filled_template(token_for("stp.officer"), [
        {"Số định danh cá nhân (CCCD)": unique_cccd(1987 + i, True), "Mã đơn vị": "STP - Sở Tư pháp", "Họ và tên": n,
         "Giới tính": "2 - Nữ", "Ngày sinh": f"05/06/{1987 + i}", "Dân tộc": "01 - Kinh", "Tôn giáo": "00 - Không"}
        for i, n in enumerate(names)])
    file_name = f"ho-so-duyet-{suffix}.xlsx"
    job_id = submitted_import(token_for("stp.officer"), content, file_name)

    # The officer who confirmed it finds it done, without the approval button.
    page = new_page()
    sign_in(page, "stp.officer")
    page.get_by_test_id("main-menu").get_by_text("Nhập hồ sơ từ Excel").click()
    page.get_by_test_id("import-page").locator("tr", has_text=file_name).get_by_role("button", name="Mở").click()
    expect(page.get_by_test_id("import-done")).to_contain_text("Đã ghi 2 hồ sơ mới")
    expect(page.get_by_test_id("import-approve-all")).to_have_count(0)

    # The unit's leader opens it among the imports waiting under the unit and approves it under one decision.
    page = new_page()
    sign_in(page, "stp.leader")
    page.get_by_test_id("main-menu").get_by_text("Nhập hồ sơ từ Excel").click()
    page.get_by_test_id("import-page").locator("tr", has_text=file_name).get_by_role("button", name="Mở").click()
    page.get_by_test_id("import-approve-all").click()
    dialog = page.locator(".ant-modal")
    expect(dialog).to_contain_text("Phê duyệt cùng lúc 2 yêu cầu")
    page.locator("#import-decision_decision_number").fill(f"45/QĐ-STP-{suffix}")
    date = page.locator("#import-decision_decision_signed_on")
    date.click()
    date.fill("01/12/2026")
    date.press("Enter")
    page.locator("#import-decision_signer").fill("Trần Văn Giám")
    page.locator("#import-decision_issuer").fill("Sở Tư pháp tỉnh Tuyên Quang")
    shot(page, "import-approve-dialog")
    dialog.get_by_role("button", name="Phê duyệt 2 hồ sơ").click()
    done = page.get_by_test_id("import-approved")
    expect(done).to_contain_text(f"Đã phê duyệt 2 hồ sơ theo quyết định số 45/QĐ-STP-{suffix}", timeout=60_000)
    expect(done).to_contain_text("Ngày ký 01/12/2026, người ký Trần Văn Giám (Sở Tư pháp tỉnh Tuyên Quang);"
                                 " người phê duyệt stp.leader")
    shot(page, "import-approved")

    job = httpx.get(f"{stack.gateway_url()}/api/personnel/imports/{job_id}",
                    headers={"Authorization": f"Bearer {token_for('stp.officer')}"}, timeout=30).json()
    assert (job["state"], job["approved_count"], job["skipped_count"]) == ("approved", 2, 0)
