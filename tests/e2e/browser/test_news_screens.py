"""The news screens in a real browser: a unit writes an article, sends it for approval, the Department's
editor approves it, and a commune finds it on its news page by typing without diacritics; the
announcements inbox and the messages page show the demo's Vietnamese content."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from playwright.sync_api import Page, expect

from common.testing import stack

from .conftest import overlays_gone, shot, sign_in, still

pytestmark = pytest.mark.browser


def open_news(page: Page, user: str) -> None:
    sign_in(page, user)
    page.get_by_test_id("main-menu").get_by_text("Tin tức - thông báo").click()
    expect(page.get_by_test_id("news-list")).to_be_visible()


def test_written_approved_and_read_without_diacritics(new_page, token_for) -> None:  # type: ignore[no-untyped-def]
    tag = uuid.uuid4().hex[:5]
    title = f"Tập huấn nghiệp vụ quản lý hồ sơ điện tử đợt {tag}"

    writer = new_page()
    open_news(writer, "snv.leader")
    writer.get_by_test_id("news-write").click()
    writer.get_by_test_id("news-title").fill(title)
    writer.get_by_test_id("news-summary").fill("Sở Nội vụ tổ chức tập huấn cho công chức làm công tác tổ chức cán bộ.")
    writer.get_by_test_id("news-category").click()
    still(writer)
    writer.locator(".ant-select-item-option").filter(has_text="Đào tạo, bồi dưỡng").click()
    body = writer.get_by_test_id("news-body-editor")
    body.click()
    body.type("Lớp tập huấn diễn ra trong hai ngày tại hội trường Sở Nội vụ.")
    writer.get_by_test_id("news-save").click()
    expect(writer).to_have_url(re.compile(r"/news/[0-9a-f-]{36}/edit$"))
    article_url = writer.url.removesuffix("/edit")
    writer.goto(article_url)
    expect(writer.get_by_test_id("news-body")).to_contain_text("Lớp tập huấn diễn ra trong hai ngày")
    writer.get_by_test_id("news-submit").click()
    expect(writer.get_by_test_id("news-workflow")).to_contain_text("Chờ duyệt")
    shot(writer, "news-01-sent-for-approval")

    editor = new_page()
    sign_in(editor, "snv.admin")
    editor.goto(article_url.rsplit("/news/", 1)[0] + "/news/editorial")
    expect(editor.get_by_test_id("editorial-table")).to_contain_text(title)
    shot(editor, "news-02-editorial-pending")
    editor.get_by_test_id("editorial-table").get_by_text(title).click()
    editor.get_by_test_id("news-approve").click()
    expect(editor.get_by_test_id("news-workflow")).to_contain_text("Đã đăng")

    reader = new_page()
    open_news(reader, "xa.phulinh")
    # The demo's pinned article comes first.
    expect(reader.get_by_test_id("news-item").first).to_contain_text("Tin ghim")
    shot(reader, "news-03-news-page-commune")
    reader.get_by_test_id("news-search").locator("input").fill(f"tap huan nghiep vu ho so dien tu dot {tag}")
    expect(reader.get_by_test_id("news-item")).to_have_count(1)
    reader.get_by_test_id("news-item").first.click()
    expect(reader.get_by_role("heading", name=title)).to_be_visible()
    expect(reader.get_by_test_id("news-article")).to_contain_text("Lớp tập huấn diễn ra trong hai ngày")
    expect(reader.get_by_test_id("news-workflow")).to_have_count(0)  # a reader gets no editing buttons
    shot(reader, "news-04-article-commune")

    # The receiving unit's announcements inbox and the messages page hold the demo's content.
    reader.get_by_test_id("main-menu").get_by_text("Tin tức - thông báo").click()
    reader.get_by_test_id("news-tabs").get_by_text("Thông báo").click()
    expect(reader.get_by_test_id("announcement-inbox")).to_contain_text("Rà soát, cập nhật hồ sơ")
    shot(reader, "news-05-announcements-inbox")
    reader.get_by_test_id("main-menu").get_by_text("Tin nhắn").click()
    expect(reader.get_by_test_id("message-threads")).to_contain_text("Xin hướng dẫn tiếp nhận công chức cấp xã")
    reader.get_by_test_id("message-thread").filter(has_text="Xin hướng dẫn tiếp nhận").first.click()
    expect(reader.get_by_test_id("message-thread-view")).to_contain_text("Công văn số 1520/SNV-CCVC")
    overlays_gone(reader)
    shot(reader, "news-06-messages")
    # The notification centre: what concerns the commune (its approved records, among others).
    reader.get_by_test_id("notification-bell").click()  # the header's bell
    expect(reader).to_have_url(re.compile(r"/messages/notifications$"))
    reader.get_by_text("Tất cả", exact=True).click()
    # One kind at a time: announcements sent by other tests would otherwise push the records off the page.
    reader.get_by_test_id("notification-kind").click()
    reader.locator(".ant-select-item-option").filter(has_text="Hồ sơ được phê duyệt").click()
    expect(reader.get_by_test_id("notification").first).to_have_attribute("data-kind", "record_approved")
    expect(reader.get_by_test_id("notifications")).to_contain_text("đã được phê duyệt")
    shot(reader, "news-07-notifications")
    # Which kinds also arrive by e-mail: a wrong address is refused in Vietnamese and nothing is saved.
    reader.get_by_test_id("notification-email").click()
    drawer = reader.get_by_test_id("email-preferences")
    expect(drawer).to_contain_text("Thay đổi chờ phê duyệt")
    still(reader)
    drawer.get_by_test_id("email-address").fill("van thu xa phu linh")
    drawer.get_by_test_id("email-kind-deadline_overdue").click()
    drawer.get_by_test_id("email-save").click()
    expect(drawer).to_contain_text("Địa chỉ thư điện tử không hợp lệ.")
    drawer.get_by_test_id("email-address").fill("vanthu.phulinh@tuyenquang.gov.vn")
    shot(reader, "news-08-notification-email")

    # Leave the demo's news page as it was.
    article_id = article_url.rsplit("/", 1)[1]
    resp = httpx.post(f"{stack.gateway_url()}/api/notify/news/{article_id}/withdraw", timeout=30,
                      headers={"Authorization": f"Bearer {token_for('snv.admin')}"})
    assert resp.status_code == 200, resp.text
