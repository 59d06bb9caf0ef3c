"""The web client's API types are generated, never written by hand, and never stale: the OpenAPI documents
committed under web/openapi/ are what the services' code gives today (scripts/openapi_dump.py, no server
needed), and web/src/api/*.ts are what openapi-typescript makes of them (web/scripts/gen-api.mjs, which
`npm run build` runs first). Nothing in the client reads an OpenAPI document at run time."""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from common.testing import stack

ROOT = stack.ROOT
WEB = ROOT / "web"
FIX = "run `cd web && npm run api:refresh` (scripts/openapi_dump.py, then npm run gen:api) and commit the result"


def differences(committed: Path, fresh: Path, pattern: str) -> list[str]:
    """One line per file missing, extra or changed, with the first lines of the diff of a changed one."""
    ours = {p.name: p for p in committed.glob(pattern)}
    theirs = {p.name: p for p in fresh.glob(pattern)}
    out = [f"missing: {committed.relative_to(ROOT) / n}" for n in sorted(theirs.keys() - ours.keys())]
    out += [f"not made by any service (stale?): {committed.relative_to(ROOT) / n}"
            for n in sorted(ours.keys() - theirs.keys())]
    for name in sorted(ours.keys() & theirs.keys()):
        old = ours[name].read_text(encoding="utf-8").splitlines()
        new = theirs[name].read_text(encoding="utf-8").splitlines()
        if old != new:
            diff = list(difflib.unified_diff(old, new, f"committed/{name}", f"from the code/{name}", lineterm="", n=1))
            shown = "\n    ".join(diff[:40]) + ("\n    ..." if len(diff) > 40 else "")
            out.append(f"differs: {committed.relative_to(ROOT) / name}\n    {shown}")
    return out


def generate_types(documents: Path, out: Path) -> None:
    node = shutil.which("node")
    assert node, "node is not installed"
    if not (WEB / "node_modules" / "openapi-typescript").exists():
        pytest.fail("web/node_modules lacks openapi-typescript: `make run` installs it (npm ci)")
    run = subprocess.run([node, "scripts/gen-api.mjs", "--in", str(documents), "--out", str(out)], cwd=WEB,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


def test_committed_openapi_documents_are_what_the_services_code_gives(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "openapi_dump.py"), "--out", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert sorted(p.name for p in tmp_path.glob("*.json")), "scripts/openapi_dump.py wrote no document"
    drift = differences(WEB / "openapi", tmp_path, "*.json")
    assert not drift, "The services' API changed but web/openapi/ did not follow; " + FIX + ":\n" + "\n".join(drift)


def test_committed_api_types_are_what_openapi_typescript_makes_of_the_documents(tmp_path: Path) -> None:
    generate_types(WEB / "openapi", tmp_path)
    drift = differences(WEB / "src" / "api", tmp_path, "*.ts")
    assert not drift, "web/src/api/ is not what the OpenAPI documents give (edited by hand?); " + FIX + ":\n" + (
        "\n".join(drift))


def test_the_client_never_reads_an_openapi_document_at_run_time() -> None:
    generated = WEB / "src" / "api"
    offenders = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
                 for p in sorted((WEB / "src").rglob("*.ts*")) if p.parent != generated
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"openapi\.json", line, re.IGNORECASE)]
    assert not offenders, "the types come from web/src/api (generated at build time):\n" + "\n".join(offenders)
