"""Prints the local stack's Prometheus configuration from the environment set by lib.sh.

Every service's /metrics, Keycloak's management endpoint, the exporters for PostgreSQL, Redis and the
machine (Debian packages), the stack's own exporter (scripts/stack/ops_exporter.py: outbox, audit chain,
Kafka lag and dead letters, S3, backups), Alertmanager and Prometheus itself. The alert rules are the
committed ones in deploy/prometheus/rules/, unit-tested by tests/ops/test_prometheus_rules.py."""

import json
import os

env = os.environ
services = ["identity", "personnel", "org", "transfer", "reporting", "notify"]


def target(port_var: str) -> str:
    return f"127.0.0.1:{env[port_var]}"


def job(name: str, targets: list[str], *, path: str = "/metrics", labels: dict[str, str] | None = None,
        interval: str | None = None) -> dict[str, object]:
    j: dict[str, object] = {"job_name": name, "metrics_path": path,
                            "static_configs": [{"targets": targets, "labels": labels or {}}]}
    if interval:
        j["scrape_interval"] = interval
    return j


scrape = [
    {"job_name": "services", "metrics_path": "/metrics", "static_configs": [
        {"targets": [target(f"{s.upper()}_PORT")], "labels": {"service": s}} for s in services
    ]},
    job("keycloak", [target("KEYCLOAK_MGMT_PORT")], path="/auth/metrics", labels={"server": "keycloak"}),
    job("postgres", [target("POSTGRES_EXPORTER_PORT")], labels={"server": "postgres"}),
    job("redis", [target("REDIS_EXPORTER_PORT")], labels={"server": "redis"}),
    job("node", [target("NODE_EXPORTER_PORT")], labels={"server": "node"}),
    job("ops", [target("OPS_EXPORTER_PORT")], labels={"server": "ops"}),
    job("alertmanager", [target("ALERTMANAGER_PORT")], labels={"server": "alertmanager"}),
    job("prometheus", [target("PROMETHEUS_PORT")], labels={"server": "prometheus"}),
]
config = {
    "global": {"scrape_interval": env.get("PROMETHEUS_SCRAPE_INTERVAL", "15s"),
               "evaluation_interval": env.get("PROMETHEUS_SCRAPE_INTERVAL", "15s"),
               "external_labels": {"stack": "local"}},
    "alerting": {"alertmanagers": [{"static_configs": [{"targets": [target("ALERTMANAGER_PORT")]}]}]},
    "rule_files": [f"{env['ROOT']}/deploy/prometheus/rules/*.yml"],
    "scrape_configs": scrape,
}
# JSON is YAML: no YAML library is needed to write it, and Prometheus reads it as it is.
print(json.dumps(config, indent=2))
