"""Pure decisions about news: the categories, the states and the publishing window."""

from __future__ import annotations

from datetime import datetime

from common.text import fold
from notify.richtext import plain_text, sanitize

# The categories of the province's news (Art. 8.2): code -> Vietnamese label, English label.
CATEGORIES: dict[str, tuple[str, str]] = {
    "direction": ("Chỉ đạo, điều hành", "Direction and administration"),
    "organisation": ("Tổ chức bộ máy, biên chế", "Organisation and staffing"),
    "personnel": ("Công tác cán bộ", "Personnel work"),
    "training": ("Đào tạo, bồi dưỡng", "Training"),
    "emulation": ("Thi đua, khen thưởng", "Emulation and awards"),
    "policy": ("Chính sách, pháp luật mới", "New policy and law"),
    "activities": ("Hoạt động của đơn vị", "Units' activities"),
}

STATES = ("draft", "pending", "published", "rejected", "withdrawn")
EDITABLE = ("draft", "rejected")
# step -> (states it starts from, state it leads to)
STEPS: dict[str, tuple[tuple[str, ...], str]] = {
    "submit": (("draft", "rejected"), "pending"),
    "approve": (("pending",), "published"),
    "reject": (("pending",), "rejected"),
    "withdraw": (("pending", "published"), "withdrawn"),
}


def search_text(title: str, summary: str, body_html: str) -> str:
    return fold(" ".join((title, summary, plain_text(body_html))))


def next_state(state: str, step: str) -> str | None:
    """The state after the step, or None when the step is not possible from this state."""
    starts, after = STEPS[step]
    return after if state in starts else None


def window_problem(publish_from: datetime | None, publish_until: datetime | None) -> str | None:
    if publish_from and publish_until and publish_until <= publish_from:
        return "news.window_reversed"
    return None


def is_live(state: str, publish_from: datetime | None, publish_until: datetime | None, now: datetime) -> bool:
    """Published and inside its window (no start: from its approval; no end: until withdrawn)."""
    return (state == "published" and (publish_from is None or publish_from <= now)
            and (publish_until is None or now < publish_until))


__all__ = ["CATEGORIES", "EDITABLE", "STATES", "STEPS", "is_live", "next_state", "plain_text", "sanitize",
           "search_text", "window_problem"]
