"""The web client's own unit tests (Vitest: API client, error body, drafts, diacritics) as part of the
test command, so that CI runs them too."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from common.testing import stack

WEB = stack.ROOT / "web"


def test_vitest_suite_passes() -> None:
    if not (WEB / "node_modules").exists():
        pytest.fail("web/node_modules is missing: `make run` installs it (npm ci)")
    npm = shutil.which("npm")
    assert npm, "npm is not installed"
    run = subprocess.run([npm, "test", "--silent"], cwd=WEB, capture_output=True, text=True, timeout=240,
                         env={**os.environ, "CI": "true"})
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert " passed" in run.stdout
