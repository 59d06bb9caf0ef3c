"""How obligations count for a unit's timeliness (pure)."""

from __future__ import annotations

from datetime import date

from transfer.timeliness import rules

TODAY = date(2026, 12, 4)


def test_done_by_the_due_date_is_on_time_and_after_it_late():
    assert rules.outcome(date(2026, 12, 2), date(2026, 12, 2), TODAY) == "on_time"
    assert rules.outcome(date(2026, 12, 2), date(2026, 12, 3), TODAY) == "late"


def test_open_past_the_due_date_is_overdue_and_before_it_not_yet_judged():
    assert rules.outcome(date(2026, 12, 3), None, TODAY) == "open_overdue"
    assert rules.outcome(date(2026, 12, 4), None, TODAY) == "open_not_due"


def test_units_rank_by_share_on_time_then_by_volume():
    rows = [("A", "new_record", date(2026, 11, 20), date(2026, 11, 19)),
            ("A", "new_record", date(2026, 11, 20), date(2026, 11, 25)),
            ("B", "status_change", date(2026, 11, 20), date(2026, 11, 18)),
            ("C", "transfer_handover", date(2026, 12, 10), None),
            ("D", "transfer_receive", date(2026, 11, 30), None)]
    ranked = rules.tally(rows, TODAY)
    assert [t.unit_id for t in ranked] == ["B", "A", "D", "C"]
    a = ranked[1]
    assert (a.due, a.on_time, a.late, a.share_on_time) == (2, 1, 1, 0.5)
    assert ranked[2].share_on_time == 0.0 and ranked[3].share_on_time is None  # C: nothing judged yet
    assert [t.rank for t in ranked] == [1, 2, 3, 4]


def test_units_with_the_same_share_share_their_rank_and_the_busier_is_listed_first():
    rows = [("A", "new_record", date(2026, 11, 20), date(2026, 11, 19)),
            ("B", "new_record", date(2026, 11, 20), date(2026, 11, 19)),
            ("B", "new_record", date(2026, 11, 23), date(2026, 11, 23)),
            ("C", "new_record", date(2026, 11, 20), None),
            ("D", "new_record", date(2026, 12, 20), None),
            ("E", "new_record", date(2026, 12, 21), None)]
    ranked = rules.tally(rows, TODAY)
    assert [(t.unit_id, t.rank) for t in ranked] == [("B", 1), ("A", 1), ("C", 3), ("D", 4), ("E", 4)]


def test_the_share_on_time_counts_only_what_can_be_judged():
    assert rules.share(3, 1, 0) == 0.75
    assert rules.share(0, 0, 2) == 0.0
    assert rules.share(0, 0, 0) is None
