"""Chaos (issue 15.7): a workload of approvals, transfers and Excel imports runs through the gateway while
Kafka, PostgreSQL, each service and the outbox relay are killed at random moments; afterwards every
request the system accepted (answered 2xx) must be in every view exactly once, and nothing it accepted may
be lost.

    report = chaos.run(seconds=90, seed=7)      # workload + kills, then settle and check
    assert report.problems == []

What is killed (through the stack's supervisord, so it comes back as it would in production):
  kafka       SIGKILL (supervisord restarts it) or stopped for a few seconds
  postgres    immediate shutdown (SIGQUIT: crash recovery at the restart) or stopped for a few seconds
  <service>   SIGKILL of the API process (its in-process relay and consumers die with it); restarted
  relay       the outbox relay alone: the database session that holds the relay's lock is terminated in the
              middle of a batch (after the Kafka send, before the rows are marked published: they are sent
              again and the consumers' inbox must absorb the second copy). The relay runs inside each
              service's process (common.app), so its process dies with the service's kills above.

What is checked, for what was accepted:
  approvals   each approved change request is exactly one version of its record (personnel), one
              "approve" audit entry; the record opens, its identification number finds it exactly once
  moves       each transfer case exists once with each accepted step once; a forwarded case ends done, its
              move is exactly one version of the record, which is in the receiving unit
  imports     each person of an approved import is found exactly once, approved
  read models reporting's facts hold every version personnel has of each record (no more, none missing),
              transfer's replica holds the last version and unit
  outboxes    nothing left unpublished, nothing parked (an event that could never be sent)

Never point it at a stack other people use: it kills that stack's servers. The short form runs in
`make test` (tests/chaos, marked disruptive, after every other test); bench/chaos.py is the long form.
"""

# ruff: noqa: S311 - random choices of a test, replayable from their seed
from __future__ import annotations

import atexit
import io
import logging
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import httpx
import psycopg

from common import clock
from common.testing import stack

log = logging.getLogger("chaos")
logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request otherwise
SERVICES = ["identity", "personnel", "org", "transfer", "reporting", "notify"]
TARGETS = ["kafka", "postgres", *SERVICES, "relay"]
RELAY_LOCK = 0x0CB0CC  # common.outbox.RELAY_LOCK_ID, as pg_locks shows it (classid 0, objid, objsubid 1)

# Who does what (demo accounts; nobody approves what their account created or submitted).
UNIT, OFFICER, LEADER = "STP", "stp.officer", "stp.leader"
TO_UNIT, TO_SUB_UNIT, RECEIVER = "SNV", "SNV.CCVC", "snv.leader"


# ---------------------------------------------------------------- what was accepted


@dataclass
class Ledger:
    """Every request the system accepted (2xx), with the ids it answered; written by the workload threads."""

    approvals: list[dict[str, str]] = field(default_factory=list)  # cr_id, person_id, kind (create | edit)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)  # approved new records: personal_id, use
    cases: dict[str, dict[str, Any]] = field(default_factory=dict)  # case_id -> person_id, steps accepted
    imports: list[dict[str, Any]] = field(default_factory=list)  # job_id, personal_ids, steps accepted
    attempts: Counter[str] = field(default_factory=Counter)
    accepted: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)  # answered, not 2xx (5xx during an outage...)
    kills: list[tuple[float, str, str]] = field(default_factory=list)  # (seconds from start, target, how)
    loose: list[tuple[str, str]] = field(default_factory=list)  # change requests and cases left open: tidied
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Report:
    seconds: float
    ledger: Ledger
    problems: list[str]
    settle_seconds: float
    checked: Counter[str]
    failures: Counter[str]  # what the workload met on its way: 502, 503, no answer, no token...

    def summary(self) -> str:
        led = self.ledger
        lines = [f"workload {self.seconds:.0f} s, {len(led.kills)} kills, settled in {self.settle_seconds:.0f} s",
                 "kills: " + ", ".join(f"{t:.0f}s {target} ({how})" for t, target, how in led.kills)]
        for op in sorted(led.attempts):
            lines.append(f"  {op:18} attempted {led.attempts[op]:4d}  accepted {led.accepted[op]:4d}  "
                         f"refused or unanswered {led.attempts[op] - led.accepted[op]:4d}")
        lines.append("the workload met: " + (", ".join(f"{n}× {what}" for what, n in self.failures.most_common())
                                             or "no failure"))
        lines.append("checked: " + ", ".join(f"{n} {what}" for what, n in sorted(self.checked.items())))
        lines.append(f"problems: {len(self.problems)}")
        lines += [f"  {p}" for p in self.problems[:50]]
        return "\n".join(lines)


