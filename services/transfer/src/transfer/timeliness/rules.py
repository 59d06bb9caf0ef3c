"""How an obligation counts in a period, and how units rank (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


def share(on_time: int, late: int, open_overdue: int) -> float | None:
    """On time among those whose outcome is known (done, or open past due), 0..1; None if none is."""
    judged = on_time + late + open_overdue
    return round(on_time / judged, 4) if judged else None


@dataclass
class UnitTally:
    unit_id: str
    due: int = 0
    on_time: int = 0
    late: int = 0
    open_overdue: int = 0
    open_not_due: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    rank: int = 0

    @property
    def share_on_time(self) -> float | None:
        return share(self.on_time, self.late, self.open_overdue)


def outcome(due_on: date, done_on: date | None, today: date) -> str:
    """on_time | late | open_overdue | open_not_due. A deadline day counts whole: done on it is on time,
    and an open obligation is overdue from the day after."""
    if done_on is not None:
        return "on_time" if done_on <= due_on else "late"
    return "open_overdue" if today > due_on else "open_not_due"


def tally(rows: list[tuple[str, str, date, date | None]], today: date) -> list[UnitTally]:
    """rows: (unit, kind, due_on, done_on). Units ranked by share on time, best first; units with the same
    share have the same rank (1, 1, 3) and are listed by volume; units with nothing judged yet come last."""
    by_unit: dict[str, UnitTally] = {}
    for unit_id, kind, due_on, done_on in rows:
        t = by_unit.setdefault(unit_id, UnitTally(unit_id))
        t.due += 1
        t.kinds[kind] = t.kinds.get(kind, 0) + 1
        result = outcome(due_on, done_on, today)
        setattr(t, result, getattr(t, result) + 1)

    def standing(t: UnitTally) -> float:
        return t.share_on_time if t.share_on_time is not None else -1.0

    ranked = sorted(by_unit.values(), key=lambda t: (-standing(t), -t.due, t.unit_id))
    for i, t in enumerate(ranked):
        t.rank = ranked[i - 1].rank if i and standing(ranked[i - 1]) == standing(t) else i + 1
    return ranked
