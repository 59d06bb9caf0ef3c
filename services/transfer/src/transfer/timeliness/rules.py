"""How an obligation counts in a period, and how units rank (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class UnitTally:
    unit_id: str
    due: int = 0
    on_time: int = 0
    late: int = 0
    open_overdue: int = 0
    open_not_due: int = 0
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def share_on_time(self) -> float | None:
        """On time among those whose outcome is known (done, or open past due); None if none is."""
        judged = self.on_time + self.late + self.open_overdue
        return round(self.on_time / judged, 4) if judged else None


def outcome(due_on: date, done_on: date | None, today: date) -> str:
    """on_time | late | open_overdue | open_not_due."""
    if done_on is not None:
        return "on_time" if done_on <= due_on else "late"
    return "open_overdue" if today > due_on else "open_not_due"


def tally(rows: list[tuple[str, str, date, date | None]], today: date) -> list[UnitTally]:
    """rows: (unit, kind, due_on, done_on); units ranked by share on time (best first), then by volume."""
    by_unit: dict[str, UnitTally] = {}
    for unit_id, kind, due_on, done_on in rows:
        t = by_unit.setdefault(unit_id, UnitTally(unit_id))
        t.due += 1
        t.kinds[kind] = t.kinds.get(kind, 0) + 1
        setattr(t, outcome(due_on, done_on, today), getattr(t, outcome(due_on, done_on, today)) + 1)
    return sorted(by_unit.values(), key=lambda t: (-(t.share_on_time if t.share_on_time is not None else -1),
                                                   -t.due, t.unit_id))