# ---------------------------------------------------------------- the API, as a user's browser sees it


class Api:
    """Calls through the gateway; never raises: an answer or None (nothing came back)."""

    def __init__(self) -> None:
        self.client = httpx.Client(base_url=stack.gateway_url(), timeout=20)
        self._tokens: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()
        self.failures: Counter[str] = Counter()  # what the workload met: no token, no answer, 5xx

    def token(self, user: str) -> str | None:
        with self._lock:
            cached = self._tokens.get(user)
            if cached and cached[1] > time.monotonic():
                return cached[0]
            try:
                tok = stack.password_token(user)
            except Exception:  # Keycloak's database away: asked again by the next call
                self.failures["no token"] += 1
                return None
            self._tokens[user] = (tok, time.monotonic() + 200)
            return tok

    def call(self, method: str, url: str, user: str, **kw: Any) -> httpx.Response | None:
        tok = self.token(user)
        if tok is None:
            return None
        for _ in range(60):
            try:
                resp = self.client.request(method, url, headers={"Authorization": f"Bearer {tok}"}, **kw)
            except httpx.HTTPError:
                self.failures["no answer"] += 1
                return None
            if resp.status_code != 429:
                break
            # The gateway's rate limit (searches: 20 a second from one address): the checks ask faster than
            # a person, so they wait as a well-behaved client does.
            self.failures["429 (waited)"] += 1
            time.sleep(min(5.0, float(resp.headers.get("retry-after") or 0.5)))
        if resp.status_code >= 500:
            self.failures[str(resp.status_code)] += 1
        return resp

    def until(self, method: str, url: str, user: str, *, ok: Callable[[httpx.Response], bool] | None = None,
              retry: Callable[[httpx.Response], bool] | None = None, within: float = 60,
              **kw: Any) -> httpx.Response | None:
        """Asks again, as a user clicks again, while nothing answers, the answer is 5xx, or `retry` says so;
        returns the first answer that is `ok` (default 2xx) or final, or the last one at the deadline."""
        deadline = time.monotonic() + within
        resp = None
        while True:
            resp = self.call(method, url, user, **kw)
            if resp is not None and (ok(resp) if ok else resp.is_success):
                return resp
            final = resp is not None and resp.status_code < 500 and not (retry and retry(resp))
            if final or time.monotonic() > deadline:
                return resp
            time.sleep(1.0)


def accepted(resp: httpx.Response | None) -> bool:
    return resp is not None and resp.is_success


# ---------------------------------------------------------------- the workload


