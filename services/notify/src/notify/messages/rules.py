"""Pure decisions about internal messages: whom an account may write to."""

from __future__ import annotations

MAX_BODY = 5000  # characters of one message


def may_address(*, sender_path: list[str], target_path: list[str], department_unit_id: str,
                province_wide: bool) -> bool:
    """An account writes to its own subtree, up its parent chain and to the Department of Home Affairs;
    the Department (province-wide accounts) writes to everyone."""
    if province_wide:
        return True
    if not sender_path or not target_path:
        return False
    sender, target = sender_path[-1], target_path[-1]
    return sender in target_path or target in sender_path or target == department_unit_id


def matches(words: list[str], *texts: str | None) -> bool:
    """Every folded word of the query is in one of the folded texts."""
    hay = " ".join(t for t in texts if t)
    return all(w in hay for w in words)
