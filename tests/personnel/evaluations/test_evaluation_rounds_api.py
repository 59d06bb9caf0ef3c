"""Evaluation rounds over HTTP, in-process on a migrated database with real tokens: the Department opens a
round, a unit's officer enters its list (a quota above 20 %, a rating for someone under 6 months refused in
Vietnamese, changing nothing), submits it, the leader approves it (never whoever entered or submitted it), the
results land in the records with the decision and move the raise clock by 6 months for "Không hoàn thành nhiệm
vụ"; two consecutive poor years flag the person; the Department's progress; a closed round refuses entries."""

from __future__ import annotations

from datetime import date

from common import clock
from tests.personnel.careers.test_careers_api import approved, profile

OFFICER, LEADER, ADMIN, OTHER = "stp.officer", "stp.leader", "snv.admin", "xa.phulinh"
UNIT = "STP_VP"
A1_STEP_3 = {"rank_code": "01.003", "salary_step": 3, "salary_coefficient": "3.00",
             "salary_effective_on": "2025-01-01"}
VI = {"Accept-Language": "vi"}


def person(name: str, *, born: str = "1985-04-10", gender: str = "1", **extra) -> dict:  # type: ignore[no-untyped-def]
    body = profile(name, born=born, gender=gender, salary=A1_STEP_3, evaluations=extra.pop("evaluations", None),
                   positions=extra.pop("positions", None))
    body["recruitment"].update(extra)
    return body


def codes(r) -> list[str]:  # type: ignore[no-untyped-def]
    return [f["code"] for f in r.json().get("fields", [])]


def line(entry: dict, **changes) -> dict:  # type: ignore[no-untyped-def]
    keys = ("person_id", "months_worked", "leave_exception", "is_head", "forced", "forced_reason", "self_assessment",
            "score", "rating")
    return {**{k: entry[k] for k in keys}, **changes}


