"""Load (issue 15.8): unit officers working at once through the gateway, with real Keycloak tokens.

Each simulated officer belongs to a unit and uses that unit's demo account (many people sharing one
account per unit, as a small unit does): they search the list, open records, edit a record (a change
request the officer creates and submits, approved by a leader of the same unit: nobody approves what
their account created), export the unit's list to Excel and open a transfer case. Every write leaves the
demo data sensible: an edit changes the person's contact phone number only, a transfer case is opened as
a draft and cancelled at once, and two simulated officers never write the same record at the same time
(a record is leased for the write). Tokens last 300 s: each account's token is renewed with its refresh
token a minute before it expires (the administrators' one-time code is asked only at the first sign-in).

    .venv/bin/python bench/load_officers.py                       # 200 officers for 10 minutes
    .venv/bin/python bench/load_officers.py --users 20 --minutes 1 # a short run while developing

It prints the number of errors, the p50/p95 of each request and of each action (the requests one click
makes), the throughput, the machine's load before and after, and the CPU each program of the stack used
while measured (Linux). The goal on the 2-core development machine: 0 errors and a search p95 under
100 ms. `locust -f bench/load_officers.py` opens Locust's own web UI on the same scenario.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import random
import socket
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlsplit

import gevent
import gevent.local
import httpx
from gevent.lock import Semaphore
from geventhttpclient.connectionpool import ConnectionPool
from locust import FastHttpUser, between, events, task
from locust.env import Environment

from common import clock
from common.testing.stack import CLI_CLIENT, gateway_url, keycloak_url, password_token, realm


@dataclass(frozen=True)
class Unit:
    unit_id: str
    officer: str  # the account that enters changes and opens cases
    approver: str  # a leader (or the Department) in whose scope the unit is; never the officer's account
    send_to: str  # where its transfer cases would send people


# One account per unit (password Demo@2026; scripts/demo.py and the realm file).
UNITS = [
    Unit("STP", "stp.officer", "stp.leader", "SNV"),
    Unit("SNV", "snv.leader", "snv.admin", "STP"),
    Unit("00700", "xa.ngocduong", "snv.admin", "00706"),
    Unit("00706", "xa.phulinh", "snv.admin", "00700"),
    Unit("STP.VP", "stp.vp.officer", "stp.leader", "SNV"),
]
# Searches officers type: family, middle and given names without diacritics (the search folds them).
TERMS = ["nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "do", "ma", "nong", "ha", "trieu", "lo",
         "nguyen van", "tran thi", "le thi", "hoang van", "thi lan", "van hung", "anh", "linh", "hoa", "nam", "thao",
         "duc", "minh", "quang", "mai", "hai"]
RENEW_BEFORE = 60  # seconds before a token expires


# ---------------------------------------------------------------- tokens: one per account, shared


@dataclass
class Token:
    access: str = ""
    refresh: str = ""
    expires_at: float = 0.0
    lock: Semaphore = field(default_factory=Semaphore)


TOKENS: dict[str, Token] = defaultdict(Token)


def _token_url() -> str:
    return f"{keycloak_url()}/realms/{realm()}/protocol/openid-connect/token"


def _fire(name: str, started: float, exc: BaseException | None, kind: str = "POST") -> None:
    events.request.fire(request_type=kind, name=name, response_time=(time.perf_counter() - started) * 1000,
                        response_length=0, exception=exc, context={})


def bearer(username: str) -> dict[str, str]:
    """The account's token (signed in once, then renewed by its refresh token before it expires)."""
    tok = TOKENS[username]
    if time.monotonic() > tok.expires_at - RENEW_BEFORE:
        with tok.lock:  # the other officers on this account wait for the one renewal
            if time.monotonic() > tok.expires_at - RENEW_BEFORE:
                _renew(username, tok)
    return {"Authorization": f"Bearer {tok.access}"}


def _renew(username: str, tok: Token) -> None:
    started = time.perf_counter()
    try:
        body = None
        if tok.refresh:
            resp = httpx.post(_token_url(), timeout=30, data={
                "grant_type": "refresh_token", "client_id": CLI_CLIENT[0], "client_secret": CLI_CLIENT[1],
                "refresh_token": tok.refresh})
            body = resp.json() if resp.status_code == 200 else None
        if body is None:  # first sign-in, or the session ended: the password (and one-time code) again
            resp = httpx.post(_token_url(), timeout=30, data=_password_form(username))
            if resp.status_code != 200:
                access = password_token(username)  # its retries and the administrators' one-time code
                body = {"access_token": access, "expires_in": 300}
            else:
                body = resp.json()
        tok.access, tok.refresh = body["access_token"], body.get("refresh_token", "")
        tok.expires_at = time.monotonic() + float(body.get("expires_in", 300))
        _fire("keycloak: token", started, None)
    except Exception as exc:  # counted as an error, asked again by the next request
        _fire("keycloak: token", started, exc)
        raise


