"""personnel answers with several worker processes; killing their master outright (SIGKILL, as the OOM killer
would) takes the workers with it, so supervisord restarts the service on its port. Before the workers asked
to die with their parent (common.processes), they lived on holding the port and the restart failed
("Address already in use", FATAL) while the orphans answered with the old code.

It kills the stack's personnel, so it is marked disruptive and runs after every other test."""

from __future__ import annotations

import os

import httpx
import pytest

from common.testing import stack
from common.testing.stack import program_pid, supervisorctl
from common.testing.waiting import until

pytestmark = [pytest.mark.asyncio(loop_scope="session"), pytest.mark.disruptive]


def _children(pid: int) -> list[int]:
    path = f"/proc/{pid}/task/{pid}/children"
    try:
        with open(path) as f:
            return [int(p) for p in f.read().split()]
    except FileNotFoundError:
        return []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


async def _ready() -> bool:
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.get(f"{stack.service_url('personnel')}/health/ready")).status_code == 200
    except httpx.HTTPError:
        return False


async def test_killing_the_master_takes_the_workers_and_the_service_comes_back():
    master = program_pid("personnel")
    workers = _children(master)
    assert master and len(workers) >= 2, f"personnel should run several workers: master {master}, {workers}"
    supervisorctl("signal", "KILL", "personnel", check=False)

    async def orphans_gone() -> bool:
        return not any(_alive(w) for w in workers)

    assert await until(orphans_gone, 30), f"workers outlived their master: {[w for w in workers if _alive(w)]}"
    assert await until(_ready, 90, every=1), "personnel did not come back on its port"
    assert program_pid("personnel") not in (0, master)