class Workload:
    def __init__(self, api: Api, ledger: Ledger, rng: random.Random) -> None:
        self.api, self.ledger, self.rng = api, ledger, rng
        self.run_tag = uuid.uuid4().int  # identification numbers differ from run to run
        self.serial = 0

    def note(self, op: str, resp: httpx.Response | None) -> bool:
        with self.ledger.lock:
            self.ledger.attempts[op] += 1
            if accepted(resp):
                self.ledger.accepted[op] += 1
            else:
                self.ledger.refused[op] += 1
        return accepted(resp)

    def personal_id(self) -> tuple[str, date]:
        """R-70: 008 (Tuyên Quang), 0 (a man born in the 1900s), the year's two digits, a serial."""
        with self.ledger.lock:
            self.serial += 1
            n = self.serial
        serial = (self.run_tag + n * 7919) % 10**6  # 7919 is prime: no two serials alike below a million
        birth = date(1980 + n % 15, 1 + n % 12, 1 + n % 27)
        return f"0080{birth.year % 100:02d}{serial:06d}", birth

    def profile(self) -> dict[str, Any]:
        pid, birth = self.personal_id()
        given = self.rng.choice(["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Sơn", "Tuấn"])
        return {"identity": {"full_name": f"{self.rng.choice(['Nguyễn', 'Trần', 'Lê', 'Hà'])} Văn {given}",
                             "gender": "1", "birth_date": birth.isoformat(), "ethnicity": "01", "religion": "00",
                             "personal_id_number": pid, "home_town": {"text": "Tuyên Quang"}},
                "recruitment": {"staff_category": "civil_servant",
                                "first_recruited_on": date(birth.year + 23, 9, 1).isoformat()},
                "salary": {"rank_code": "01.003"}}

    # approvals: a new record (officer) approved by the leader; or an edit of an approved one
    def approvals(self, stop: threading.Event) -> None:
        while not stop.is_set():
            editable = [p for p, v in list(self.ledger.people.items()) if v["use"] == "edit"]
            if editable and self.rng.random() < 0.35:
                self.edit(self.rng.choice(editable))
            else:
                self.create()
            stop.wait(self.rng.uniform(0.1, 0.6))

    def create(self) -> None:
        profile = self.profile()
        resp = self.api.call("POST", "/api/personnel/change-requests", OFFICER,
                             json={"unit_id": UNIT, "profile": profile, "note": "Hồ sơ mới (kiểm thử sự cố)"})
        if not self.note("create draft", resp):
            return
        cr = resp.json()  # type: ignore[union-attr]
        if not self.approve(cr["id"]):
            self.ledger.loose.append(("change request", cr["id"]))
        else:
            with self.ledger.lock:
                self.ledger.approvals.append({"cr_id": cr["id"], "person_id": cr["person_id"], "kind": "create"})
                use = "transfer" if len(self.ledger.people) % 2 == 0 else "edit"
                self.ledger.people[cr["person_id"]] = {"personal_id": profile["identity"]["personal_id_number"],
                                                       "use": use}

    def edit(self, person_id: str) -> None:
        record = self.api.until("GET", f"/api/personnel/persons/{person_id}", OFFICER, within=30)
        if not accepted(record):
            return
        profile = record.json()["profile"]  # type: ignore[union-attr]
        profile["identity"]["phone"] = f"09{self.rng.randrange(10**8):08d}"
        resp = self.api.call("POST", "/api/personnel/change-requests", OFFICER,
                             json={"person_id": person_id, "profile": profile, "note": "Cập nhật số điện thoại"})
        if not self.note("edit draft", resp):
            return
        cr = resp.json()  # type: ignore[union-attr]
        if not self.approve(cr["id"]):
            self.ledger.loose.append(("change request", cr["id"]))
        else:
            with self.ledger.lock:
                self.ledger.approvals.append({"cr_id": cr["id"], "person_id": person_id, "kind": "edit"})

    def approve(self, cr_id: str) -> bool:
        """Submit (the officer) and approve (the leader), each asked again while the stack is away."""
        submitted = self.api.until("POST", f"/api/personnel/change-requests/{cr_id}/submit", OFFICER)
        self.note("submit", submitted)
        if submitted is None or (not submitted.is_success and submitted.status_code != 409):
            return False  # a 409 may be our own earlier submit, committed while its answer was lost
        resp = self.api.until("POST", f"/api/personnel/change-requests/{cr_id}/approve", LEADER, json={})
        return self.note("approve", resp)

    # transfers: STP sends a person it approved during the run to the Department, which accepts and forwards
    def transfers(self, stop: threading.Event) -> None:
        while not stop.is_set():
            with self.ledger.lock:
                ready = [p for p, v in self.ledger.people.items() if v["use"] == "transfer"]
                person = self.rng.choice(ready) if ready else None
                if person:
                    self.ledger.people[person]["use"] = "moving"
            if person is None:
                stop.wait(1)
                continue
            self.transfer(person)
            stop.wait(self.rng.uniform(0.2, 1.0))

    def transfer(self, person_id: str) -> None:
        today = clock.today()
        body = {"kind": "transfer", "person_id": person_id, "to_unit_id": TO_UNIT, "to_sub_unit_id": TO_SUB_UNIT,
                "decision_number": f"{self.rng.randrange(100, 9999)}/QĐ-UBND",
                "decision_signed_on": (today - timedelta(days=2)).isoformat(), "effective_on": today.isoformat(),
                "signer": "Phó Chủ tịch UBND tỉnh", "note": "Kiểm thử sự cố"}
        # transfer learns the person from personnel's events: a 422 while it has not heard of them yet
        resp = self.api.until("POST", "/api/transfer/cases", OFFICER, json=body, within=90,
                              retry=lambda r: r.status_code == 422)
        if not self.note("open case", resp):
            return
        case_id = resp.json()["id"]  # type: ignore[union-attr]
        with self.ledger.lock:
            self.ledger.cases[case_id] = {"person_id": person_id, "steps": [], "to": (TO_UNIT, TO_SUB_UNIT)}
        for step, user in (("send", OFFICER), ("accept", RECEIVER), ("forward", RECEIVER)):
            resp = self.api.until("POST", f"/api/transfer/cases/{case_id}/{step}", user, json={})
            if self.note(step, resp):
                with self.ledger.lock:
                    self.ledger.cases[case_id]["steps"].append(step)
            elif resp is None or resp.status_code != 409:
                self.ledger.loose.append(("case", case_id))
                return  # a 409 may be our own earlier step, committed while its answer was lost: go on

    # imports: the officer uploads a workbook of new people and confirms it submitted; the leader approves it
    def imports(self, stop: threading.Event) -> None:
        while not stop.is_set():
            self.import_once()
            stop.wait(self.rng.uniform(2, 5))

    def import_once(self, people: int = 3) -> None:
        from openpyxl import load_workbook

        from personnel.imports.rules import rows_of

        template = self.api.until("GET", "/api/personnel/imports/template.xlsx", OFFICER, within=60)
        if not accepted(template):
            return
        wb = load_workbook(io.BytesIO(template.content))  # type: ignore[union-attr]
        ids: list[str] = []
        for _ in range(people):
            profile = self.profile()
            ids.append(profile["identity"]["personal_id_number"])
            for sheet, rows in rows_of(profile, UNIT).items():
                ws = wb[sheet]
                for values in rows:
                    r = ws.max_row + 1
                    for c, value in enumerate(values, start=1):
                        if value is not None:
                            ws.cell(row=r, column=c, value=value)
        buf = io.BytesIO()
        wb.save(buf)
        resp = self.api.call("POST", "/api/personnel/imports", OFFICER,
                             files={"file": ("kiem-thu-su-co.xlsx", buf.getvalue())})
        if not self.note("upload import", resp):
            return
        job = resp.json()  # type: ignore[union-attr]
        entry = {"job_id": job["id"], "personal_ids": ids, "steps": ["upload"]}
        with self.ledger.lock:
            self.ledger.imports.append(entry)
        if not self.wait_job(job["id"], {"preview"}):
            return
        resp = self.api.until("POST", f"/api/personnel/imports/{job['id']}/confirm", OFFICER,
                              json={"mode": "submitted"})
        if not self.note("confirm import", resp):
            return
        entry["steps"].append("confirm")
        if not self.wait_job(job["id"], {"done"}):
            return
        today = clock.today()
        resp = self.api.until("POST", f"/api/personnel/imports/{job['id']}/approve", LEADER, json={
            "decision_number": f"{self.rng.randrange(100, 999)}/QĐ-STP", "decision_signed_on": today.isoformat(),
            "signer": "Giám đốc Sở Tư pháp"})
        if self.note("approve import", resp):
            entry["steps"].append("approve")

    def wait_job(self, job_id: str, states: set[str], within: float = 180) -> bool:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            resp = self.api.call("GET", f"/api/personnel/imports/{job_id}", OFFICER)
            if accepted(resp):
                state = resp.json()["state"]  # type: ignore[union-attr]
                if state in states:
                    return True
                if state in ("failed", "cancelled"):
                    return False
            time.sleep(1)
        return False


