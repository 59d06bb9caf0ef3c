"""Latency of the org tree's first level and of name search on a province-sized tree (~2,000 units).

Makes a scratch database with the org migrations, fills it with a generated tree (root, departments
with divisions and teams, public service units, communes, former districts dissolved in 2025), starts
an org service on a spare port against it (workers off, real Keycloak tokens), times the HTTP
endpoints one request at a time, prints p50/p95/max, then drops the database.

    .venv/bin/python bench/org_tree.py [--units 2000] [--requests 300]

Targets (issue): first level < 100 ms, search < 50 ms, at the service."""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import random
import socket
import subprocess
import time
import uuid
from datetime import date
from pathlib import Path

import httpx
import psycopg

from common.testing import stack
from org.config import DEFAULT_CATALOG_DIR
from org.units.rules import fold

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["Tổ chức", "Cán bộ", "Kế hoạch", "Tài chính", "Pháp chế", "Thanh tra", "Văn thư", "Lưu trữ", "Đào tạo",
         "Quản lý", "Nghiệp vụ", "Hành chính", "Tổng hợp", "Kỹ thuật", "Dân tộc", "Tôn giáo", "Công nghệ",
         "Môi trường", "Đất đai", "Giao thông", "Y tế", "Giáo dục", "Văn hóa", "Du lịch", "Thể thao"]
QUERIES = ["ngoc duong", "phong to chuc", "so noi vu", "xa", "truong thpt", "phu linh", "ke hoach tai chinh",
           "ban quan ly", "trung tam y te", "huyen yen son", "doi kiem tra", "dong van", "phong nghiep vu 3"]


def spare_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def generate(n: int, rng: random.Random) -> list[tuple[str, str, str | None, str, bool, date, date | None]]:
    """(unit_id, name, parent_id, unit_type, active, established_on, dissolved_on), parents first."""
    units: list[tuple[str, str, str | None, str, bool, date, date | None]] = [
        ("TQ", "Tỉnh Tuyên Quang", None, "tinh", True, date(1991, 10, 1), None)]
    founded, reform = date(2025, 3, 1), date(2025, 7, 1)
    with (DEFAULT_CATALOG_DIR / "tuyen_quang_communes_2025.csv").open(encoding="utf-8") as fh:
        communes = list(csv.DictReader(fh))
    for row in communes:
        units.append((row["code"], row["name_vi"], "TQ", "xa", True, reform, None))
    for i, name in enumerate(["Yên Sơn", "Sơn Dương", "Hàm Yên", "Chiêm Hóa", "Na Hang", "Lâm Bình"]):
        units.append((f"H{i:02d}", f"Huyện {name}", "TQ", "huyen", False, date(1991, 10, 1), reform))
    departments = [f"S{i:02d}" for i in range(24)]
    for i, d in enumerate(departments):
        units.append((d, f"Sở {WORDS[i % len(WORDS)]} {i}", "TQ", "so", True, founded, None))
    k = 0
    while len(units) < n:
        d = departments[k % len(departments)]
        div = f"{d}.P{k // len(departments):02d}"
        units.append((div, f"Phòng {rng.choice(WORDS)} {k % 7}", d, "phong", True, founded, None))
        for t in range(3):
            if len(units) >= n:
                break
            kind = rng.choice(["Đội kiểm tra", "Trung tâm Y tế", "Trường THPT", "Ban Quản lý", "Tổ"])
            units.append((f"{div}.{t}", f"{kind} {rng.choice(WORDS)} {t}", div, "don_vi_su_nghiep", True, founded,
                          None))
        k += 1
    return units