def _password_form(username: str) -> dict[str, str]:
    from common.testing import totp
    from common.testing.stack import DEMO_PASSWORD

    form = {"grant_type": "password", "client_id": CLI_CLIENT[0], "client_secret": CLI_CLIENT[1],
            "username": username, "password": DEMO_PASSWORD}
    if username in totp.DEV_TOTP_ACCOUNTS:
        form["totp"] = totp.code()
    return form


# ---------------------------------------------------------------- records an officer may write


class Records:
    """Each unit's approved records, and the ones a simulated officer is writing now (leased): two
    officers never edit, or open a case for, the same person at the same time."""

    def __init__(self) -> None:
        self.of_unit: dict[str, list[str]] = {}
        self.leased: set[str] = set()
        self.excluded: set[str] = set()

    def load(self, client: httpx.Client) -> None:
        """The records of every unit, without those someone is already changing (an open change request)
        or moving (an open transfer case): the load must not disturb the demo's own pending work."""
        admin = {"Authorization": f"Bearer {password_token('snv.admin')}"}
        for state in ("draft", "submitted"):
            for cr in _pages(client, "/api/personnel/change-requests", admin, {"state": state}):
                self.excluded.add(cr["person_id"])
        for case in _pages(client, "/api/transfer/cases", admin, {"state": "open"}):
            if case.get("person_id"):
                self.excluded.add(case["person_id"])
        known: dict[str, bool] = {}  # units the org service has (tests may leave people in units it never had)
        for unit in UNITS:
            headers = {"Authorization": f"Bearer {password_token(unit.officer)}"}
            people = _pages(client, "/api/personnel/persons", headers, {"unit_id": unit.unit_id, "sort": "name"})
            for p in people:
                if p["unit_id"] not in known:
                    known[p["unit_id"]] = client.get(f"/api/org/units/{p['unit_id']}", headers=admin).status_code == 200
            self.of_unit[unit.unit_id] = [p["person_id"] for p in people
                                          if p["person_id"] not in self.excluded and known[p["unit_id"]]]
            if not self.of_unit[unit.unit_id]:
                raise SystemExit(f"no record to work on in unit {unit.unit_id}: is the demo data loaded?")

    def any(self, unit: str, rng: random.Random) -> str:
        return rng.choice(self.of_unit[unit])

    def lease(self, unit: str, rng: random.Random) -> str | None:
        free = [p for p in self.of_unit[unit] if p not in self.leased]
        if not free:
            return None
        person = rng.choice(free)
        self.leased.add(person)
        return person

    def give_back(self, person: str) -> None:
        self.leased.discard(person)


def _pages(client: httpx.Client, url: str, headers: dict[str, str], params: dict[str, str],
           limit: int = 2000) -> list[dict]:
    items: list[dict] = []
    page = 1
    while len(items) < limit:
        resp = client.get(url, headers=headers, params={**params, "page": page, "size": 200})
        resp.raise_for_status()
        batch = resp.json()["items"]
        items += batch
        if len(batch) < 200:
            break
        page += 1
    return items


RECORDS = Records()


# ---------------------------------------------------------------- one address per officer

# Officers sit at their own machines, and the gateway's limits are per client address (20 searches a
# second, 30 sign-in posts a minute). From one address, 200 simulated officers would meet the limits meant
# for one person; on this machine each officer connects from its own loopback address (127.0.x.y) instead.
_OFFICER = gevent.local.local()
_plain_socket = ConnectionPool._create_tcp_socket


def _socket_from_officer_address(pool: ConnectionPool, family: int, socktype: int, protocol: int) -> object:
    sock = _plain_socket(pool, family, socktype, protocol)
    address = getattr(_OFFICER, "address", None)
    if address and family == socket.AF_INET:
        sock.bind((address, 0))
    return sock


