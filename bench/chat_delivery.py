"""Live chat delivery (issue 17.7): 500 WebSocket clients connected, 50 messages a second for --seconds,
delivery time from the sender's `send` frame to the receipt of the message by another member of the room.

    .venv/bin/python bench/chat_delivery.py [--clients 500] [--rate 50] [--seconds 20] [--per-room 2]

What runs: a notify service started here (one uvicorn process, as in the stack, on port 18196) on a scratch
database (`bench_notify_<hex>`, dropped at the end) with the stack's Redis for fan-out and presence, and this
script as the clients, **connected directly to that notify** (ws://127.0.0.1:18196/ws), not through the
gateway. Every frame takes the service's own path (token check at sign-in, rate limit, insert into PostgreSQL,
commit, publish to Redis, each connection's subscriber, send), as behind nginx; the gateway only adds its proxy
hop.

Why not the stack's own notify and demo accounts: the stack allows 30 messages a minute per account
(NOTIFY_MESSAGES_PER_MINUTE) and has six demo accounts, so 50 messages a second cannot be sent there; and
500 connections of six accounts would hand every message to ~80 connections of the same account instead of
one reader. So the bench signs its own tokens (RS256, a key made for the run and pinned in the bench service's
token verifier, claims shaped like Keycloak's): 500 distinct accounts in rooms of --per-room accounts (units
BENCHnnn; each unit's room), the rate limit raised for the run. Each message goes from one member of a
random room to the others; its latency is measured at each other member. Clients and server share this
machine's CPUs, so the figures include the clients' own work."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import jwt
import websockets
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ROOT = Path(__file__).resolve().parents[1]
PORT = 18196
ISSUER = "http://bench.local/realms/bench"
AUDIENCE = "cbccvc-api"
KID = "bench-chat-delivery"


# ---------------------------------------------------------------- the service (run as a child process)

def serve(port: int) -> None:
    """The notify app on the scratch database, trusting the run's pinned key (env BENCH_JWK)."""
    import uvicorn
    from fastapi import FastAPI

    from common.auth import TokenVerifier
    from notify.config import NotifySettings
    from notify.main import create_app

    settings = NotifySettings(database_url=os.environ["BENCH_DATABASE_URL"], run_worker=False, run_mailer=False,
                              messages_per_minute=10_000_000, log_level="WARNING")
    app = create_app(settings)
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a: FastAPI):  # type: ignore[no-untyped-def]
        async with inner(a) as state:
            a.state.verifier = TokenVerifier(
                jwks_url="http://127.0.0.1:9/unused", issuer=ISSUER, audience=AUDIENCE,
                pinned_keys={KID: jwt.PyJWK(json.loads(os.environ["BENCH_JWK"]), algorithm="RS256")})
            yield state

    app.router.lifespan_context = lifespan
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, ws_max_queue=1024)


# ---------------------------------------------------------------- the clients

def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000 if values else float("nan")


class Member:
    def __init__(self, token: str, account: str) -> None:
        self.token, self.account = token, account
        self.ws: Any = None
        self.room = ""

    async def connect(self, url: str) -> None:
        self.ws = await websockets.connect(url, max_size=2**20, ping_interval=None, open_timeout=60)
        await self.ws.send(json.dumps({"type": "auth", "token": self.token}))
        while True:
            event = json.loads(await self.ws.recv())
            if event.get("type") == "ready":
                self.room = event["unit_room_id"]
                return
            if event.get("type") == "error":
                raise SystemExit(f"sign-in refused: {event}")


