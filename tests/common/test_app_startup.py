"""A service whose startup fails (its database away while it restarts, as the chaos test does) exits, so
that supervisord or Kubernetes start it again; it used to hang when the failure came while the account-lock
follower was connecting to Redis: the process stayed up, never listening, never restarted."""

from __future__ import annotations

import subprocess
import sys

import pytest

from common.testing.stack import port

PROBE = """
import asyncio, sys
import uvicorn
from sqlalchemy import text
from common.app import create_service_app
from common.config import ServiceSettings

async def startup(runtime):
    await asyncio.sleep(float(sys.argv[1]))
    async with runtime.sessionmaker() as session:  # nothing listens on port 1: refused
        await session.execute(text("select 1"))

settings = ServiceSettings(service_name="probe", database_url="postgresql+asyncpg://probe@127.0.0.1:1/probe",
                           redis_url=sys.argv[2], run_worker=False)
app = create_service_app(settings, title="probe", on_startup=startup)
uvicorn.run(app, host="127.0.0.1", port=0, log_level="critical")
"""


@pytest.mark.parametrize("delay", [0, 0.001, 0.003, 0.01])
def test_a_service_whose_startup_fails_exits_instead_of_hanging(delay):
    redis = f"redis://127.0.0.1:{port('redis')}/0"
    try:
        done = subprocess.run([sys.executable, "-c", PROBE, str(delay), redis], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the service whose startup failed was still running a minute later")
    assert done.returncode == 3  # uvicorn's "startup failed"