def officer_address(number: int, host: str) -> str | None:
    """127.0.x.y for the number-th officer when the gateway is on this machine's loopback, else None."""
    name = urlsplit(host).hostname or ""
    try:
        loopback = ipaddress.ip_address(socket.gethostbyname(name)).is_loopback
    except (OSError, ValueError):
        loopback = False
    return f"127.0.{1 + number // 250}.{1 + number % 250}" if loopback else None


ConnectionPool._create_tcp_socket = _socket_from_officer_address


# ---------------------------------------------------------------- the officers


ACTION_TIMES: dict[str, list[float]] = defaultdict(list)  # whole actions (every request of one click), ms
ACTION_ERRORS: dict[str, int] = defaultdict(int)


class Action:
    """Times one action (several requests) and counts it failed when one of its requests failed."""

    def __init__(self, name: str) -> None:
        self.name, self.failed = name, False

    def __enter__(self) -> Action:
        self.started = time.perf_counter()
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if isinstance(exc, gevent.GreenletExit):
            return  # the run ended while this officer was in the middle of it: neither timed nor failed
        ACTION_TIMES[self.name].append((time.perf_counter() - self.started) * 1000)
        if exc_type is not None or self.failed:
            ACTION_ERRORS[self.name] += 1


class Officer(FastHttpUser):
    """One officer of a unit, at the unit's screens: mostly searching and reading, sometimes writing."""

    host = os.environ.get("CBCCVC_LOAD_HOST") or gateway_url()
    wait_time = between(2, 8)  # think time between clicks; --think sets it
    network_timeout = 60.0
    connection_timeout = 30.0
    _count = 0

    def on_start(self) -> None:
        Officer._count += 1
        self.unit = UNITS[Officer._count % len(UNITS)]
        self.rng = random.Random(f"{os.environ.get('CBCCVC_LOAD_SEED', '15.8')}-{Officer._count}")
        _OFFICER.address = officer_address(Officer._count, self.host)  # this greenlet's connections

    # one request: fails (an error) on any unexpected status
    def call(self, action: Action, method: str, path: str, name: str, user: str | None = None,
             expect: int = 200, **kw: object) -> dict | None:
        headers = {**bearer(user or self.unit.officer), "Accept-Language": "vi"}
        with self.client.request(method, path, name=name, headers=headers, catch_response=True, **kw) as resp:
            if resp.status_code != expect:
                action.failed = True
                resp.failure(f"{resp.status_code}: {(resp.text or '')[:200]}")
                return None
            resp.success()
            if resp.headers.get("content-type", "").startswith("application/json"):
                return resp.json()
            return {}

    @task(10)
    def search(self) -> None:
        with Action("search") as a:
            params: dict[str, object] = {"size": 20}
            roll = self.rng.random()
            if roll < 0.7:
                params["q"] = self.rng.choice(TERMS)
            elif roll < 0.85:
                params |= {"gender": self.rng.choice(["1", "2"]), "birth_year_from": self.rng.randrange(1965, 1990)}
            if self.rng.random() < 0.5:
                params["unit_id"] = self.unit.unit_id
            self.call(a, "GET", "/api/personnel/persons", "search", params=params)

    @task(6)
    def open_record(self) -> None:
        person = RECORDS.any(self.unit.unit_id, self.rng)
        with Action("open record") as a:
            self._open(a, person)

    def _open(self, a: Action, person: str) -> dict | None:
        """What the record page asks for: the record, its unit and its change requests."""
        record = self.call(a, "GET", f"/api/personnel/persons/{person}", "record: person")
        if record is None:
            return None
        self.call(a, "GET", f"/api/org/units/{record['unit_id']}", "record: unit")
        self.call(a, "GET", "/api/personnel/change-requests", "record: change requests",
                  params={"person_id": person, "size": 20})
        return record

    @task(2)
    def edit_and_approve(self) -> None:
        person = RECORDS.lease(self.unit.unit_id, self.rng)
        if person is None:
            return self.search()
        try:
            with Action("edit and approve") as a:
                record = self._open(a, person)
                if record is None:
                    return None
                profile = record["profile"]
                profile["identity"]["phone"] = f"09{self.rng.randrange(10**8):08d}"  # contact phone only
                cr = self.call(a, "POST", "/api/personnel/change-requests", "edit: create", expect=201,
                               json={"person_id": person, "profile": profile,
                                     "note": "Cập nhật số điện thoại liên hệ"})
                if cr is None:
                    return None
                if self.call(a, "POST", f"/api/personnel/change-requests/{cr['id']}/submit", "edit: submit") is None:
                    self.call(a, "POST", f"/api/personnel/change-requests/{cr['id']}/withdraw", "edit: withdraw")
                    return None
                # the leader opens the approvals inbox's entry and approves
                leader = self.unit.approver
                self.call(a, "GET", f"/api/personnel/change-requests/{cr['id']}/diff", "approve: diff", user=leader)
                self.call(a, "POST", f"/api/personnel/change-requests/{cr['id']}/approve", "approve: approve",
                          user=leader, json={})
        finally:
            RECORDS.give_back(person)
        return None

    @task(1)
    def export(self) -> None:
        with Action("export") as a:
            self.call(a, "GET", "/api/personnel/persons/export.xlsx", "export: list xlsx",
                      params={"unit_id": self.unit.unit_id})

    @task(1)
    def transfer(self) -> None:
        person = RECORDS.lease(self.unit.unit_id, self.rng)
        if person is None:
            return self.search()
        try:
            with Action("transfer") as a:
                self.call(a, "GET", "/api/transfer/cases", "transfer: outbox", params={"box": "outgoing", "size": 20})
                today = clock.today()
                case = self.call(a, "POST", "/api/transfer/cases", "transfer: open", expect=201, json={
                    "kind": "transfer", "person_id": person, "to_unit_id": self.unit.send_to,
                    "decision_number": f"{self.rng.randrange(100, 9999)}/QĐ-UBND",
                    "decision_signed_on": (today - timedelta(days=3)).isoformat(), "effective_on": today.isoformat(),
                    "signer": "Phó Chủ tịch UBND tỉnh", "note": "Mở thử rồi huỷ (kiểm thử tải)"})
                if case is None:
                    return None
                self.call(a, "GET", f"/api/transfer/cases/{case['id']}", "transfer: case")
                self.call(a, "POST", f"/api/transfer/cases/{case['id']}/cancel", "transfer: cancel",
                          json={"note": "Huỷ: mở để kiểm thử tải"})
        finally:
            RECORDS.give_back(person)
        return None


