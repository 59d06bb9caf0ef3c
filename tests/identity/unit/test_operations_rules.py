"""The system-health screen's states agree with the alert rules (deploy/prometheus/rules)."""

from identity.operations import rules

NOW = 1_800_000_000.0


def test_a_component_without_a_reading_or_without_prometheus_is_unknown_not_ok() -> None:
    assert rules.component_state(1.0) == "ok"
    assert rules.component_state(0.0) == "down"
    assert rules.component_state(None) == "unknown"
    assert rules.component_state(1.0, answered=False) == "unknown"


def test_a_backup_older_than_its_schedule_or_never_taken_is_a_warning() -> None:
    assert rules.backup_state(NOW - 3600, 26 * 3600, NOW) == "ok"
    assert rules.backup_state(NOW - 27 * 3600, 26 * 3600, NOW) == "warning"
    assert rules.backup_state(0, 26 * 3600, NOW) == "warning"
    assert rules.backup_state(None, None, NOW) == "unknown"
    assert rules.backup_state(NOW - 25 * 3600, None, NOW) == "ok"  # the default schedule: 26 hours


def test_a_restore_not_rehearsed_for_35_days_is_a_warning() -> None:
    assert rules.rehearsal_state(NOW - 34 * 86400, NOW) == "ok"
    assert rules.rehearsal_state(NOW - 36 * 86400, NOW) == "warning"
    assert rules.rehearsal_state(0, NOW) == "warning"


def test_parked_outbox_rows_or_a_five_minute_old_row_are_a_warning() -> None:
    assert rules.outbox_state(0, 10) == "ok"
    assert rules.outbox_state(1, 0) == "warning"
    assert rules.outbox_state(0, 301) == "warning"


def test_consumer_lag_above_a_thousand_is_a_warning() -> None:
    assert rules.lag_state(1000) == "ok"
    assert rules.lag_state(1001) == "warning"


def test_the_overall_state_is_the_worst_part() -> None:
    assert rules.overall(["ok", "ok"]) == "ok"
    assert rules.overall(["ok", "unknown"]) == "unknown"
    assert rules.overall(["unknown", "warning", "ok"]) == "warning"
    assert rules.overall(["warning", "down"]) == "down"
    assert rules.audit_state(0.0) == "down"
