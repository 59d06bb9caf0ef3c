"""A discipline of the year in the record forces the year's rating (R-40: reprimand or higher for a duty-related
violation in the year means "Không hoàn thành nhiệm vụ"): the unit's list proposes it with the reason in
Vietnamese, a higher rating is refused naming the decision (changing nothing), and a discipline of another
year forces nothing."""

from __future__ import annotations

from tests.personnel.careers.test_careers_api import approved
from tests.personnel.evaluations.test_evaluation_rounds_api import ADMIN, OFFICER, VI, codes, line, person

LEADER = "stp.leader"

UNIT = "STP_VP"
REPRIMAND_2026 = {"form": "KHIEN_TRACH", "decided_on": "2026-03-10", "decision_number": "15/QĐ-STP",
                  "decided_by": "Giám đốc Sở Tư pháp", "violation": "Chậm giải quyết hồ sơ"}
REPRIMAND_2025 = {**REPRIMAND_2026, "decided_on": "2025-10-02", "decision_number": "40/QĐ-STP"}


async def test_the_list_proposes_and_enforces_the_rating_a_discipline_forces(api, as_user):
    r = await api.post("/evaluation-rounds", json={"year": 2026}, headers=as_user(ADMIN))
    assert r.status_code == 201, r.text
    base = f"/evaluation-rounds/{r.json()['id']}/units/{UNIT}"
    body = person("Hoàng Văn Kỷ")
    body["disciplines"] = [REPRIMAND_2026]
    punished = await approved(api, as_user, body, unit_id=UNIT)
    earlier = person("Đàm Thị Trước", gender="2")
    earlier["disciplines"] = [REPRIMAND_2025]
    last_year = await approved(api, as_user, earlier, unit_id=UNIT)

    sheet = (await api.get(base, headers={**as_user(OFFICER), **VI})).json()
    by_id = {e["person_id"]: e for e in sheet["entries"]}
    p = by_id[punished]
    assert (p["forced"], p["rating"]) == (True, "KHTNV")  # proposed from the record
    assert p["forcing_discipline"].startswith("Hoàng Văn Kỷ bị kỷ luật Khiển trách theo quyết định 15/QĐ-STP")
    assert "10/03/2026" in p["forcing_discipline"] and "Không hoàn thành nhiệm vụ" in p["forcing_discipline"]
    assert "15/QĐ-STP" in p["forced_reason"]
    q = by_id[last_year]
    assert (q["forced"], q["rating"], q["forcing_discipline"]) == (False, None, None)  # 2025's forces 2025 only

    # A higher rating for the person disciplined this year is refused by name, and nothing is saved.
    entries = [line(p, forced=False, forced_reason=None, score="80", rating="HTTNV"),
               line(q, score="75", rating="HTTNV")]
    r = await api.put(base, json={"revision": 0, "entries": entries}, headers={**as_user(OFFICER), **VI})
    assert r.status_code == 422, r.text
    assert codes(r) == ["evaluation.discipline_forces"]
    assert r.json()["fields"][0]["field"] == "entries[0].rating"
    assert "Hoàng Văn Kỷ" in r.json()["fields"][0]["message"] and "15/QĐ-STP" in r.json()["fields"][0]["message"]
    assert (await api.get(base, headers=as_user(OFFICER))).json()["state"] == "new"

    # "Không hoàn thành nhiệm vụ" is accepted without a score (forced), and the line is kept forced even if the
    # form said otherwise.
    entries[0] = line(p, forced=False, forced_reason=None, score=None, rating="KHTNV")
    later = await approved(api, as_user, person("Lục Văn Sau"), unit_id=UNIT)
    fresh = {e["person_id"]: e for e in (await api.get(base, headers=as_user(OFFICER))).json()["entries"]}
    entries.append(line(fresh[later], score="78", rating="HTTNV"))
    r = await api.put(base, json={"revision": 0, "entries": entries}, headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    saved = {e["person_id"]: e for e in r.json()["entries"]}[punished]
    assert saved["forced"] is True and "15/QĐ-STP" in saved["forced_reason"]

    # A discipline reaching the record after the line was saved: the list shows it, and submission is refused.
    r = await api.post("/register-decisions", headers=as_user(OFFICER), json={
        "kind": "discipline", "number": "61/QĐ-STP", "signed_on": "2026-05-05", "issuer": "Sở Tư pháp",
        "form": "KHIEN_TRACH", "violation": "Chậm trình văn bản", "person_ids": [later]})
    assert r.status_code == 201, r.text
    assert (await api.post(f"/register-decisions/{r.json()['id']}/approve", headers=as_user(LEADER))).status_code == 200
    sheet = (await api.get(base, headers={**as_user(OFFICER), **VI})).json()
    [issue] = [i for i in sheet["issues"] if i["code"] == "evaluation.discipline_forces"]
    assert issue["person_id"] == later and "61/QĐ-STP" in issue["message"]
    r = await api.post(f"{base}/submit", headers={**as_user(OFFICER), **VI})
    assert r.status_code == 422 and "evaluation.discipline_forces" in codes(r), r.text
    assert (await api.get(base, headers=as_user(OFFICER))).json()["state"] == "draft"
