"""Pure decisions of the system-health screen: the state of a component, a backup, a restore rehearsal,
an outbox, from the numbers Prometheus and Kafka give. The thresholds are the alert rules'
(deploy/prometheus/rules), so the screen and the alerts agree."""

from __future__ import annotations

from typing import Literal

State = Literal["ok", "warning", "down", "unknown"]

REHEARSAL_MAX_AGE = 35 * 86400  # RestoreNotRehearsed
OUTBOX_STALE_AFTER = 300.0  # OutboxStale
LAG_HIGH = 1000  # ConsumerLagHigh
DEFAULT_BACKUP_MAX_AGE = 26 * 3600


def component_state(up: float | None, *, answered: bool = True) -> State:
    """A component from its `up`-like gauge: 1 ok, 0 down, no reading unknown (or the source did not answer)."""
    if not answered or up is None:
        return "unknown"
    return "ok" if up >= 1 else "down"


def backup_state(last_success: float | None, max_age: float | None, now: float) -> State:
    """A backup kind is due when its last success is older than its schedule allows, or it never ran."""
    if last_success is None:
        return "unknown"
    if last_success <= 0:
        return "warning"
    return "ok" if now - last_success <= (max_age or DEFAULT_BACKUP_MAX_AGE) else "warning"


def rehearsal_state(last_success: float | None, now: float) -> State:
    if last_success is None:
        return "unknown"
    return "ok" if last_success > 0 and now - last_success <= REHEARSAL_MAX_AGE else "warning"


def outbox_state(parked: float, oldest_age: float) -> State:
    """Parked rows wait for an operator; an unpublished row older than five minutes means the relay is stuck."""
    return "warning" if parked > 0 or oldest_age > OUTBOX_STALE_AFTER else "ok"


def lag_state(lag: float) -> State:
    return "warning" if lag > LAG_HIGH else "ok"


def audit_state(chain_ok: float | None) -> State:
    if chain_ok is None:
        return "unknown"
    return "ok" if chain_ok >= 1 else "down"


def overall(states: list[State]) -> State:
    """The worst of its parts: down, then warning, then unknown, then ok."""
    for s in ("down", "warning", "unknown"):
        if s in states:
            return s  # type: ignore[return-value]
    return "ok"
