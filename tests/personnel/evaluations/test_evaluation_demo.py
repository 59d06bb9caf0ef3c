"""The demo's ratings pass the rules they illustrate: a unit's list planned by personnel.evaluations.demo has no
problem left for submission (quota, heads, scores, under 6 months)."""

from __future__ import annotations

import random
import uuid
from decimal import Decimal

from personnel.evaluations import rules
from personnel.evaluations.demo import plan
from personnel.evaluations.reference import evaluation_data


def test_a_planned_list_breaks_no_rule_and_uses_the_quota():
    rng = random.Random(7)
    entries = [{"person_id": uuid.uuid4(), "months_worked": 3 if i == 0 else 12, "leave_exception": False,
                "is_head": i == 1, "forced": False, "forced_reason": None, "self_assessment": None, "score": None,
                "rating": None, "staff_category": "public_employee" if i % 3 == 0 else "civil_servant",
                "scheme": "points", "previous_year_rating": None} for i in range(40)]
    lines = plan(entries, rng)
    data = evaluation_data()
    checked = [rules.Entry(e["person_id"], e["staff_category"], line["rating"],
                           None if line["score"] is None else Decimal(line["score"]),
                           e["months_worked"], False, e["is_head"]) for e, line in zip(entries, lines, strict=True)]
    rule_of = {e.person_id: rules.rule_for(data.rules, staff_category=e.staff_category, year=2026) for e in checked}
    assert rules.check_list(rule_of, checked, unit_rating=rules.GOOD, percent=20, complete=True) == []
    assert lines[0]["rating"] == rules.NOT_RATED
    assert any(line["rating"] == rules.EXCELLENT for line in lines)
