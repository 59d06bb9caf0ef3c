"""Live chat in two browsers: two accounts of Sở Tư pháp in their unit's room exchange messages both ways
over the WebSocket behind the gateway, see each other online and typing, and a message sent while one of them was
away arrives when that browser comes back."""

from __future__ import annotations

import uuid

import pytest
from playwright.sync_api import Page, expect

from .conftest import shot, sign_in

pytestmark = pytest.mark.browser


def open_chat(page: Page, user: str) -> None:
    sign_in(page, user)
    page.get_by_test_id("main-menu").get_by_text("Tin nhắn").click()
    page.get_by_test_id("messages-tabs").get_by_text("Trò chuyện trực tuyến").click()
    expect(page.get_by_test_id("chat-status")).to_have_text("Đã kết nối")
    expect(page.get_by_test_id("chat-room")).to_contain_text("Sở Tư pháp")


def say(page: Page, text: str) -> None:
    page.get_by_test_id("chat-input").fill(text)
    page.get_by_test_id("chat-input").press("Enter")


def test_two_browsers_talk_both_ways(new_page) -> None:  # type: ignore[no-untyped-def]
    tag = uuid.uuid4().hex[:5]
    officer, leader = new_page(), new_page()
    open_chat(officer, "stp.officer")
    open_chat(leader, "stp.leader")

    # Each sees the other among who is online now.
    expect(officer.get_by_test_id("presence-online")).to_contain_text("Lãnh đạo Sở Tư pháp", timeout=40_000)
    say(officer, f"Chào anh, 14 giờ họp giao ban nhé ({tag})")
    expect(leader.get_by_test_id("chat-lines")).to_contain_text(f"Chào anh, 14 giờ họp giao ban nhé ({tag})")
    leader.get_by_test_id("chat-input").press_sequentially("Đã")
    expect(officer.get_by_test_id("chat-typing")).to_contain_text("đang soạn tin")
    leader.get_by_test_id("chat-input").fill("")
    say(leader, f"Đã nhận, anh sẽ có mặt ({tag})")
    expect(officer.get_by_test_id("chat-lines")).to_contain_text(f"Đã nhận, anh sẽ có mặt ({tag})")
    shot(officer, "chat-01-officer")
    shot(leader, "chat-02-leader")

    # The leader leaves; what the officer sends meanwhile reaches the leader on return.
    leader.close()
    say(officer, f"Anh xem báo cáo giúp em trước 16 giờ ({tag})")
    expect(officer.get_by_test_id("chat-lines")).not_to_contain_text("đang gửi")
    back = new_page()
    open_chat(back, "stp.leader")
    expect(back.get_by_test_id("chat-lines")).to_contain_text(f"Anh xem báo cáo giúp em trước 16 giờ ({tag})")
    shot(back, "chat-03-leader-back")
