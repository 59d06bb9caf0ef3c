"""deploy/k8s/monitoring: the PrometheusRule is the promtool-tested rules, and the PodMonitor scrapes the
api pods of every service of the base, on their http port, with the labels the rules select on."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
SERVICES = sorted(p.parent.name for p in (ROOT / "services").glob("*/alembic.ini"))


def kustomize(directory: Path) -> list[dict[str, Any]]:
    where = 'ROOT="$1"; source "$1/scripts/stack/lib.sh"; echo "$CACHE_DIR/bin/kustomize-$KUSTOMIZE_VERSION"'
    binary = subprocess.run(["bash", "-c", where, "_", str(ROOT)], capture_output=True, text=True,
                            check=True).stdout.strip()
    out = subprocess.run([binary, "build", str(directory)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return [d for d in yaml.safe_load_all(out.stdout) if d]


def test_the_prometheus_rule_file_is_current() -> None:
    spec = importlib.util.spec_from_file_location("to_k8s", ROOT / "deploy" / "prometheus" / "to_k8s.py")
    assert spec and spec.loader
    to_k8s = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(to_k8s)
    assert (K8S / "monitoring" / "prometheus-rules.yaml").read_text() == to_k8s.render(), \
        "run .venv/bin/python deploy/prometheus/to_k8s.py"


def test_the_monitoring_kustomization_holds_every_rule_and_scrapes_every_service() -> None:
    resources = {r["kind"]: r for r in kustomize(K8S / "monitoring")}
    assert set(resources) == {"PrometheusRule", "PodMonitor"}
    committed = [g for p in sorted((ROOT / "deploy" / "prometheus" / "rules").glob("*.yml"))
                 for g in yaml.safe_load(p.read_text())["groups"]]
    assert resources["PrometheusRule"]["spec"]["groups"] == committed
    assert all(r["metadata"]["namespace"] == "cbccvc" for r in resources.values())

    monitor = resources["PodMonitor"]["spec"]
    selector = monitor["selector"]["matchLabels"]
    [endpoint] = monitor["podMetricsEndpoints"]
    scraped = set()
    for r in kustomize(K8S / "base"):
        if r["kind"] != "Deployment":
            continue
        template = r["spec"]["template"]
        if selector.items() <= template["metadata"]["labels"].items():
            ports = {p.get("name") for c in template["spec"]["containers"] for p in c.get("ports", [])}
            assert endpoint["port"] in ports, r["metadata"]["name"]
            scraped.add(template["metadata"]["labels"]["app.kubernetes.io/name"])
    assert scraped == set(SERVICES)
    labels = {x["targetLabel"]: x for x in endpoint["relabelings"]}
    assert labels["job"]["replacement"] == "services"
    assert labels["service"]["sourceLabels"] == ["__meta_kubernetes_pod_label_app_kubernetes_io_name"]
