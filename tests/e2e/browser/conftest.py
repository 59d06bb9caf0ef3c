"""Browser tests: Debian's Chromium (/usr/bin/chromium, installed by `make run`) driven by Playwright,
through the gateway, signing in on Keycloak's real page. Screenshots go to test-artifacts/browser/."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page, Response, expect, sync_playwright

from common.testing import stack, totp

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = stack.ROOT / "test-artifacts" / "browser"
DESKTOP = {"width": 1366, "height": 768}
TABLET = {"width": 820, "height": 1180}
# CI is a 2-core machine that also runs the whole stack: a screen may take seconds to answer there.
expect.set_options(timeout=15_000)
# A dialog or drawer on screen, or one still fading out (antd hides it only when its animation ends).
OVERLAYS = ".ant-modal-wrap:visible, .ant-drawer-content-wrapper:visible"
# A dialog, drawer, popconfirm or list popup while antd animates it in or out (its motion classes).
MOVING = ", ".join(f"{box}[class*='-{phase}']"
                   for box in (".ant-modal", ".ant-drawer-content-wrapper", ".ant-popover", ".ant-dropdown",
                               ".ant-select-dropdown")
                   for phase in ("appear", "enter", "leave"))


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
    if username in totp.DEV_TOTP_ACCOUNTS:  # administrators: Keycloak's second page asks the one-time code
        code_page = page.locator("#otp")
        expect(code_page.or_(page.get_by_test_id("account-menu")).first).to_be_visible()
        if code_page.is_visible():
            code_page.fill(totp.code())
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


def still(page: Page) -> None:
    """Waits until no dialog, drawer or popup is opening or closing. A click into one still zooming in can
    press a button at one place and release it at another, which clicks nothing."""
    expect(page.locator(MOVING)).to_have_count(0)


def overlays_gone(page: Page) -> None:
    """Waits until no dialog or drawer is on screen. Until a closing one is hidden it still covers the page,
    and when it is, antd hands the keyboard focus back to the button that opened it: a click or key sent
    before then can land on that button instead (an Enter in a search box reopening a form)."""
    expect(page.locator(OVERLAYS)).to_have_count(0)


def _answers(api: str, q: str) -> Callable[[Response], bool]:
    def match(response: Response) -> bool:
        url = urlsplit(response.url)
        return (response.request.method == "GET" and url.path == api
                and parse_qs(url.query).get("q") == [q])
    return match


def type_search(page: Page, box: Locator, typed: str, api: str | None = None) -> None:
    """Clicks `box` (a select, or the input of a search box) and types as a person does, key by key, into
    what the click focused. With `api` (the path the box asks, e.g. "/api/org/units/search"), waits for
    the answer to the whole text, the `q` the page sends once the typing pauses: answers to part of it may
    come before or after, and until it comes the list shows the previous text's. The whole text must not
    have been asked already on this page (the page would answer from its cache and send nothing)."""
    box.click()
    if api is None:
        page.keyboard.type(typed)
        return
    with page.expect_response(_answers(api, typed.strip())) as answer:
        page.keyboard.type(typed)
    assert answer.value.ok, f"{answer.value.status} for {answer.value.url}"


def settled(item: Locator, quiet_ms: int = 300) -> None:
    """Waits until the list that holds `item` has stopped changing for `quiet_ms` (the answer to the last
    text rendered), so a click lands on the option it aims at, not on a list being replaced."""
    item.evaluate(
        """(el, quiet) => new Promise((resolve) => {
            const list = el.closest('.ant-select-dropdown, .ant-list') ?? el.parentElement;
            let timer;
            const done = () => { observer.disconnect(); clearTimeout(cap); resolve(true); };
            const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); });
            const cap = setTimeout(done, 10000);  // a list that never stops changing: the click's own checks decide
            observer.observe(list, { subtree: true, childList: true, characterData: true });
            timer = setTimeout(done, quiet);
        })""",
        quiet_ms,
    )


def choose(option: Locator, took: Callable[[], object]) -> None:
    """Clicks an option of a search's answer once its list has settled, then `took` asserts the choice
    shows (the field's text, the address of the page it opened)."""
    expect(option).to_be_visible()
    settled(option)
    still(option.page)
    option.click()
    took()


def pick_from_search(page: Page, box: Locator, typed: str, option: Locator, took: Callable[[], object],
                     api: str | None = None) -> None:
    """Types into a search select, waits for the answer to the whole text (see type_search), clicks
    `option` once the list has settled and checks with `took` that the choice was kept."""
    type_search(page, box, typed, api)
    choose(option, took)


def call(token: str, method: str, path: str, **kw: object) -> dict:
    """An API call through the gateway with a token, to set up what a screen then shows."""
    resp = httpx.request(method, f"{stack.gateway_url()}{path}", headers={"Authorization": f"Bearer {token}"},
                         timeout=30, **kw)  # type: ignore[arg-type]
    assert resp.status_code < 300, resp.text
    return resp.json()  # type: ignore[no-any-return]
