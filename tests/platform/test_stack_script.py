"""The stack script's promises that can be checked without stopping the running stack."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

from common.testing.stack import ROOT, program_pid


def run_lib(snippet: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f'ROOT="{ROOT}"; source "$ROOT/scripts/stack/lib.sh"; {snippet}'],
        capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", **env},
    )


def test_a_port_already_taken_gives_one_clear_message_naming_it():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = run_lib("check_ports_free redis", REDIS_PORT=str(port))
    assert result.returncode == 1
    assert f"port {port} (for redis) is already taken" in result.stderr
    assert "REDIS_PORT" in result.stderr  # says how to move it
    assert "Traceback" not in result.stderr


def test_values_in_the_environment_override_stack_env():
    # PG_PORT as this checkout has it (stack.env, or a second stack's stack.local.env), unchanged by the override
    pg_port = run_lib('echo "$PG_PORT"').stdout.strip()
    result = run_lib('echo "$GATEWAY_PORT $PG_PORT"', GATEWAY_PORT="28000")
    assert result.stdout.split() == ["28000", pg_port]
    assert run_lib('echo "$GATEWAY_PORT"').stdout.strip() != "28000"


def test_templates_naming_an_unknown_value_are_refused(tmp_path):
    tpl = tmp_path / "t.in"
    tpl.write_text("listen @NO_SUCH_VALUE@;\n")
    result = run_lib(f'render "{tpl}" "{tmp_path / "out"}"')
    assert result.returncode == 1 and "NO_SUCH_VALUE" in result.stderr


def test_every_process_logs_into_the_stack_log_folder():
    conf = (ROOT / ".stack/conf/supervisord.conf").read_text()
    programs = [line for line in conf.splitlines() if line.startswith("[program:")]
    logs = [line for line in conf.splitlines() if line.startswith("stdout_logfile=")]
    assert len(programs) == len(logs) >= 12
    assert all(line.startswith(f"stdout_logfile={ROOT}/.stack/log/") for line in logs)


def test_service_logs_are_json_lines_carrying_the_correlation_id():
    import json
    import uuid

    import httpx

    from common.testing.stack import service_url

    cid = uuid.uuid4().hex
    resp = httpx.get(f"{service_url('transfer')}/whoami", headers={"X-Correlation-ID": cid})
    assert resp.headers["X-Correlation-ID"] == cid
    # supervisor copies the process's output into the file a moment later, and may have just rotated it
    deadline = time.monotonic() + 15
    while True:
        lines = [line for name in ("transfer.log.1", "transfer.log") if (ROOT / ".stack/log" / name).exists()
                 for line in (ROOT / ".stack/log" / name).read_text(errors="replace").splitlines()[-2000:]]
        entries = [json.loads(line) for line in lines if line.startswith("{") and cid in line]
        mine = [e for e in entries if e.get("correlation_id") == cid]
        if mine or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert mine and mine[-1]["route"] == "/whoami" and mine[-1]["status"] == 401
    assert mine[-1]["service"] == "transfer"


def test_observers_yield_the_cpu_to_the_services():
    """Monitoring and backups run at nice 10 (every thread), the services and their servers at 0: on a small
    machine a scrape or a backup waits for the officers' requests."""
    def nice_of(program: str) -> set[int]:
        # /proc/<pid>/task/<tid>/stat: the 19th field is the thread's nice value
        threads = Path(f"/proc/{program_pid(program)}/task").iterdir()
        return {int((t / "stat").read_text().rsplit(")", 1)[1].split()[16]) for t in threads}

    for observer in ("prometheus", "alertmanager", "node-exporter", "postgres-exporter", "ops-exporter",
                     "backup-scheduler"):
        assert nice_of(observer) == {10}, observer
    for server in ("personnel", "org", "gateway", "kafka", "postgres", "keycloak"):
        assert nice_of(server) == {0}, server
