"""Browser tests: Debian's Chromium (/usr/bin/chromium, installed by `make run`) driven by Playwright,
through the gateway, signing in on Keycloak's real page. Screenshots go to test-artifacts/browser/."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from common.testing import stack

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = stack.ROOT / "test-artifacts" / "browser"
DESKTOP = {"width": 1366, "height": 768}
TABLET = {"width": 820, "height": 1180}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make run` installs Debian's chromium package")
    if not (stack.ROOT / "web" / "dist" / "index.html").exists():
        pytest.fail("web/dist is not built: `make run` builds it (cd web && npm ci && npm run build)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """new_page(viewport=DESKTOP, lang="vi") -> a page in a fresh context (no cookies, no session)."""
    contexts = []

    def make(viewport: dict[str, int] | None = None, lang: str = "vi") -> Page:
        ctx = browser.new_context(viewport=viewport or DESKTOP, locale="vi-VN" if lang == "vi" else "en-US")
        ctx.set_default_timeout(20_000)
        contexts.append(ctx)
        return ctx.new_page()

    yield make
    for ctx in contexts:
        ctx.close()


def shot(page: Page, name: str) -> Path:
    """A full-page screenshot once the screen has settled (no request in flight, no spinner)."""
    page.wait_for_load_state("networkidle")
    expect(page.locator(".ant-spin-spinning, .ant-skeleton-active, .ant-select-dropdown:visible")).to_have_count(0)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def open_login(page: Page) -> None:
    page.goto(stack.gateway_url() + "/")
    page.wait_for_selector("#username")


def sign_in(page: Page, username: str, password: str = stack.DEMO_PASSWORD) -> None:
    """From anywhere behind the gateway: Keycloak's page, the form, back to the client, header shown."""
    if not page.url.startswith(stack.gateway_url() + "/auth/"):
        open_login(page)
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("#kc-login")
    expect(page.get_by_test_id("account-menu")).to_be_visible()


def unit_picker_options(page: Page) -> list[str]:
    """Opens the header's unit picker and returns the titles of its top-level entries."""
    page.get_by_test_id("unit-picker").click()
    level0 = page.locator(".ant-select-tree-treenode:not([aria-hidden]) .ant-select-tree-title")
    expect(level0.first).to_be_visible()
    titles = level0.all_inner_texts()
    page.keyboard.press("Escape")
    return titles
