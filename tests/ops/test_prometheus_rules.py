"""deploy/prometheus: the alert rules parse, every alert has a promtool unit test that fires it, and the
Alertmanager configuration is valid. Offline: promtool and amtool come with the Debian packages that
scripts/stack/lib.sh installs (prometheus, prometheus-alertmanager)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
RULES = sorted((ROOT / "deploy" / "prometheus" / "rules").glob("*.yml"))
TESTS = sorted((ROOT / "deploy" / "prometheus" / "tests").glob("*_test.yml"))


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: scripts/stack.sh install brings it (Debian package)")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=ROOT)


def alerts_of(path: Path) -> list[dict[str, object]]:
    groups = yaml.safe_load(path.read_text())["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


def test_rules_parse() -> None:
    result = run(tool("promtool"), "check", "rules", *map(str, RULES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_unit_tests_pass() -> None:
    result = run(tool("promtool"), "test", "rules", *map(str, TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("SUCCESS") == len(TESTS)


def test_every_alert_is_fired_by_a_unit_test() -> None:
    fired: set[str] = set()
    for path in TESTS:
        for case in yaml.safe_load(path.read_text())["tests"]:
            for check in case.get("alert_rule_test", []):
                if check.get("exp_alerts"):
                    fired.add(check["alertname"])
    alerts = {str(rule["alert"]) for path in RULES for rule in alerts_of(path)}
    assert alerts - fired == set(), "alerts no unit test fires"


def test_every_alert_says_what_it_means_and_what_to_do() -> None:
    for path in RULES:
        for rule in alerts_of(path):
            labels, notes = rule.get("labels", {}), rule.get("annotations", {})
            assert isinstance(labels, dict) and labels.get("severity") in {"warning", "critical"}, rule["alert"]
            assert isinstance(notes, dict) and notes.get("summary") and notes.get("action"), rule["alert"]


def test_the_alerts_the_issue_names_exist() -> None:
    alerts = {str(rule["alert"]) for path in RULES for rule in alerts_of(path)}
    assert {
        "ServiceDown", "ServerDown", "ServiceErrorRate", "ServiceLatencyHigh", "ConsumerLagHigh", "DeadLetterEvents",
        "OutboxParked", "OutboxStale", "AuditChainBroken", "BackupTooOld", "DiskSpaceLow", "CertificateExpiresSoon",
    } <= alerts


def test_rules_name_only_metrics_something_exports() -> None:
    """A typo in a metric name makes an alert that never fires: every cbccvc_ metric a rule names is
    written by the ops exporter, and every service metric is defined in common.metrics."""
    exporter = (ROOT / "scripts" / "stack" / "ops_exporter.py").read_text()
    common = (ROOT / "libs" / "common" / "src" / "common" / "metrics.py").read_text()
    service_metrics = set(re.findall(r'(?:Counter|Gauge|Histogram)\(\s*"([a-z_]+)"', common))
    for path in RULES:
        text = "\n".join(str(rule["expr"]) for group in yaml.safe_load(path.read_text())["groups"]
                          for rule in group["rules"])
        for name in set(re.findall(r"\b(cbccvc_[a-z_]+)\b", text)):
            assert f'"{name}"' in exporter, f"{path.name}: {name} is not exported by scripts/stack/ops_exporter.py"
        service_names = r"\b(http_requests_total|http_request_duration_seconds|outbox_[a-z_]+|consumer_[a-z_]+)\b"
        for name in set(re.findall(service_names, text)):
            assert name.removesuffix("_bucket") in service_metrics, f"{path.name}: {name} is not in common.metrics"


def test_alertmanager_config_is_valid() -> None:
    result = run(tool("amtool"), "check-config", str(ROOT / "deploy" / "alertmanager" / "alertmanager.yml"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_runbook_says_what_every_alert_means() -> None:
    runbook = (ROOT / "deploy" / "operations.md").read_text()
    missing = {str(rule["alert"]) for path in RULES for rule in alerts_of(path)
               if f"| {rule['alert']} |" not in runbook}
    assert missing == set(), "alerts deploy/operations.md does not explain"