async def run_clients(url: str, tokens: list[tuple[str, str]], per_room: int, rate: float,
                      seconds: float) -> dict[str, Any]:
    members = [Member(t, a) for a, t in tokens]
    t0 = time.perf_counter()
    sem = asyncio.Semaphore(50)  # sign-ins in flight at once

    async def connect(m: Member) -> None:
        async with sem:
            await m.connect(url)

    await asyncio.gather(*(connect(m) for m in members))
    connect_seconds = time.perf_counter() - t0
    rooms: dict[str, list[Member]] = {}
    for m in members:
        rooms.setdefault(m.room, []).append(m)
    sent_at: dict[str, float] = {}
    expected: dict[str, int] = {}
    latencies: list[float] = []
    acks: list[float] = []
    errors: list[dict[str, Any]] = []
    stop = asyncio.Event()

    async def reader(m: Member) -> None:
        with contextlib.suppress(websockets.ConnectionClosed):
            async for raw in m.ws:
                now = time.perf_counter()
                event = json.loads(raw)
                kind = event.get("type")
                if kind == "message" and event.get("sender_account_id") != m.account:
                    t = sent_at.get(event.get("client_id", ""))
                    if t is not None:
                        latencies.append(now - t)
                        expected[event["client_id"]] -= 1
                elif kind == "ack":
                    t = sent_at.get(event.get("client_id", ""))
                    if t is not None:
                        acks.append(now - t)
                elif kind == "error":
                    errors.append(event)

    readers = [asyncio.create_task(reader(m)) for m in members]
    room_list = [r for r in rooms.values() if len(r) >= 2]
    interval = 1.0 / rate
    start = time.perf_counter()
    n = 0
    while (elapsed := time.perf_counter() - start) < seconds:
        target = int(elapsed / interval)
        while n <= target:  # keep the pace even when the loop was late
            room = random.choice(room_list)
            sender = random.choice(room)
            cid = uuid.uuid4().hex
            sent_at[cid] = time.perf_counter()
            expected[cid] = len(room) - 1
            await sender.ws.send(json.dumps({"type": "send", "room_id": sender.room, "client_id": cid,
                                             "body": f"Tin nhắn thử nghiệm số {n} lúc {time.time():.3f}"}))
            n += 1
        await asyncio.sleep(max(0.0, start + (n + 0) * interval - time.perf_counter()))
    send_seconds = time.perf_counter() - start
    deadline = time.perf_counter() + 15
    while time.perf_counter() < deadline and any(v > 0 for v in expected.values()):  # noqa: ASYNC110
        await asyncio.sleep(0.1)
    stop.set()
    for m in members:
        await m.ws.close()
    for task in readers:
        task.cancel()
    missing = sum(v for v in expected.values() if v > 0)
    return {"connect_seconds": connect_seconds, "sent": n, "send_seconds": send_seconds,
            "deliveries": len(latencies), "missing": missing, "latencies": latencies, "acks": acks,
            "errors": errors, "rooms": len(room_list)}


def delivery_buckets(port: int) -> dict[float, float]:
    """notify_chat_delivery_seconds' cumulative buckets (the service's own count, from the frame's receipt to its
    hand-over to each connection)."""
    out: dict[float, float] = {}
    for line in httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text.splitlines():
        if line.startswith("notify_chat_delivery_seconds_bucket{"):
            le = line.split('le="', 1)[1].split('"', 1)[0]
            out[float("inf") if le == "+Inf" else float(le)] = float(line.rsplit(" ", 1)[1])
    return out


