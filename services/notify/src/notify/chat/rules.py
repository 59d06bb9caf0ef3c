"""Pure decisions about chat: which room a pair of accounts or a unit has, who is in it, what may be sent."""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("6f1c2a4e-8f7b-4c11-9a55-0c3b1d2e7f90")
MAX_BODY = 2000


def direct_room(a: str, b: str) -> tuple[uuid.UUID, str, str]:
    first, second = sorted((a, b))
    return uuid.uuid5(NAMESPACE, f"direct:{first}:{second}"), first, second


def unit_room(unit_id: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"unit:{unit_id}")


def is_member(*, kind: str, unit_id: str | None, account_a: str | None, account_b: str | None,
              account_id: str, account_unit_id: str) -> bool:
    if kind == "unit":
        return unit_id == account_unit_id
    return account_id in (account_a, account_b)


def channels_of(*, kind: str, unit_id: str | None, account_a: str | None, account_b: str | None) -> list[str]:
    """The Redis channels a room's events go to: each account's, or the unit's."""
    if kind == "unit":
        return [f"notify:chat:unit:{unit_id}"]
    return [f"notify:chat:user:{a}" for a in (account_a, account_b) if a]


def listening(account_id: str, unit_id: str) -> list[str]:
    return [f"notify:chat:user:{account_id}", f"notify:chat:unit:{unit_id}"]


def body_problem(body: str) -> str | None:
    text = body.strip()
    if not text:
        return "message.body_required"
    if len(text) > MAX_BODY:
        return "chat.too_long"
    return None