# ---------------------------------------------------------------- the kills


def ctl(*args: str, timeout: float = 180) -> str:
    """supervisorctl on the stack's own supervisord (this checkout's .stack)."""
    out = subprocess.run([str(stack.ROOT / ".venv/bin/supervisorctl"), "-c",
                          str(stack.ROOT / ".stack/conf/supervisord.conf"), *args],
                         capture_output=True, text=True, timeout=timeout, check=False)
    return out.stdout


def state_of(name: str) -> str:
    parts = ctl("status", name).split()
    return parts[1] if len(parts) > 1 else "UNKNOWN"


def ensure_running(name: str, within: float = 180) -> None:
    """Back to RUNNING: supervisord restarts what died unexpectedly; what stopped is started."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        state = state_of(name)
        if state == "RUNNING":
            return
        if state in ("EXITED", "STOPPED", "FATAL"):
            ctl("start", name)
        time.sleep(0.5)
    raise RuntimeError(f"{name} did not come back within {within:.0f} s (state {state_of(name)})")


def terminate_relay_sessions(within: float = 3.0) -> int:
    """Terminates every database session holding a relay's lock, for `within` seconds: each relay caught in
    the middle of a batch loses its transaction after its Kafka sends (they are sent again)."""
    killed = 0
    deadline = time.monotonic() + within
    try:
        with psycopg.connect(stack.admin_dsn(), autocommit=True, connect_timeout=5) as conn:
            while time.monotonic() < deadline:
                rows = conn.execute(
                    "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and classid = 0 "
                    "and objid = %s and objsubid = 1 and granted and pid <> pg_backend_pid()", (RELAY_LOCK,)).fetchall()
                killed += sum(1 for (ok,) in rows if ok)
                time.sleep(0.02)
    except psycopg.Error:
        pass
    return killed


def kill(target: str, rng: random.Random) -> str:
    """Kills one target and brings it back; returns how."""
    if target == "relay":
        return f"{terminate_relay_sessions()} relay sessions terminated"
    if target == "postgres":
        if rng.random() < 0.5:
            ctl("signal", "QUIT", "postgres")  # immediate shutdown: crash recovery at the restart
            how = "immediate shutdown"
        else:
            outage = rng.uniform(2, 8)
            ctl("stop", "postgres")
            time.sleep(outage)
            how = f"stopped {outage:.0f} s"
        ensure_running("postgres")
        return how
    if target == "kafka" and rng.random() < 0.5:
        outage = rng.uniform(2, 8)
        ctl("stop", "kafka")
        time.sleep(outage)
        ensure_running("kafka")
        return f"stopped {outage:.0f} s"
    ctl("signal", "KILL", target)
    ensure_running(target)
    return "SIGKILL"


def chaos(ledger: Ledger, rng: random.Random, stop: threading.Event, started: float,
          gap: tuple[float, float], targets: list[str], rounds: int | None) -> None:
    """Kills, one at a time, `gap` seconds apart: every target once in a random order, again and again until
    `stop` (or for `rounds` rounds)."""
    order: list[str] = []
    done = 0
    while not stop.wait(rng.uniform(*gap)):
        if not order:
            if rounds is not None and done == rounds:
                return
            order, done = rng.sample(targets, len(targets)), done + 1
        target = order.pop()
        at = time.monotonic() - started
        try:
            how = kill(target, rng)
        except Exception as exc:
            how = f"failed: {exc}"
        log.info("chaos: %s %s", target, how)
        with ledger.lock:
            ledger.kills.append((at, target, how))


# ---------------------------------------------------------------- settle and check


def not_ready() -> list[str]:
    """The services that do not answer ready."""
    down = []
    for s in SERVICES:
        try:
            if httpx.get(f"{stack.service_url(s)}/health/ready", timeout=5).status_code != 200:
                down.append(s)
        except httpx.HTTPError:
            down.append(s)
    return down


def query(db: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with psycopg.connect(stack.admin_dsn(db), connect_timeout=5) as conn:
        return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]


def check(api: Api, ledger: Ledger) -> tuple[list[str], Counter[str]]:
    problems: list[str] = []
    checked: Counter[str] = Counter()
    with ledger.lock:
        approvals = list(ledger.approvals)
        people = dict(ledger.people)
        cases = {k: {**v, "steps": list(v["steps"])} for k, v in ledger.cases.items()}
        imports = [dict(i) for i in ledger.imports]

    # outboxes: everything published, nothing parked
    for s in SERVICES:
        [(pending, parked)] = query(s, "select count(*) filter (where published_at is null and parked_at is null), "
                                       "count(*) filter (where parked_at is not null) from outbox_message")
        if pending or parked:
            problems.append(f"{s}: {pending} events not published yet, {parked} parked")
        checked["outboxes"] += 1

    # approvals: one version each, one approve audit entry each
    cr_ids = [a["cr_id"] for a in approvals]
    versions = dict(query("personnel", "select change_request_id::text, count(*) from person_version "
                                       "where change_request_id = any(%s::uuid[]) group by 1", (cr_ids,)))
    audited = dict(query("personnel", "select detail->>'change_request_id', count(*) from audit_entry "
                                      "where action = 'approve' and detail->>'change_request_id' = any(%s) group by 1",
                         (cr_ids,)))
    for a in approvals:
        n, m = versions.get(a["cr_id"], 0), audited.get(a["cr_id"], 0)
        if n != 1:
            problems.append(f"approved change request {a['cr_id']} ({a['kind']}) is {n} versions of its record")
        if m != 1:
            problems.append(f"approved change request {a['cr_id']} has {m} approve audit entries")
        checked["approvals"] += 1

    # imports: every person of an approved import, approved and found once
    for job in imports:
        if "approve" not in job["steps"]:
            continue
        for pid in job["personal_ids"]:
            found = search(api, pid)
            if found is None or len(found) != 1:
                problems.append(f"import {job['job_id']}: {pid} found {None if found is None else len(found)} times")
            else:
                people.setdefault(found[0], {"personal_id": pid, "use": "import"})
            checked["imported people"] += 1

    # records: open, found once by identification number, in reporting and transfer as in personnel
    ids = list(people)
    of_people = "select person_id::text, version, unit_id from {} where person_id = any(%s::uuid[])"
    pv = query("personnel", of_people.format("person_version"), (ids,))
    rv = query("reporting", of_people.format("person_fact"), (ids,))
    refs = {p: (v, u) for p, v, u in query("transfer", "select person_id::text, version, unit_id from person_ref "
                                                        "where person_id = any(%s::uuid[])", (ids,))}
    by_person: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for p, v, u in pv:
        by_person[p].add((v, u))
    in_reporting: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for p, v, u in rv:
        in_reporting[p].add((v, u))
    for person_id, info in people.items():
        mine = by_person.get(person_id, set())
        if not mine:
            problems.append(f"record {person_id} has no approved version")
            continue
        last, unit = max(mine)
        if in_reporting.get(person_id, set()) != mine:
            problems.append(f"record {person_id}: reporting holds versions {sorted(in_reporting.get(person_id, set()))}"
                            f", personnel {sorted(mine)}")
        if refs.get(person_id) != (last, unit):
            problems.append(f"record {person_id}: transfer's replica holds {refs.get(person_id)}, "
                            f"personnel {(last, unit)}")
        viewer = RECEIVER if unit.startswith(TO_UNIT) else OFFICER  # the unit the record is in now
        resp = api.call("GET", f"/api/personnel/persons/{person_id}", viewer)
        if not accepted(resp) or resp.json()["version"] != last:  # type: ignore[union-attr]
            problems.append(f"record {person_id} does not open at version {last}: "
                            f"{None if resp is None else resp.status_code}")
        found = search(api, info["personal_id"], viewer)
        if found != [person_id]:
            problems.append(f"record {person_id}: its identification number {info['personal_id']} finds {found}")
        checked["records"] += 1

    # transfer cases: once each, each accepted step once; forwarded ones done, each of their moves (to the
    # unit at acceptance, to the sub-unit at forwarding) applied as exactly one version, in reporting too
    case_ids = list(cases)
    decided: dict[str, list[tuple[str, int | None, str | None]]] = defaultdict(list)
    for case_id, move_id, version, refused in query(
            "transfer", "select case_id::text, move_id, applied_version, refused_reason from transfer_move "
                        "where case_id = any(%s::uuid[])", (case_ids,)):
        decided[case_id].append((move_id, version, refused))
    made: dict[str, list[int]] = defaultdict(list)
    for by, version in query("personnel", "select approved_by, version from person_version where approved_by = any(%s)",
                             ([f"transfer:{c}" for c in case_ids],)):
        made[by.removeprefix("transfer:")].append(version)
    facts = dict(query("reporting", "select move_id, version from move_fact where move_id = any(%s)",
                       ([m for ms in decided.values() for m, _, _ in ms],)))
    for case_id, c in cases.items():
        resp = api.call("GET", f"/api/transfer/cases/{case_id}", OFFICER)
        if not accepted(resp):
            problems.append(f"case {case_id} does not open: {None if resp is None else resp.status_code}")
            continue
        case = resp.json()  # type: ignore[union-attr]
        taken = Counter(s["step"] for s in case.get("steps", []))
        for step in c["steps"]:
            if taken[step] != 1:
                problems.append(f"case {case_id}: accepted step {step} recorded {taken[step]} times")
        if "forward" in c["steps"]:
            if case["state"] != "done":
                problems.append(f"case {case_id} forwarded but {case['state']}")
            applied = sorted(v for _, v, _ in decided[case_id] if v is not None)
            if not decided[case_id] or any(v is None or r for _, v, r in decided[case_id]):
                problems.append(f"case {case_id}: moves not applied: {decided[case_id]}")
            if sorted(made[case_id]) != applied:
                problems.append(f"case {case_id}: its moves are versions {sorted(made[case_id])} of the record, "
                                f"transfer says {applied}")
            for move_id, version, _ in decided[case_id]:
                if facts.get(move_id) != version:
                    problems.append(f"move {move_id}: reporting holds version {facts.get(move_id)}, not {version}")
            unit = max(by_person.get(c["person_id"], {(0, "")}))[1]
            if unit not in c["to"]:
                problems.append(f"case {case_id}: the record is in {unit}, not in {c['to']}")
        checked["cases"] += 1
    return problems, checked


def search(api: Api, personal_id: str, user: str = OFFICER) -> list[str] | None:
    """Through the accounts of the units the records are in: no administrator's one-time code to ask."""
    resp = api.call("GET", "/api/personnel/persons", user, params={"q": personal_id, "include_left": True})
    if not accepted(resp):
        return None
    return [p["person_id"] for p in resp.json()["items"]]  # type: ignore[union-attr]


