"""The demo's whole-import approvals (scripts/demo.py, part "import-approvals"), through the public API as the
units would: Xã Phú Linh's officer imports five new people in mode submitted and the Department of Home
Affairs approves the whole import under one decision (the result screen: the decision, the counts); Sở Tư
pháp's officer imports four in mode submitted, waiting for the unit's leader, who sees 'Phê duyệt toàn bộ
theo một quyết định'. Safe to run again: a file whose people are already there changes nothing."""

from __future__ import annotations

import io
import random
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
from openpyxl import load_workbook

from common import clock
from personnel.imports.rules import rows_of

API = "/api/personnel/imports"
# unit, officer, file, people, approver and decision (number, signer, issuer) or None: waiting
IMPORTS = [
    ("00706", "xa.phulinh", "ho-so-xa-phu-linh-bo-sung.xlsx", 5,
     ("snv.admin", "215/QĐ-SNV", "Phạm Văn Hùng", "Sở Nội vụ tỉnh Tuyên Quang")),
    ("STP", "stp.officer", "ho-so-so-tu-phap-bo-sung.xlsx", 4, None),
]


def workbook(client: httpx.Client, token: str, people: list[dict[str, Any]], unit: str) -> bytes:
    resp = client.get(f"{API}/template.xlsx", headers={"Authorization": f"Bearer {token}"})
    if resp.status_code != 200:
        raise SystemExit(f"import template -> {resp.status_code}: {resp.text[:300]}")
    wb = load_workbook(io.BytesIO(resp.content))
    next_row: dict[str, int] = {}
    for person in people:
        for sheet, rows in rows_of(person, unit).items():
            ws = wb[sheet]
            for values in rows:
                r = next_row[sheet] = next_row.get(sheet, 1) + 1
                for c, value in enumerate(values, start=1):
                    if value is not None:
                        ws.cell(row=r, column=c, value=value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def wait(client: httpx.Client, call: Callable[..., Any], token: str, job: dict[str, Any], state: str
         ) -> dict[str, Any]:
    deadline = time.monotonic() + 300
    while job["state"] != state and time.monotonic() < deadline:
        time.sleep(1)
        job = call(client, "GET", f"{API}/{job['id']}", token)
    if job["state"] != state:
        raise SystemExit(f"the demo import stayed {job['state']} (expected {state})")
    return job


def load(client: httpx.Client, token: Callable[[str], str], rng: random.Random, *, call: Callable[..., Any],
         profile: Callable[[random.Random], dict[str, Any]]) -> bool:
    for unit, officer, file_name, count, approval in IMPORTS:
        people = [profile(rng) for _ in range(count)]
        content = workbook(client, token(officer), people, unit)
        job = call(client, "POST", API, token(officer), files={"file": (file_name, content)})
        job = wait(client, call, token(officer), job, "preview")
        if job["created"] + job["changed"] == 0:
            call(client, "POST", f"{API}/{job['id']}/cancel", token(officer))  # not left in the recent imports
            print(f"demo data: the import {file_name} is already there")
            continue
        call(client, "POST", f"{API}/{job['id']}/confirm", token(officer), json={"mode": "submitted"})
        job = wait(client, call, token(officer), job, "done")
        if approval is None:
            print(f"demo data: an import of {job['created']} people in {unit} waits for the leader's approval")
            continue
        approver, number, signer, issuer = approval
        body = {"decision_number": number, "decision_signed_on": (clock.today() - timedelta(days=3)).isoformat(),
                "signer": signer, "issuer": issuer}
        job = call(client, "POST", f"{API}/{job['id']}/approve", token(approver), json=body)
        job = wait(client, call, token(approver), job, "approved")
        print(f"demo data: an import of {job['approved_count']} people in {unit} approved under decision {number}")
    return True
