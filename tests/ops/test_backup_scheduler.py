"""The local stack's backup schedule (scripts/stack/backup_scheduler.py): when, and which type."""

from __future__ import annotations

import importlib.util
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("backup_scheduler", ROOT / "scripts" / "stack" / "backup_scheduler.py")
assert spec and spec.loader
scheduler = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scheduler)


def test_the_next_backup_is_today_if_its_time_has_not_come_else_tomorrow() -> None:
    assert scheduler.next_run(datetime(2026, 12, 5, 1, 0), "01:30") == datetime(2026, 12, 5, 1, 30)
    assert scheduler.next_run(datetime(2026, 12, 5, 1, 30), "01:30") == datetime(2026, 12, 6, 1, 30)
    assert scheduler.next_run(datetime(2026, 12, 31, 23, 59), "01:30") == datetime(2027, 1, 1, 1, 30)


def test_full_once_a_week_incremental_on_the_other_days() -> None:
    week = [scheduler.backup_type(datetime(2026, 12, d, 1, 30), 7) for d in range(1, 8)]  # Tue 1 .. Mon 7
    assert week.count("full") == 1 and datetime(2026, 12, 6).isoweekday() == 7
    assert scheduler.backup_type(datetime(2026, 12, 6, 1, 30), 7) == "full"


def test_no_status_means_no_catch_up(tmp_path: Path) -> None:
    assert scheduler.last_success(tmp_path) == 0.0
    (tmp_path / "status.json").write_text('{"kinds": {"postgres": {"finished_at": 1796361549.9}}}')
    assert scheduler.last_success(tmp_path) == 1796361549.9
