"""The demo's evaluation round (scripts/demo.py, part "evaluations"), through the public API as the Department and
the units would: the current year's round open until 15 December, one commune's list approved into the records,
the Department's own list waiting for its leader, the Department of Justice's list half entered, the other units
not started (the progress screen shows all four states). Ratings follow R-40/R-41 (scores where points are used,
the 20 % quota, heads not above their unit, under 6 months not rated)."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from personnel.evaluations import rules

API = "/api/personnel"
# (unit, the officer who enters, who approves or None, how far: approved | submitted | partial)
UNITS = [("00706", "xa.phulinh", "snv.admin", "approved"), ("SNV", "snv.admin", None, "submitted"),
         ("STP", "stp.officer", None, "partial")]


def plan(entries: list[dict[str, Any]], rng: random.Random, *, unit_rating: str = rules.GOOD) -> list[dict[str, Any]]:
    """Lines for a unit's people: mostly good, some completed, a few not completed (more likely after a poor
    year, so R-43 flags show), excellent within the 20 % quota of each staff group, heads capped at the unit."""
    lines = []
    for e in entries:
        line = {k: e[k] for k in ("person_id", "months_worked", "leave_exception", "is_head", "forced",
                                  "forced_reason", "self_assessment", "score", "rating")}
        if e["months_worked"] < 6 and not e["leave_exception"]:
            line.update(rating=rules.NOT_RATED, score=None)
            lines.append(line)
            continue
        if e.get("forcing_discipline"):  # a discipline of the year in the record forces it
            line.update(rating=rules.NOT_COMPLETED, forced=True, self_assessment=SELF[rules.NOT_COMPLETED])
            lines.append(line)
            continue
        draw = rng.random()
        poor_before = e.get("previous_year_rating") == rules.NOT_COMPLETED
        level = (rules.NOT_COMPLETED if (poor_before and draw < 0.5) or draw < 0.03 else
                 rules.COMPLETED if draw < 0.18 else rules.GOOD)
        if level == rules.GOOD and e["is_head"] and rules.RANK[unit_rating] < rules.RANK[rules.GOOD]:
            level = unit_rating
        line["rating"] = level
        line["self_assessment"] = SELF[level]
        lines.append(line)
    # Excellent: the best of the good, within the quota of each staff group.
    by_group: dict[str, list[dict[str, Any]]] = {}
    for line, e in zip(lines, entries, strict=True):
        by_group.setdefault(rules.group_of(e["staff_category"]), []).append(line)
    for members in by_group.values():
        good = [m for m in members if m["rating"] == rules.GOOD]
        # promoting k of the good leaves len(good) - k of them: k <= (len(good) - k) * 20 % (R-41)
        k = 0
        while k + 1 <= rules.quota_allowed(len(good) - (k + 1), 20):
            k += 1
        heads = {line["person_id"] for line, e in zip(lines, entries, strict=True) if e["is_head"]}
        for m in [m for m in good if m["person_id"] not in heads][:k]:
            m["rating"], m["self_assessment"] = rules.EXCELLENT, SELF[rules.EXCELLENT]
    for line, e in zip(lines, entries, strict=True):
        if line["rating"] == rules.NOT_RATED:
            continue
        if e["scheme"] == "points":
            line["score"] = str(score_for(line["rating"], rng))
    return lines


def score_for(level: str, rng: random.Random) -> Decimal:
    low, high = {rules.EXCELLENT: (90, 97), rules.GOOD: (72, 89), rules.COMPLETED: (55, 69)}.get(level, (38, 49))
    return Decimal(rng.randrange(low * 2, high * 2 + 1)) / 2


SELF = {
    rules.EXCELLENT: "Hoàn thành vượt mức các nhiệm vụ được giao, có sáng kiến cải tiến quy trình được áp dụng.",
    rules.GOOD: "Hoàn thành đầy đủ, đúng tiến độ các nhiệm vụ được giao; chấp hành tốt kỷ luật, kỷ cương.",
    rules.COMPLETED: "Hoàn thành các nhiệm vụ được giao, một số việc còn chậm tiến độ.",
    rules.NOT_COMPLETED: "Chưa hoàn thành kế hoạch công tác năm; còn nhiều việc chậm, chất lượng chưa đạt.",
}


def load(client: Any, token: Callable[[str], str], rng: random.Random, *, call: Callable[..., Any], year: int) -> bool:
    """Opens `year`'s round (or finds it) and brings the demo units to their state; safe to run again."""
    rounds = call(client, "GET", f"{API}/evaluation-rounds", token("snv.admin"))
    found = next((r for r in rounds if r["year"] == year), None)
    rnd = found or call(client, "POST", f"{API}/evaluation-rounds", token("snv.admin"),
                        json={"year": year, "note": "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức "
                                                    f"năm {year}"})
    for unit, officer, approver, how_far in UNITS:
        base = f"{API}/evaluation-rounds/{rnd['id']}/units/{unit}"
        sheet = call(client, "GET", base, token(officer), unit_known_within=120)
        if sheet["state"] not in ("new", "draft") or not sheet["entries"]:
            continue
        entries = sheet["entries"]
        if how_far == "partial":  # the first half entered, the rest still empty
            half = len(entries) // 2
            blank = [{k: e[k] for k in ("person_id", "months_worked", "leave_exception", "is_head", "forced",
                                        "forced_reason", "self_assessment", "score", "rating")} for e in entries[half:]]
            lines = plan(entries[:half], rng) + [{**b, "rating": None, "score": None} for b in blank]
        else:
            lines = plan(entries, rng)
        call(client, "PUT", base, token(officer), json={"revision": sheet["revision"], "unit_rating": rules.GOOD,
                                                        "entries": lines})
        if how_far == "partial":
            continue
        call(client, "POST", f"{base}/submit", token(officer))
        if approver:
            call(client, "POST", f"{base}/approve", token(approver),
                 json={"decision_number": f"{rng.randrange(100, 999)}/QĐ-UBND", "decision_signed_on": f"{year}-12-03"})
    print(f"demo data: evaluation round {year} open, units {', '.join(u for u, *_ in UNITS)} at their stages")
    return True