async def test_the_flow_from_opening_to_the_record_and_the_raise_clock(api, as_user):
    # Only the Department opens a round.
    r = await api.post("/evaluation-rounds", json={"year": 2026}, headers=as_user(LEADER))
    assert r.status_code == 403
    r = await api.post("/evaluation-rounds", json={"year": 2026, "note": "Đánh giá cuối năm"}, headers=as_user(ADMIN))
    assert r.status_code == 201, r.text
    rnd = r.json()
    assert (rnd["year"], rnd["closes_on"], rnd["state"]) == (2026, "2026-12-15", "open")  # R-42 default
    r = await api.post("/evaluation-rounds", json={"year": 2026}, headers={**as_user(ADMIN), **VI})
    assert r.status_code == 409 and "2026" in r.json()["message"]
    base = f"/evaluation-rounds/{rnd['id']}/units/{UNIT}"

    poor = await approved(api, as_user, person("Nông Văn Kém", evaluations=[{"year": 2025, "rating": "KHTNV"}]),
                          unit_id=UNIT)
    excellent = await approved(api, as_user, person("Hà Thị Giỏi", gender="2"), unit_id=UNIT)
    good = [await approved(api, as_user, person(f"Lê Văn Tốt {i}"), unit_id=UNIT) for i in range(4)]
    newcomer = await approved(api, as_user, person("Ma Thị Mới", gender="2", first_recruited_on="2026-09-01"),
                              unit_id=UNIT)
    r = await api.get(f"/persons/{poor}/due-dates", headers=as_user(OFFICER))
    assert r.json()["salary"]["due_on"] == "2028-07-01"  # 2025-01-01 + 36 months + 6 for 2025
    listed = (await api.get("/due-lists", params={"kind": "raise", "unit_id": UNIT, "month": "2028-07"},
                            headers=as_user(OFFICER))).json()
    assert poor in [i["person_id"] for i in listed["items"]]

    # The unit's list: every working person, the rules in force (civil servants, 2026: points), defaults.
    r = await api.get(base, headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    sheet = r.json()
    assert sheet["state"] == "new" and len(sheet["entries"]) == 7
    by_id = {e["person_id"]: e for e in sheet["entries"]}
    assert by_id[poor]["scheme"] == "points" and by_id[poor]["score_required"]
    assert "335/2025" in by_id[poor]["legal_basis"]
    assert (by_id[newcomer]["months_worked"], by_id[newcomer]["rating"]) == (4, "KHONG_XEP_LOAI")
    assert by_id[poor]["previous_year_rating"] == "KHTNV"

    def entries(excellent_rating: str, excellent_score: str, newcomer_rating: str = "KHONG_XEP_LOAI") -> list[dict]:
        out = [line(by_id[poor], score="40", rating="KHTNV", self_assessment="Chưa hoàn thành kế hoạch năm"),
               line(by_id[excellent], score=excellent_score, rating=excellent_rating),
               line(by_id[newcomer], rating=newcomer_rating)]
        return out + [line(by_id[g], score="80", rating="HTTNV") for g in good]

    # One excellent among four good is above 20 % (at most 0): refused in Vietnamese, nothing saved.
    r = await api.put(base, json={"revision": 0, "unit_rating": "HTTNV", "entries": entries("HTXSNV", "95")},
                      headers={**as_user(OFFICER), **VI})
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "evaluation.invalid_list"
    [quota] = [f for f in r.json()["fields"] if f["code"] == "evaluation.quota_exceeded"]
    assert "vượt quá 20%" in quota["message"] and "tối đa 0" in quota["message"]
    # Someone with 4 months of work in the year is not rated.
    r = await api.put(base, json={"revision": 0, "entries": entries("HTTNV", "92", newcomer_rating="HTNV")},
                      headers={**as_user(OFFICER), **VI})
    assert r.status_code == 422 and "evaluation.under_six_months" in codes(r)
    # A level above the score.
    r = await api.put(base, json={"revision": 0, "entries": entries("HTXSNV", "85")}, headers=as_user(OFFICER))
    assert r.status_code == 422 and "evaluation.rating_above_score" in codes(r)
    assert (await api.get(base, headers=as_user(OFFICER))).json()["state"] == "new"

    r = await api.put(base, json={"revision": 0, "unit_rating": "HTTNV", "entries": entries("HTTNV", "92")},
                      headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    sheet = r.json()
    assert (sheet["state"], sheet["revision"], sheet["issues"]) == ("draft", 1, [])
    flagged = {e["person_id"]: e["poor_flag"] for e in sheet["entries"]}
    assert flagged[poor]["procedure"] == "termination" and flagged[poor]["years"] == [2025, 2026]
    assert [q["allowed"] for q in sheet["quotas"]] == [1]  # five good now: one excellent would pass

    # A stale save is refused.
    r = await api.put(base, json={"revision": 0, "entries": entries("HTTNV", "92")}, headers=as_user(OFFICER))
    assert r.status_code == 409
    # Someone outside the unit's scope does not see the list.
    assert (await api.get(base, headers=as_user(OTHER))).status_code == 404

    # The Department's account submits it; it cannot approve what it submitted, nor can the system administrator.
    r = await api.post(f"{base}/submit", headers=as_user(ADMIN))
    assert r.status_code == 200 and r.json()["state"] == "submitted", r.text
    decision = {"decision_number": "25/QĐ-STP", "decision_signed_on": "2026-12-04"}
    r = await api.post(f"{base}/approve", json=decision, headers=as_user(ADMIN))
    assert (r.status_code, r.json()["error"]) == (403, "approval.own_work")
    assert (await api.post(f"{base}/approve", json=decision, headers=as_user("sysadmin"))).status_code == 403
    # Submitted: no more entry.
    assert (await api.put(base, json={"revision": 1, "entries": []}, headers=as_user(OFFICER))).status_code == 409

    r = await api.post(f"{base}/approve", json=decision, headers=as_user(LEADER))
    assert r.status_code == 200, r.text
    assert (r.json()["state"], r.json()["decided_by"]) == ("approved", LEADER)

    # Each record has the year's rating as a new version with the decision; the raise clock moved 6 months.
    rec = (await api.get(f"/persons/{poor}", headers=as_user(OFFICER))).json()
    assert {"year": 2026, "rating": "KHTNV"}.items() <= rec["profile"]["evaluations"][-1].items()
    versions = (await api.get(f"/persons/{poor}/versions", headers=as_user(OFFICER))).json()
    last = versions[-1] if isinstance(versions, list) else versions["items"][-1]
    assert (last["version"], last["decision_number"], last["approved_by"]) == (2, "25/QĐ-STP", LEADER)
    due = (await api.get(f"/persons/{poor}/due-dates", headers=as_user(OFFICER))).json()["salary"]
    assert (due["due_on"], due["extension_months"]) == ("2029-01-01", 12)
    # ... and the due list's row moved with it in the approval's transaction (careers' due_entry).
    listed = (await api.get("/due-lists", params={"kind": "raise", "unit_id": UNIT, "month": "2029-01"},
                            headers=as_user(OFFICER))).json()
    assert poor in [i["person_id"] for i in listed["items"]]
    listed = (await api.get("/due-lists", params={"kind": "raise", "unit_id": UNIT, "month": "2028-07"},
                            headers=as_user(OFFICER))).json()
    assert poor not in [i["person_id"] for i in listed["items"]]
    rec = (await api.get(f"/persons/{newcomer}", headers=as_user(OFFICER))).json()
    assert rec["profile"]["evaluations"][-1]["rating"] == "KHONG_XEP_LOAI"
    # R-43 on the profile.
    ev = (await api.get(f"/persons/{poor}/evaluations", headers={**as_user(OFFICER), **VI})).json()
    assert ev["poor_flag"]["procedure"] == "termination" and "thôi việc" in ev["poor_flag"]["message"]
    assert [h["year"] for h in ev["history"]] == [2025, 2026] and ev["pending"] == []
    assert (await api.get(f"/persons/{excellent}/evaluations", headers=as_user(OFFICER))).json()["poor_flag"] is None

    # Progress for the Department: the unit approved, the others to do; late after the closing date.
    r = await api.get(f"/evaluation-rounds/{rnd['id']}/progress", headers=as_user(ADMIN))
    assert r.status_code == 200, r.text
    row = next(x for x in r.json()["rows"] if x["unit_id"] == UNIT)
    assert (row["to_rate"], row["rated"], row["state"], row["poor"], row["flagged"], row["late"]) == (
        7, 7, "approved", 1, 1, False)
    with clock.frozen(date(2026, 12, 16)):
        r = await api.get(f"/evaluation-rounds/{rnd['id']}/progress", headers=as_user(ADMIN))
    late = {x["unit_id"]: x["late"] for x in r.json()["rows"]}
    assert late[UNIT] is False and all(v for u, v in late.items() if u != UNIT)
    r = await api.get(f"/evaluation-rounds/{rnd['id']}/progress/export.xlsx", headers=as_user(ADMIN))
    assert r.status_code == 200 and r.content[:2] == b"PK"
    r = await api.get(f"{base}/export.xlsx", headers=as_user(OFFICER))
    assert r.status_code == 200 and r.content[:2] == b"PK"

    # A closed round refuses entries, in Vietnamese, and changes nothing.
    assert (await api.post(f"/evaluation-rounds/{rnd['id']}/close", headers=as_user(OFFICER))).status_code == 403
    r = await api.post(f"/evaluation-rounds/{rnd['id']}/close", headers=as_user(ADMIN))
    assert r.status_code == 200 and r.json()["state"] == "closed"
    r = await api.put(f"/evaluation-rounds/{rnd['id']}/units/STP", json={"revision": 0, "entries": []},
                      headers={**as_user(OFFICER), **VI})
    assert (r.status_code, r.json()["error"]) == (409, "evaluation.round_closed")
    assert "đã kết thúc" in r.json()["message"]
    assert (await api.get(f"/evaluation-rounds/{rnd['id']}/units/STP", headers=as_user(OFFICER))).json()[
        "state"] == "new"


async def test_a_rating_changed_in_the_record_after_submission_refuses_the_approval_by_name(api, as_user):
    r = await api.post("/evaluation-rounds", json={"year": 2024, "closes_on": "2024-12-15"}, headers=as_user(ADMIN))
    assert r.status_code == 201, r.text
    base = f"/evaluation-rounds/{r.json()['id']}/units/STP"
    who = await approved(api, as_user, person("Triệu Văn Đổi"), unit_id="STP")
    sheet = (await api.get(base, headers=as_user(OFFICER))).json()
    [entry] = [e for e in sheet["entries"] if e["person_id"] == who]
    assert (entry["scheme"], entry["score_required"]) == ("levels", False)  # 2024: Decree 90/2020, no points
    lines = [line(e, rating="HTNV") for e in sheet["entries"]]
    r = await api.put(base, json={"revision": 0, "entries": lines}, headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    assert (await api.post(f"{base}/submit", headers=as_user(OFFICER))).status_code == 200
    # Meanwhile a change request writes another 2024 rating into the record.
    rec = (await api.get(f"/persons/{who}", headers=as_user(OFFICER))).json()
    changed = {**rec["profile"], "evaluations": [{"year": 2024, "rating": "HTTNV"}]}
    cr = (await api.post("/change-requests", json={"person_id": who, "profile": changed},
                         headers=as_user(OFFICER))).json()
    assert (await api.post(f"/change-requests/{cr['id']}/submit", headers=as_user(OFFICER))).status_code == 200
    r = await api.post(f"/change-requests/{cr['id']}/approve", json={}, headers=as_user(ADMIN))
    assert r.status_code == 200, r.text
    r = await api.post(f"{base}/approve", json={"decision_number": "3/QĐ-STP", "decision_signed_on": "2024-12-10"},
                       headers={**as_user(LEADER), **VI})
    assert (r.status_code, r.json()["error"]) == (409, "evaluation.record_changed")
    assert "Triệu Văn Đổi" in r.json()["message"]
    rec = (await api.get(f"/persons/{who}", headers=as_user(OFFICER))).json()
    assert rec["version"] == 2 and rec["profile"]["evaluations"] == [{"year": 2024, "rating": "HTTNV",
                                                                      "emulation_title": None, "award": None}]
    # The leader returns the list with a reason; the officer may correct it.
    r = await api.post(f"{base}/reject", json={"reason": "Kiểm tra lại"}, headers=as_user(LEADER))
    assert (r.status_code, r.json()["state"], r.json()["reject_reason"]) == (200, "draft", "Kiểm tra lại")
