"""The work-history line a move writes (pure)."""

from __future__ import annotations

from datetime import date

from personnel.moves.service import moved_history


def test_a_move_closes_the_open_period_and_opens_one_in_the_new_unit():
    history = [{"from_month": "2010-09", "to_month": "2015-03", "unit_name": "UBND huyện Yên Sơn"},
               {"from_month": "2015-04", "to_month": None, "unit_name": "Sở Tư pháp", "position": "Chuyên viên"}]
    out = moved_history(history, on=date(2026, 11, 25), unit_name="Sở Nội vụ", note=None)
    assert out[1]["to_month"] == "2026-11" and out[0]["to_month"] == "2015-03"
    assert out[2] == {"from_month": "2026-11", "to_month": None, "unit_name": "Sở Nội vụ"}
    assert history[1]["to_month"] is None  # the input is not changed