@events.test_start.add_listener
def _records(environment: Environment, **_: object) -> None:
    if not RECORDS.of_unit:
        with httpx.Client(base_url=Officer.host, timeout=60) as client:
            RECORDS.load(client)
        for account in {u.officer for u in UNITS} | {u.approver for u in UNITS}:
            bearer(account)  # every account signed in before the officers start


# ---------------------------------------------------------------- the headless run and its report


def cpu_seconds() -> dict[str, float]:
    """CPU seconds used so far by each program on this machine, by name (Linux /proc; {} elsewhere): which
    part of the stack the load costs. Processes that end meanwhile are not counted."""
    tick = os.sysconf("SC_CLK_TCK")
    used: dict[str, float] = defaultdict(float)
    for entry in os.scandir("/proc") if os.path.isdir("/proc") else []:
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            command = _command_of(entry.name)
            if "multiprocessing" in command:  # a uvicorn worker: named after its master's command
                command = _command_of(fields[1])
        except OSError:
            continue
        used[f"{entry.name} {program_name(command)}"] = (int(fields[11]) + int(fields[12])) / tick
    return used


def _command_of(pid: str) -> str:
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        return f.read().replace(b"\0", b" ").decode(errors="replace")


def program_name(command: str) -> str:
    for marker, name in (("kafka.Kafka", "kafka"), ("keycloak", "keycloak"), ("load_officers", "locust (this bench)"),
                         ("nginx", "nginx (gateway)"), ("redis-server", "redis"), ("prometheus", "monitoring")):
        if marker in command:
            return name
    if command.startswith("postgres: "):
        return "postgres: " + command.split()[1]  # the backend's role
    if "uvicorn " in command:
        return command.split("uvicorn ", 1)[1].split(".", 1)[0]
    return command.split(" ", 1)[0].rsplit("/", 1)[-1] or "?"