def settle_and_check(api: Api, ledger: Ledger, within: float) -> tuple[list[str], Counter[str], float]:
    """Waits (on conditions, until the deadline) for every program to run and answer, then for the checks to
    pass; returns the last problems found."""
    started = time.monotonic()
    deadline = started + within
    for name in ["postgres", "kafka", *SERVICES, "gateway"]:
        ensure_running(name, within=max(10, deadline - time.monotonic()))
    while (down := not_ready()) and time.monotonic() < deadline:
        time.sleep(1)
    problems = [f"not ready {within:.0f} s after the workload: {', '.join(down)}" if down
                else "not checked before the deadline"]
    checked: Counter[str] = Counter()
    while not down and time.monotonic() < deadline:
        try:
            problems, checked = check(api, ledger)
        except (psycopg.Error, httpx.HTTPError) as exc:
            problems = [f"check failed: {exc}"]
        if not problems:
            break
        time.sleep(3)
    return problems, checked, time.monotonic() - started


def restore() -> None:
    """Every program the kills may have left stopped is started again (an interrupted run included)."""
    for name in ["postgres", "kafka", *SERVICES]:
        if state_of(name) in ("EXITED", "STOPPED", "FATAL"):
            ctl("start", name)


def tidy(api: Api, ledger: Ledger) -> None:
    """Leaves the demo data sensible: the change requests and cases the kills left half-way are withdrawn
    and cancelled (best effort; they are not part of what is checked)."""
    for kind, ident in ledger.loose:
        if kind == "change request":
            api.call("POST", f"/api/personnel/change-requests/{ident}/withdraw", OFFICER)
        else:
            api.call("POST", f"/api/transfer/cases/{ident}/cancel", OFFICER, json={"note": "Kiểm thử sự cố: huỷ"})


