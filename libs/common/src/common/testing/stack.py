"""Where the running stack is, for tests: ports from stack/stack.env, tokens from Keycloak, fresh databases."""

from __future__ import annotations

import atexit
import os
import subprocess
import time
import uuid
from functools import cache
from pathlib import Path

import httpx
import psycopg

from common.testing import totp

ROOT = Path(__file__).resolve().parents[5]
DEMO_PASSWORD = "Demo@2026"
CLI_CLIENT = ("cbccvc-cli", "cli-dev-secret")  # local-development client with the password grant


@cache
def stack_env() -> dict[str, str]:
    """The stack's settings as the scripts see them: stack/stack.env, then stack/stack.local.env (the
    git-ignored overrides, e.g. other ports for a second stack), then the environment."""
    values: dict[str, str] = {}
    for name in ("stack.env", "stack.local.env"):
        path = ROOT / "stack" / name
        if not path.exists():
            continue
        for line in path.read_text().splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                key, _, val = line.partition("=")
                values[key.strip()] = val.strip()
    return {key: os.environ.get(key, val) for key, val in values.items()}


def port(name: str) -> int:
    return int(stack_env()[f"{name.upper()}_PORT"])


def gateway_url() -> str:
    return f"http://127.0.0.1:{port('gateway')}"


def service_url(service: str) -> str:
    """The service directly (not through the gateway)."""
    return f"http://127.0.0.1:{port(service)}"


def keycloak_url() -> str:
    return f"http://127.0.0.1:{port('keycloak')}/auth"


def realm() -> str:
    return stack_env()["KEYCLOAK_REALM"]


def kafka_bootstrap() -> str:
    return f"127.0.0.1:{port('kafka')}"


def admin_dsn(database: str = "postgres") -> str:
    return f"postgresql://postgres@127.0.0.1:{port('pg')}/{database}"


def password_token(username: str, password: str = DEMO_PASSWORD) -> str:
    """An access token by the password grant; the demo administrators add their one-time code (TOTP from
    the development-only secret, common.testing.totp), which the realm asks of every administrator."""
    data = {"grant_type": "password", "client_id": CLI_CLIENT[0], "client_secret": CLI_CLIENT[1],
            "username": username, "password": password}
    for attempt in range(6):
        if username in totp.DEV_TOTP_ACCOUNTS:
            data["totp"] = totp.code()
        resp = httpx.post(f"{keycloak_url()}/realms/{realm()}/protocol/openid-connect/token", data=data, timeout=30)
        # Keycloak answers 500 for a moment after PostgreSQL restarted (the outage tests), while its pool
        # replaces the connections that died: ask again rather than fail a test that comes next.
        if resp.status_code < 500 or attempt == 5:
            break
        time.sleep(1 + attempt)
    resp.raise_for_status()
    return str(resp.json()["access_token"])


def service_token() -> str:
    resp = httpx.post(
        f"{keycloak_url()}/realms/{realm()}/protocol/openid-connect/token",
        data={"grant_type": "client_credentials", "client_id": "cbccvc-services",
              "client_secret": stack_env()["KEYCLOAK_SERVICES_SECRET"]},
        timeout=30,
    )
    resp.raise_for_status()
    return str(resp.json()["access_token"])


_templates: dict[str, str] = {}  # service -> a database migrated once in this process, copied for each test


def create_migrated_database(service: str, name: str | None = None) -> str:
    """A fresh database with the service's migrations applied; returns its asyncpg URL.

    The migrations run once per service and process, into a template that PostgreSQL then copies (a copy
    takes a fraction of a second; running every migration takes seconds)."""
    db = name or f"test_{service}_{uuid.uuid4().hex[:8]}"
    if service not in _templates:
        template = f"test_tpl_{service}_{os.getpid()}_{uuid.uuid4().hex[:4]}"
        with psycopg.connect(admin_dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{template}"')
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "alembic"), "-x", f"url={_url(template)}", "upgrade", "heads"],
            cwd=ROOT / "services" / service, check=True, capture_output=True,
        )
        if not _templates:
            atexit.register(drop_templates)  # a bench or script that never calls it leaves none behind
        _templates[service] = template
    with psycopg.connect(admin_dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db}" TEMPLATE "{_templates[service]}"')
    return _url(db)


def _url(db: str) -> str:
    return f"postgresql+asyncpg://postgres@127.0.0.1:{port('pg')}/{db}"


def drop_templates() -> None:
    """The templates of create_migrated_database, at the end of the session."""
    for template in _templates.values():
        drop_database(_url(template))
    _templates.clear()


def drop_database(url: str) -> None:
    db = url.rsplit("/", 1)[1]
    with psycopg.connect(admin_dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def supervisorctl(*args: str, check: bool = True, timeout: float = 180) -> str:
    """Runs supervisorctl on the stack's supervisord (the disruptive tests stop and start its servers); its output."""
    return subprocess.run([str(ROOT / ".venv/bin/supervisorctl"), "-c", str(ROOT / ".stack/conf/supervisord.conf"),
                           *args], check=check, capture_output=True, text=True, timeout=timeout).stdout


def program_pid(program: str) -> int:
    """The process id of one of the stack's programs (0 when it is not running)."""
    out = supervisorctl("pid", program, check=False, timeout=60).strip()
    return int(out) if out.isdigit() else 0