def cpu_by_program(before: dict[str, float], after: dict[str, float]) -> list[tuple[str, float]]:
    """Seconds of CPU per program between the two readings, most first."""
    spent: dict[str, float] = defaultdict(float)
    for key, seconds in after.items():
        spent[key.split(" ", 1)[1]] += seconds - before.get(key, 0.0)
    return sorted(((name, s) for name, s in spent.items() if s > 0), key=lambda x: -x[1])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(users: int, seconds: float, spawn_rate: float, think: tuple[float, float]) -> int:
    Officer.wait_time = between(*think)
    env = Environment(user_classes=[Officer], events=events, stop_timeout=120)
    runner = env.create_local_runner()
    env.events.test_start.fire(environment=env)
    load_before = os.getloadavg()
    runner.start(users, spawn_rate=spawn_rate)
    ramp_deadline = time.monotonic() + users / spawn_rate + 60
    while runner.user_count < users and time.monotonic() < ramp_deadline:
        gevent.sleep(0.5)
    # Measure the steady state only: the ramp and the first sign-ins are not counted.
    env.stats.reset_all()
    ACTION_TIMES.clear()
    ACTION_ERRORS.clear()
    started = time.monotonic()
    cpu_before = cpu_seconds()
    print(f"{runner.user_count} officers working for {seconds:.0f} s through {Officer.host} …", flush=True)
    gevent.sleep(seconds)
    load_during = os.getloadavg()
    spent = cpu_by_program(cpu_before, cpu_seconds())
    runner.quit()  # each officer finishes the action in hand (stop_timeout), so no draft is left half done
    elapsed = time.monotonic() - started
    report(env, users, elapsed, think, load_before, load_during)
    if spent:
        print(f"\nCPU while measured, in cores ({os.cpu_count()} on this machine):")
        for name, seconds in spent[:12]:
            print(f"  {seconds / elapsed:5.2f}  {name}")
        print(f"  {sum(s for _, s in spent) / elapsed:5.2f}  in all")
    total = env.stats.total
    return 1 if total.num_failures else 0


def report(env: Environment, users: int, elapsed: float, think: tuple[float, float],
           load_before: tuple[float, float, float], load_during: tuple[float, float, float]) -> None:
    total = env.stats.total
    print(f"\n{users} officers, {elapsed:.0f} s measured, think time {think[0]:g}-{think[1]:g} s, "
          f"{os.cpu_count()} CPUs")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in load_before)}; "
          f"at the end: {' '.join(f'{x:.2f}' for x in load_during)}")
    print(f"\n{'request':34} {'count':>7} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}")
    for entry in sorted(env.stats.entries.values(), key=lambda e: e.name):
        print(f"{entry.name:34} {entry.num_requests:7d} {entry.num_failures:6d} "
              f"{entry.get_response_time_percentile(0.5):7.0f} {entry.get_response_time_percentile(0.95):7.0f} "
              f"{entry.get_response_time_percentile(0.99):7.0f} {entry.max_response_time or 0:7.0f}")
    print(f"\n{'action (all its requests)':34} {'count':>7} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7}")
    for name in sorted(ACTION_TIMES):
        times = ACTION_TIMES[name]
        print(f"{name:34} {len(times):7d} {ACTION_ERRORS[name]:6d} {percentile(times, 0.5):7.0f} "
              f"{percentile(times, 0.95):7.0f}")
    for error in env.stats.errors.values():
        print(f"  error ×{error.occurrences}: {error.method} {error.name}: {str(error.error)[:300]}")
    search = env.stats.get("search", "GET")
    actions = sum(len(t) for t in ACTION_TIMES.values())
    print(f"\nerrors: {total.num_failures} of {total.num_requests} requests")
    print(f"throughput: {total.num_requests / elapsed:.1f} requests/s, {actions / elapsed:.1f} actions/s")
    print(f"search p95: {search.get_response_time_percentile(0.95):.0f} ms (goal < 100 ms), "
          f"p50 {search.get_response_time_percentile(0.5):.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200, help="simulated officers (200)")
    parser.add_argument("--minutes", type=float, default=10, help="measured time after the ramp (10)")
    parser.add_argument("--spawn-rate", type=float, default=10, help="officers starting per second (10)")
    parser.add_argument("--think", default="2-8", help="seconds between two clicks of one officer (2-8)")
    parser.add_argument("--host", default=None, help="the gateway (default: the stack's, stack/stack.env)")
    parser.add_argument("--seed", default="15.8")
    args = parser.parse_args()
    low, _, high = args.think.partition("-")
    if args.host:
        Officer.host = args.host
    os.environ["CBCCVC_LOAD_SEED"] = args.seed
    return run(args.users, args.minutes * 60, args.spawn_rate, (float(low), float(high or low)))


if __name__ == "__main__":
    sys.exit(main())