def bucket_quantile(before: dict[float, float], after: dict[float, float], q: float) -> str:
    """The upper bound of the bucket holding the q-quantile of what was observed between the two scrapes."""
    bounds = sorted(after)
    total = after[float("inf")] - before.get(float("inf"), 0.0)
    for b in bounds:
        if total and after[b] - before.get(b, 0.0) >= q * total:
            return "> 5 s" if b == float("inf") else f"<= {b * 1000:g} ms"
    return "?"


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "?")
    mem = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))) // 1024 // 1024
    return f"{os.cpu_count()} CPUs ({cpu}), {mem} GB RAM, load {os.getloadavg()[0]:.1f} at start"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--rate", type=float, default=50.0, help="messages a second, across all rooms")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--per-room", type=int, default=2, help="accounts per unit room")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(PORT)
        return

    import resource

    from common.testing import stack
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 8192)), hard))

    print(f"machine: {machine()}")
    db = f"bench_notify_{uuid.uuid4().hex[:8]}"
    url = stack.create_migrated_database("notify", db)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    jwk.update({"kid": KID, "alg": "RS256", "use": "sig"})
    now = int(time.time())
    tokens = []
    for i in range(args.clients):
        account = f"bench-{i:04d}-{uuid.uuid4().hex[:6]}"
        claims = {"sub": account, "preferred_username": f"bench{i:04d}",
                  "unit_id": f"BENCH{i // args.per_room:03d}",
                  "realm_access": {"roles": ["unit_officer"]}, "iss": ISSUER, "aud": AUDIENCE, "iat": now,
                  "exp": now + 3600, "name": f"Cán bộ thử nghiệm {i}"}
        tokens.append((account, jwt.encode(claims, pem, algorithm="RS256", headers={"kid": KID})))
    env = {**os.environ, "BENCH_DATABASE_URL": url, "BENCH_JWK": json.dumps(jwk), "NOTIFY_LOG_LEVEL": "WARNING",
           "CBCCVC_REDIS_URL": f"redis://127.0.0.1:{stack.port('redis')}/0",
           "CBCCVC_S3_ENDPOINT": f"127.0.0.1:{stack.port('s3')}"}
    log = open(ROOT / ".stack" / "log" / "bench-chat-delivery.log", "wb")
    server = subprocess.Popen([sys.executable, __file__, "--serve"], cwd=ROOT / "services/notify", env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{PORT}/health/live", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the bench notify did not start: see {log.name}")
            time.sleep(0.3)
        print(f"notify on a scratch database ({db}), clients straight to ws://127.0.0.1:{PORT}/ws; "
              f"{args.clients} accounts in rooms of {args.per_room}, {args.rate:g} messages/s for {args.seconds:g} s")
        cpu0, buckets0 = cpu_seconds(server.pid), delivery_buckets(PORT)
        r = asyncio.run(run_clients(f"ws://127.0.0.1:{PORT}/ws", tokens, args.per_room, args.rate, args.seconds))
        cpu, buckets = cpu_seconds(server.pid) - cpu0, delivery_buckets(PORT)
        lat, acks = r["latencies"], r["acks"]
        print(f"connected {args.clients} clients in {r['connect_seconds']:.1f} s")
        print(f"sent {r['sent']} messages in {r['send_seconds']:.1f} s ({r['sent'] / r['send_seconds']:.1f}/s) "
              f"to {r['rooms']} rooms; delivered {r['deliveries']}, missing {r['missing']}, errors {len(r['errors'])}")
        print(f"delivery (send -> another member's receipt): p50 {pct(lat, 0.5):.1f} ms, "
              f"p95 {pct(lat, 0.95):.1f} ms, "
              f"p99 {pct(lat, 0.99):.1f} ms, max {max(lat) * 1000 if lat else float('nan'):.1f} ms "
              f"(goal p95 < 200 ms: {'met' if lat and pct(lat, 0.95) < 200 else 'NOT met'})")
        print(f"ack to the sender (stored and committed): p50 {pct(acks, 0.5):.1f} ms, p95 {pct(acks, 0.95):.1f} ms")
        print(f"inside notify (frame received -> handed to the connection, notify_chat_delivery_seconds): "
              f"p50 {bucket_quantile(buckets0, buckets, 0.5)}, p95 {bucket_quantile(buckets0, buckets, 0.95)}")
        busy = cpu / (r["connect_seconds"] + r["send_seconds"])
        print(f"notify CPU: {cpu:.1f} s over the run ({busy:.0%} of one core)")
        if r["errors"]:
            print("first error:", r["errors"][0])
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(15)
        if server.poll() is None:
            server.kill()
        log.close()
        stack.drop_database(url)
        stack.drop_templates()


if __name__ == "__main__":
    main()
