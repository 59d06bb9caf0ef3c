"""Exchange with the national database in a real browser (issue 18.6): an officer of Sở Tư pháp downloads the
unit's package of electronic dossiers, then imports it back on the import screen: every dossier is matched
by its identification number, so nothing new and nothing changed."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from .conftest import shot, sign_in

pytestmark = pytest.mark.browser


def test_an_officer_exports_the_units_package_and_importing_it_back_changes_nothing(
        new_page: Callable[..., Page], tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = new_page()
    sign_in(page, "stp.officer")
    page.get_by_test_id("main-menu").get_by_text("Trao đổi CSDL quốc gia").click()
    expect(page.get_by_test_id("exchange-page")).to_contain_text("Thông tư 06/2023/TT-BNV")
    with page.expect_download(timeout=60_000) as download:
        page.get_by_test_id("exchange-download").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    package = json.loads(saved.read_text(encoding="utf-8"))
    assert package["dinh_dang"] == "CSDL-CBCCVC/TT06-2023" and package["so_ho_so"] == len(package["ho_so"]) > 0
    assert all(d["ma_don_vi"].startswith("STP") for d in package["ho_so"])
    shot(page, "exchange-page")

    page.get_by_role("button", name="Mở màn hình nhập hồ sơ").click()
    page.get_by_test_id("import-upload").locator("input[type=file]").set_input_files(str(saved))
    summary = page.get_by_test_id("import-summary")
    expect(summary).to_contain_text("Không đổi", timeout=90_000)
    expect(summary).to_contain_text(str(len(package["ho_so"])))
    shot(page, "exchange-import-back")
