"""Personnel screens in a real browser, one journey: an officer drafts a new person (a wrong CCCD first,
answered in Vietnamese next to the field), the unit leader approves it from the inbox's field-by-field
difference, the officer finds the person typed without diacritics, opens the tabs, uploads a scan and
sees its preview; another commune's officer cannot find the person."""

from __future__ import annotations

import random
import re
import string
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from common.testing import stack

from .conftest import ARTIFACTS, call, overlays_gone, pick_from_search, shot, sign_in, still, type_search

pytestmark = pytest.mark.browser


def png(width: int = 320, height: int = 200) -> bytes:
    """A small real PNG (a green rectangle), so the preview has something to draw."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\x20\xa0\x40" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def field_error(page: Page, field_id: str) -> Locator:
    """The message antd shows under the form item that holds the input with this id."""
    return page.locator(f".ant-form-item:has(#{field_id}) .ant-form-item-explain-error")


def choose(page: Page, field_id: str, option: str) -> None:
    page.locator(f"#{field_id}").click()
    still(page)
    page.locator(".ant-select-dropdown:visible .ant-select-item-option", has_text=option).first.click()


def type_date(page: Page, field_id: str, ddmmyyyy: str) -> None:
    box = page.locator(f"#{field_id}")
    box.click()
    box.fill(ddmmyyyy)
    box.press("Enter")


def test_officer_drafts_leader_approves_officer_finds_and_documents(new_page: Callable[..., Page]) -> None:
    suffix = "".join(random.choices(string.ascii_lowercase, k=6))
    name = f"Trần Đức Thử {suffix.capitalize()}"
    folded = f"tran duc thu {suffix}"
    valid_cccd = "0080" + "90" + "".join(random.choices(string.digits, k=6))  # Tuyên Quang, man born 1990

    # stp.officer: a new record; a CCCD with a province code that does not exist is refused in place.
    officer = new_page()
    sign_in(officer, "stp.officer")
    officer.goto(stack.gateway_url() + "/personnel")
    officer.get_by_test_id("new-person").click()
    expect(officer).to_have_url(re.compile(r"/personnel/new$"))
    # The header's unit (its name once org has answered).
    expect(officer.get_by_test_id("unit-field")).to_contain_text(re.compile("Sở Tư pháp|STP"))
    officer.fill("#person_identity_full_name", name)
    choose(officer, "person_identity_gender", "Nam")
    type_date(officer, "person_identity_birth_date", "15/05/1990")
    officer.fill("#person_identity_personal_id_number", "099090123456")  # 099: no province (100+ is a country)
    officer.get_by_test_id("submit-request").click()
    cccd_error = field_error(officer, "person_identity_personal_id_number")
    expect(cccd_error).to_contain_text("Mã tỉnh nơi đăng ký khai sinh '099'")
    shot(officer, "personnel-03-edit-form-error")

    officer.fill("#person_identity_personal_id_number", valid_cccd)
    officer.get_by_test_id("submit-request").click()
    expect(officer).to_have_url(re.compile(r"/personnel/[0-9a-f-]{36}$"))
    person_id = officer.url.rsplit("/", 1)[1]
    expect(officer.get_by_text("Chờ duyệt").first).to_be_visible()

    # stp.leader: the inbox, the difference field by field, approval with a decision number.
    leader = new_page()
    sign_in(leader, "stp.leader")
    leader.goto(stack.gateway_url() + "/approvals")
    leader.get_by_test_id("approvals-table").get_by_text(name).click()
    diff = leader.get_by_test_id("diff-table")
    expect(diff).to_contain_text("Họ và tên khai sinh")
    expect(diff).to_contain_text(name)
    expect(diff).to_contain_text(valid_cccd)
    expect(diff).to_contain_text("15/05/1990")
    shot(leader, "personnel-04-inbox-diff")
    leader.get_by_test_id("approve").click()
    still(leader)
    leader.locator(".ant-modal:visible #decision_decision_number").fill("15/QĐ-STP")
    leader.locator(".ant-modal:visible").get_by_role("button", name="Duyệt").click()
    expect(leader).to_have_url(re.compile(r"/approvals$"))
    expect(leader.get_by_test_id("approvals-table")).not_to_contain_text(name)

    # stp.officer: found typed without diacritics, opened in its tabs.
    officer.goto(stack.gateway_url() + "/personnel")
    type_search(officer, officer.get_by_test_id("person-search"), folded, api="/api/personnel/persons")
    table = officer.get_by_test_id("person-table")
    expect(table.locator("tbody tr.ant-table-row")).to_have_count(1)
    expect(table).to_contain_text(name)
    shot(officer, "personnel-01-list")
    table.get_by_text(name).click()
    expect(officer.get_by_test_id("person-name")).to_have_text(name)
    expect(officer.locator("[role=tabpanel]:visible")).to_contain_text(valid_cccd)
    expect(officer.locator("[role=tabpanel]:visible")).to_contain_text("Nam")
    shot(officer, "personnel-02-profile")
    for tab in ("Trình độ - đào tạo", "Lương - phụ cấp", "Quan hệ gia đình"):
        officer.get_by_role("tab", name=tab).click()
        expect(officer.locator("[role=tabpanel]:visible")).to_be_visible()
    officer.get_by_role("tab", name="Lịch sử thay đổi").click()
    expect(officer.locator("[role=tabpanel]:visible")).to_contain_text("stp.leader")
    expect(officer.locator("[role=tabpanel]:visible")).to_contain_text("15/QĐ-STP")

    # Documents: upload a PNG scan, see it in the list and its preview drawn in the page.
    officer.get_by_role("tab", name="Tài liệu").click()
    officer.get_by_test_id("add-document").click()
    still(officer)
    modal = officer.locator(".ant-modal:visible")
    document_type = modal.get_by_test_id("document-type")
    pick_from_search(officer, document_type, "Căn cước",  # the types are filtered in the page
                     officer.locator(".ant-select-dropdown:visible .ant-select-item-option",
                                     has_text="Căn cước công dân").first,
                     took=lambda: expect(document_type).to_contain_text("Căn cước công dân"))
    modal.locator("#document_number").fill(valid_cccd)
    scan = Path(ARTIFACTS) / f"scan-{suffix}.png"
    scan.write_bytes(png())
    modal.locator("input[type=file]").set_input_files(str(scan))
    modal.get_by_role("button", name="Tải lên tài liệu").click()
    documents = officer.get_by_test_id("documents-table")
    expect(documents).to_contain_text("Căn cước công dân")
    expect(documents).to_contain_text(valid_cccd)
    overlays_gone(officer)
    expect(officer.locator(".ant-message")).to_have_count(0)
    shot(officer, "personnel-05-documents-tab")
    documents.get_by_test_id("preview-document").first.click()
    preview = officer.get_by_test_id("document-preview")
    expect(preview).to_be_visible()
    officer.wait_for_function("() => document.querySelector('[data-testid=document-preview]')?.naturalWidth === 320")
    still(officer)  # the modal's zoom-in
    officer.screenshot(path=str(ARTIFACTS / "personnel-06-document-preview.png"))  # the modal, as seen
    scan.unlink()

    # xa.phulinh (another commune): neither the search nor the address finds the person.
    other = new_page()
    sign_in(other, "xa.phulinh")
    other.goto(stack.gateway_url() + "/personnel")
    type_search(other, other.get_by_test_id("person-search"), folded, api="/api/personnel/persons")
    expect(other.get_by_test_id("person-table")).to_contain_text("Chưa có dữ liệu")
    other.goto(stack.gateway_url() + f"/personnel/{person_id}")
    expect(other.get_by_text("Chưa có dữ liệu").first).to_be_visible()
    expect(other.get_by_text(name)).to_have_count(0)


def jpeg(width: int, height: int) -> bytes:
    """A real JPEG portrait (a face-coloured rectangle with a darker band), for the photo cropper."""
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height), (226, 196, 170))
    ImageDraw.Draw(img).rectangle((0, int(height * 0.7), width, height), fill=(40, 60, 110))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()


def test_officer_fills_the_new_fields_and_uploads_the_cropped_photo(new_page: Callable[..., Page]) -> None:
    """Issue 13.5: catalog selects of the new catalogs, tables inside sections, the personal history tab,
    the job-position salary, each field's official label as help; then the 3×4 photo cropped and shown."""
    suffix = "".join(random.choices(string.ascii_lowercase, k=6))
    name = f"Phạm Thị Ảnh {suffix.capitalize()}"
    officer_token, leader_token = stack.password_token("stp.officer"), stack.password_token("stp.leader")
    cccd = "0081" + "88" + "".join(random.choices(string.digits, k=6))  # Tuyên Quang, woman born 1988
    profile = {"identity": {"full_name": name, "gender": "2", "birth_date": "1988-03-08", "religion": "00",
                            "personal_id_number": cccd}}
    cr = call(officer_token, "POST", "/api/personnel/change-requests", json={"unit_id": "STP", "profile": profile})
    call(officer_token, "POST", f"/api/personnel/change-requests/{cr['id']}/submit")
    call(leader_token, "POST", f"/api/personnel/change-requests/{cr['id']}/approve",
         json={"decision_number": "7/QĐ-STP"})
    person_id = cr["person_id"]

    officer = new_page()
    sign_in(officer, "stp.officer")
    officer.goto(stack.gateway_url() + f"/personnel/{person_id}/edit")
    expect(officer.locator("#person_identity_full_name")).to_have_value(name)
    # The help names the item and the label of the official form.
    officer.locator(".ant-form-item:has(#person_identity_family_background) .ant-form-item-tooltip").hover()
    expect(officer.locator(".ant-tooltip:visible")).to_contain_text("mục 11: «Thành phần gia đình xuất thân»")
    choose(officer, "person_identity_family_background", "Nông dân")
    officer.get_by_role("tab", name="Chính trị").click()
    choose(officer, "person_political_policy_category", "Con liệt sĩ")
    choose(officer, "person_political_war_invalid_grade", "Thương binh hạng 2/4")
    officer.get_by_role("button", name=re.compile("Thêm dòng: Tham gia tổ chức chính trị - xã hội")).click()
    officer.fill("#person_political_organisations_0_organisation", "Công đoàn Việt Nam")
    officer.fill("#person_political_organisations_0_role", "Tổ trưởng công đoàn")
    officer.get_by_role("tab", name="Trình độ - đào tạo").click()
    choose(officer, "person_education_honorary_title", "Nhà giáo ưu tú")
    officer.get_by_role("tab", name="Lịch sử bản thân").click()
    officer.fill("#person_personal_history_arrests", "Không bị bắt, bị tù.")
    officer.get_by_role("tab", name="Lương - phụ cấp").click()
    officer.fill("#person_salary_job_position", "Chuyên viên pháp chế")
    shot(officer, "personnel-07-new-fields")
    officer.get_by_test_id("submit-request").click()
    expect(officer).to_have_url(re.compile(rf"/personnel/{person_id}$"))

    pending = call(leader_token, "GET", "/api/personnel/change-requests",
                   params={"person_id": person_id, "state": "submitted"})["items"]
    assert len(pending) == 1
    call(leader_token, "POST", f"/api/personnel/change-requests/{pending[0]['id']}/approve",
         json={"decision_number": "8/QĐ-STP"})
    officer.reload()
    panel = officer.locator("[role=tabpanel]:visible")
    expect(panel).to_contain_text("Nông dân")
    officer.get_by_role("tab", name="Chính trị").click()
    expect(panel).to_contain_text("Thương binh hạng 2/4")
    expect(panel).to_contain_text("Công đoàn Việt Nam")
    officer.get_by_role("tab", name="Lịch sử bản thân").click()
    expect(panel).to_contain_text("Không bị bắt, bị tù.")

    # The photo: chosen, cropped to 3:4 in the browser, uploaded, shown.
    photo_box = officer.get_by_test_id("person-photo")
    expect(photo_box.get_by_test_id("person-photo-img")).to_have_count(0)
    source = Path(ARTIFACTS) / f"photo-{suffix}.jpg"
    source.write_bytes(jpeg(900, 900))  # square: the cropper makes it 3:4
    photo_box.locator("input[type=file]").set_input_files(str(source))
    crop = officer.locator(".ant-modal:visible")
    expect(crop).to_contain_text("Cắt ảnh theo khổ 3×4")
    still(officer)
    shot(officer, "personnel-08-photo-crop")
    crop.get_by_role("button", name="Lưu ảnh").click()
    image = photo_box.get_by_test_id("person-photo-img")
    expect(image).to_be_visible()
    officer.wait_for_function(
        "() => { const i = document.querySelector('[data-testid=person-photo-img]');"
        " return i && i.naturalWidth > 0 && Math.abs(i.naturalWidth / i.naturalHeight - 0.75) < 0.02; }")
    overlays_gone(officer)
    shot(officer, "personnel-09-photo")
    source.unlink()

