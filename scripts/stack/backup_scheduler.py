"""Scheduled backups of the local stack (supervisord program `backup-scheduler`): scripts/backup.sh full
once a week, incr every other day, at CBCCVC_BACKUP_AT (local time, default 01:30); the full one on
CBCCVC_BACKUP_FULL_DAY (ISO weekday, 7 = Sunday). A backup missed while the stack was down is taken at
start, but only once a first backup exists (`make backup`): a fresh stack is never loaded with a full
backup while it starts. CBCCVC_BACKUP_SCHEDULE=off turns the schedule off."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
log = logging.getLogger("backup_scheduler")


def next_run(now: datetime, at: str) -> datetime:
    hour, minute = (int(x) for x in at.split(":"))
    run = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return run if run > now else run + timedelta(days=1)


def backup_type(day: datetime, full_day: int) -> str:
    return "full" if day.isoweekday() == full_day else "incr"


def last_success(backup_dir: Path) -> float:
    try:
        return float(json.loads((backup_dir / "status.json").read_text())["kinds"]["postgres"]["finished_at"])
    except (OSError, ValueError, KeyError):
        return 0.0


def take(kind: str) -> None:
    log.info("taking a %s backup", kind)
    # a fixed script of this checkout, the type from a fixed set
    result = subprocess.run([str(ROOT / "scripts" / "backup.sh"), kind], capture_output=True, text=True)  # noqa: S603
    (log.info if result.returncode == 0 else log.error)("backup.sh %s exited %s\n%s", kind, result.returncode,
                                                         result.stderr[-4000:])


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s", stream=sys.stdout)
    env = os.environ
    if env.get("CBCCVC_BACKUP_SCHEDULE", "on") == "off":
        log.info("CBCCVC_BACKUP_SCHEDULE=off: no scheduled backups")
        while True:
            time.sleep(3600)
    at, full_day = env.get("CBCCVC_BACKUP_AT", "01:30"), int(env.get("CBCCVC_BACKUP_FULL_DAY", "7"))
    backup_dir = Path(env["BACKUP_DIR"])
    last = last_success(backup_dir)
    if last and time.time() - last > 26 * 3600:
        take(backup_type(datetime.now(), full_day))
    while True:
        run = next_run(datetime.now(), at)
        log.info("next backup (%s) at %s", backup_type(run, full_day), run.isoformat(timespec="minutes"))
        while datetime.now() < run:
            time.sleep(min(60.0, max(1.0, (run - datetime.now()).total_seconds())))
        take(backup_type(run, full_day))


if __name__ == "__main__":
    main()
