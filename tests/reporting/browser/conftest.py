"""The browser fixtures of tests/e2e/browser (Chromium driven by Playwright), for the Reports screen."""

from __future__ import annotations

import importlib.util

from common.testing import stack

_spec = importlib.util.spec_from_file_location("e2e_browser_conftest", stack.ROOT / "tests/e2e/browser/conftest.py")
assert _spec and _spec.loader
e2e = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(e2e)

browser = e2e.browser
new_page = e2e.new_page
