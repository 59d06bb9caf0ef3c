"""The Prometheus that `make run` starts scrapes every service and server, and holds the committed rules.

Runs against the running stack (scripts/stack.sh up starts the monitoring after the services)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from common.testing.stack import stack_env

ROOT = Path(__file__).resolve().parents[2]
SERVICES = sorted(p.parent.name for p in (ROOT / "services").glob("*/alembic.ini"))
SERVERS = {"keycloak", "postgres", "redis", "node", "ops", "alertmanager", "prometheus"}


def prometheus(path: str, **params: str) -> Any:
    url = f"http://127.0.0.1:{stack_env()['PROMETHEUS_PORT']}/api/v1/{path}"
    resp = httpx.get(url, params=params, timeout=10)
    resp.raise_for_status()
    return resp.json()["data"]


def test_prometheus_reports_every_service_and_server_up() -> None:
    deadline = time.monotonic() + 90  # a scrape every 15 s; a target just started needs one
    while True:
        targets = prometheus("targets")["activeTargets"]
        health = {(t["labels"]["job"], t["labels"].get("service", "")): (t["health"], t["lastError"]) for t in targets}
        down = {k: v for k, v in health.items() if v[0] != "up"}
        if not down or time.monotonic() > deadline:
            break
        time.sleep(3)
    assert {s for job, s in health if job == "services"} == set(SERVICES)
    assert {job for job, _ in health} >= SERVERS
    assert down == {}


def test_the_stack_exporter_reads_kafka_the_audit_chains_and_the_outboxes() -> None:
    deadline = time.monotonic() + 90
    while True:
        kafka = prometheus("query", query="cbccvc_kafka_up")["result"]
        chains = prometheus("query", query="cbccvc_audit_chain_ok")["result"]
        if (kafka and len(chains) == len(SERVICES)) or time.monotonic() > deadline:
            break
        time.sleep(3)
    assert [r["value"][1] for r in kafka] == ["1"]
    assert {r["metric"]["service"]: r["value"][1] for r in chains} == {s: "1" for s in SERVICES}
    ages = prometheus("query", query="cbccvc_outbox_oldest_unpublished_age_seconds")["result"]
    assert {r["metric"]["service"] for r in ages} == set(SERVICES)


def test_prometheus_loaded_every_committed_rule() -> None:
    groups = prometheus("rules")["groups"]
    loaded = {rule["name"] for group in groups for rule in group["rules"] if rule["type"] == "alerting"}
    committed = {
        rule["alert"] for path in (ROOT / "deploy" / "prometheus" / "rules").glob("*.yml")
        for group in yaml.safe_load(path.read_text())["groups"] for rule in group["rules"] if "alert" in rule
    }
    assert loaded == committed
    assert all(rule["health"] == "ok" for group in groups for rule in group["rules"])


def test_every_grafana_panel_query_runs_on_the_stack_prometheus() -> None:
    """deploy/grafana's dashboard: each query is valid PromQL for this Prometheus (its recording rules
    included) and names series that exist, so the dashboard shows data from the first minute."""
    dashboard = json.loads((ROOT / "deploy" / "grafana" / "cbccvc-operations.json").read_text())
    empty = []
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            result = prometheus("query", query=target["expr"])["result"]  # raises on a PromQL error
            if not result and not any(w in target["expr"] for w in ("> 0", "== 1", "rate(", "increase(", "service:")):
                empty.append((panel["title"], target["expr"]))
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    assert empty == []
