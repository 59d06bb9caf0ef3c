"""Separation of duties, the same for every approval of every service (change requests, transfer
acceptances, batches, evaluations): the account that approves is never one that made or submitted what
it approves, and a system administrator, who runs the system, never approves anything."""

from __future__ import annotations

from collections.abc import Iterable

from common.auth import SYSTEM_ADMIN, Principal
from common.errors import Forbidden


def approval_refusal(principal: Principal, makers: Iterable[str | None]) -> str | None:
    """The error code refusing this approval, or None: `makers` are the usernames (or subjects) of the
    accounts that created, edited or submitted what is approved."""
    if SYSTEM_ADMIN in principal.roles:
        return "approval.system_admin"
    if {principal.username, principal.subject} & {m for m in makers if m}:
        return "approval.own_work"
    return None


def ensure_separate(principal: Principal, makers: Iterable[str | None]) -> None:
    """Raises 403 with the reason when the account may not approve this (see approval_refusal)."""
    code = approval_refusal(principal, makers)
    if code:
        raise Forbidden(code)