def run(seconds: float = 90, seed: int | None = None, *, gap: tuple[float, float] = (6, 14),
        targets: list[str] | None = None, rounds: int | None = None, settle: float = 180) -> Report:
    """The workload under kills `gap` seconds apart for `seconds` (or, with `rounds`, until every target of
    `targets`, default all, was killed that many times, and at least `seconds`), then settle (at most
    `settle` seconds) and check."""
    rng = random.Random(seed)
    api, ledger = Api(), Ledger()
    workload = Workload(api, ledger, random.Random(rng.random()))
    stop, stop_chaos = threading.Event(), threading.Event()
    started = time.monotonic()
    threads = [threading.Thread(target=fn, args=(stop,), name=name, daemon=True)
               for name, fn in (("approvals", workload.approvals), ("transfers", workload.transfers),
                                ("imports", workload.imports))]
    killer = threading.Thread(target=chaos, name="chaos", daemon=True,
                              args=(ledger, random.Random(rng.random()), stop_chaos, started, gap,
                                    list(targets or TARGETS), rounds))
    atexit.register(restore)  # whatever happens to this process, nothing it stopped stays stopped
    if threading.current_thread() is threading.main_thread():  # a SIGTERM (timeout, CI) too: through finally
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        for t in [*threads, killer]:
            t.start()
        if rounds is None:
            time.sleep(seconds)
            stop_chaos.set()
        killer.join(timeout=None if rounds else 300)
        time.sleep(max(0.0, started + seconds - time.monotonic()))
        stop.set()  # each thread ends the flow in hand (its retries have their own deadlines)
        for t in threads:
            t.join(timeout=300)
    finally:
        stop_chaos.set()
        stop.set()
        killer.join(timeout=120)
        restore()
    worked = time.monotonic() - started
    problems, checked, settled = settle_and_check(api, ledger, settle)
    tidy(api, ledger)
    return Report(seconds=worked, ledger=ledger, problems=problems, settle_seconds=settled, checked=checked,
                  failures=api.failures)
