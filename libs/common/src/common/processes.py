"""A service's API as several worker processes (`uvicorn --workers N`, scripts/stack/supervisor_conf.py).

uvicorn's master cannot stop its workers when it is killed outright (SIGKILL, the OOM killer): they live
on, orphaned, still holding the listening socket, and the restarted service cannot bind its port (found
by killing personnel's master: supervisord gave up with "Address already in use" while the orphans went
on answering with their old code). Each worker therefore asks Linux to kill it when its parent dies."""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # linux/prctl.h
WORKERS_ENV = "CBCCVC_API_WORKERS"  # set by whatever starts the service with more than one worker


def worker_count() -> int:
    try:
        return max(1, int(os.environ.get(WORKERS_ENV) or 1))
    except ValueError:
        return 1


def die_with_parent() -> bool:
    """In a worker of a multi-process service on Linux: be killed when the master dies. True if armed."""
    if worker_count() < 2 or not sys.platform.startswith("linux"):
        return False
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        log.warning("could not ask to die with the parent process", extra={"errno": ctypes.get_errno()})
        return False
    if os.getppid() != parent:  # the master died before the request took effect
        os.kill(os.getpid(), signal.SIGKILL)
    return True