def fill(url: str, units: list[tuple[str, str, str | None, str, bool, date, date | None]]) -> None:
    paths: dict[str, list[str]] = {}
    with psycopg.connect(url.replace("postgresql+asyncpg", "postgresql")) as conn, conn.cursor() as cur:
        for order, (uid, name, parent, kind, active, start, end) in enumerate(units):
            paths[uid] = [*(paths[parent] if parent else []), uid]
            cur.execute(
                "INSERT INTO unit (unit_id, name, unit_type, unit_block, parent_id, sort_order, path, name_search, "
                "active, established_on, dissolved_on, last_changed_on, decision_number, created_at, updated_at) "
                "VALUES (%s,%s,%s,'chinh_quyen',%s,%s,%s,%s,%s,%s,%s,%s,'BENCH',now(),now())",
                (uid, name, kind, parent, order, paths[uid], fold(f"{uid} {name}"), active, start, end, end or start))
            cur.execute(
                "INSERT INTO unit_version (unit_id, name, unit_type, unit_block, parent_id, sort_order, valid_from, "
                "valid_to) VALUES (%s,%s,%s,'chinh_quyen',%s,%s,%s,%s)", (uid, name, kind, parent, order, start, end))
        cur.execute("ANALYZE")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] * 1000


async def measure(base: str, requests: int) -> dict[str, list[float]]:
    tokens = {u: stack.password_token(u) for u in ("snv.admin", "stp.officer")}
    admin = {"Authorization": f"Bearer {tokens['snv.admin']}"}
    officer = {"Authorization": f"Bearer {tokens['stp.officer']}"}
    rng = random.Random(7)
    kinds = {
        "baseline: /whoami (token, no query)": lambda: ("/whoami", admin, None),
        "roots (province admin)": lambda: ("/units/roots", admin, None),
        "first level: TQ children (~160)": lambda: ("/units/TQ/children", admin, None),
        "first level as of 2025-06-30": lambda: ("/units/TQ/children", admin, {"as_of": "2025-06-30"}),
        "department children": lambda: (f"/units/S{rng.randrange(24):02d}/children", admin, None),
        "search (province admin)": lambda: ("/units/search", admin, {"q": rng.choice(QUERIES)}),
        "search (unit officer, scoped)": lambda: ("/units/search", officer, {"q": rng.choice(QUERIES)}),
        "unit detail": lambda: (f"/units/S{rng.randrange(24):02d}", admin, None),
    }
    out: dict[str, list[float]] = {k: [] for k in kinds}
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        for make in kinds.values():  # warm up every route (connection pool, key cache, plans)
            for _ in range(10):
                path, headers, params = make()
                (await http.get(path, headers=headers, params=params)).raise_for_status()
        for name, make in kinds.items():
            for _ in range(requests):
                path, headers, params = make()
                t0 = time.perf_counter()
                resp = await http.get(path, headers=headers, params=params)
                out[name].append(time.perf_counter() - t0)
                resp.raise_for_status()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    db = f"bench_org_{uuid.uuid4().hex[:6]}"
    url = stack.create_migrated_database("org", db)
    server = None
    try:
        units = generate(args.units, random.Random(1))
        fill(url, units)
        port = spare_port()
        env = {**os.environ, "ORG_DATABASE_URL": url, "ORG_RUN_WORKER": "false", "ORG_SEED_DEMO_TREE": "false",
               "ORG_SEED_CATALOGS": "false", "ORG_LOG_LEVEL": "WARNING"}
        server = subprocess.Popen([str(ROOT / ".venv/bin/uvicorn"), "org.main:app", "--port", str(port),
                                   "--log-level", "warning", "--no-access-log"],
                                  cwd=ROOT / "services/org", env=env)
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                if httpx.get(f"{base}/health/live", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        results = asyncio.run(measure(base, args.requests))
        print(f"org tree: {len(units)} units, {args.requests} sequential requests per kind, {os.cpu_count()} cores")
        print(f"{'request':36} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, values in results.items():
            print(f"{name:36} {pct(values, 0.5):8.1f} {pct(values, 0.95):8.1f} {max(values) * 1000:8.1f}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        stack.drop_database(url)


if __name__ == "__main__":
    main()
