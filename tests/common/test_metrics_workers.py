"""A service run as several worker processes on one port (uvicorn --workers, scripts/stack/supervisor_conf.py)
shows at /metrics the whole service, whichever worker the scrape reaches: counters summed, gauges as last set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WORKER = """
from common.metrics import HTTP_REQUESTS, OUTBOX_BACKLOG
HTTP_REQUESTS.labels("personnel", "GET", "/persons", "200").inc({n})
OUTBOX_BACKLOG.labels("personnel").set({backlog})
"""
SCRAPE = """
from prometheus_client import generate_latest
from common.http import metrics_registry
print(generate_latest(metrics_registry()).decode())
"""


def run(code: str, metrics_dir: Path) -> str:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}
    return subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True,
                          timeout=60).stdout


def test_metrics_of_several_workers_are_summed_and_gauges_show_the_latest_value(tmp_path: Path) -> None:
    run(WORKER.format(n=3, backlog=7), tmp_path)
    run(WORKER.format(n=4, backlog=2), tmp_path)  # the other worker, later
    text = run(SCRAPE, tmp_path)
    assert 'http_requests_total{method="GET",route="/persons",service="personnel",status="200"} 7.0' in text
    assert 'outbox_backlog{service="personnel"} 2.0' in text
    assert "pid=" not in text


def test_a_single_process_shows_its_own_metrics_without_files(tmp_path: Path) -> None:
    code = WORKER.format(n=1, backlog=5) + SCRAPE
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    text = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True,
                          timeout=60).stdout
    assert 'outbox_backlog{service="personnel"} 5.0' in text
    assert list(tmp_path.iterdir()) == []
