"""The annual self-declaration over HTTP, in-process on a migrated database with real tokens: the Department opens
the year's round (a second open one refused, 409), a unit's officer makes the links of its subtree, a link opens
its own person's declarable fields only (no account), a change signed becomes the unit's change request draft with
the field-by-field difference, "nothing changed" makes none; a used, wrong or replaced link answers one message
revealing nothing; a declaration after the round closed is refused in Vietnamese and changes nothing."""

from __future__ import annotations

from datetime import date

from common import clock
from tests.personnel.careers.test_careers_api import approved, profile

OFFICER, LEADER, ADMIN, OTHER = "stp.officer", "stp.leader", "snv.admin", "xa.phulinh"
VI = {"Accept-Language": "vi"}
SALARY = {"rank_code": "01.003", "salary_step": 3, "salary_coefficient": "3.00", "salary_effective_on": "2025-01-01"}
TODAY = date(2026, 11, 20)


def link(url: str) -> dict[str, str]:
    assert url.startswith("/khai-bao#")
    return {"X-Declaration-Token": url.split("#", 1)[1], **VI}


async def test_links_form_sign_and_the_change_request_draft(api, as_user):
    with clock.frozen(TODAY):
        r = await api.post("/declaration-rounds", json={"year": 2026, "opens_on": "2026-11-01",
                                                        "closes_on": "2026-12-31"}, headers=as_user(OFFICER))
        assert r.status_code == 403
        r = await api.post("/declaration-rounds", json={"year": 2026, "opens_on": "2026-11-01",
                                                        "closes_on": "2026-12-31"}, headers=as_user(ADMIN))
        assert r.status_code == 201, r.text
        rnd = r.json()
        assert rnd["state"] == "open"
        r = await api.post("/declaration-rounds", json={"year": 2026, "opens_on": "2026-11-05",
                                                        "closes_on": "2026-12-20"}, headers={**as_user(ADMIN), **VI})
        assert r.status_code == 409 and r.json()["error"] == "declaration.round_exists"
        assert "2026" in r.json()["message"] and "kê khai" in r.json()["message"]

    lan = await approved(api, as_user, profile("Hoàng Thị Lan", born="1985-02-03", gender="2", salary=SALARY),
                         unit_id="STP_VP")
    binh = await approved(api, as_user, profile("Đặng Văn Bình", born="1984-06-07", gender="1", salary=SALARY),
                          unit_id="STP_VP")
    base = f"/declaration-rounds/{rnd['id']}"
    with clock.frozen(TODAY):
        # Another unit's officer reaches nobody of STP.
        r = await api.post(f"{base}/links", json={"unit_id": "STP_VP"}, headers=as_user(OTHER))
        assert r.status_code == 404
        r = await api.post(f"{base}/links", json={"unit_id": "STP_VP"}, headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        links = {x["person_id"]: x["url"] for x in r.json()}
        assert {lan, binh} <= set(links)
        # Asking again makes no new link for who has one (the first stays valid).
        r = await api.post(f"{base}/links", json={"unit_id": "STP_VP"}, headers=as_user(OFFICER))
        assert not {lan, binh} & {x["person_id"] for x in r.json()}

        # The link alone (no bearer token) opens Lan's declarable fields, not salary, not someone else.
        r = await api.get("/declarations/by-token", headers=link(links[lan]))
        assert r.status_code == 200, r.text
        form = r.json()
        assert form["full_name"] == "Hoàng Thị Lan" and form["year"] == 2026
        assert set(form["current"]) == {"identity", "family_relations"}
        assert "salary" not in r.text and "social_insurance_number" not in r.text and "Bình" not in r.text
        # A field outside the form is refused (the schema forbids it), nothing saved.
        bad = {"identity": {"phone": "0911"}, "salary": {"salary_step": 9}}
        r = await api.put("/declarations/by-token", json=bad, headers=link(links[lan]))
        assert r.status_code == 422

        declared = {**form["current"], "identity": {**form["current"]["identity"], "phone": "0912345678",
                                                    "marital_status": "CO_VO_CHONG"},
                    "family_relations": [{"side": "self", "relation": "CHONG", "full_name": "Trần Văn Hải",
                                          "birth_year": 1988}]}
        r = await api.put("/declarations/by-token", json=declared, headers=link(links[lan]))
        assert r.status_code == 200, r.text
        assert r.json()["draft"]["identity"]["phone"] == "0912345678"

        # The signature: the record's name and the ticked statement.
        r = await api.post("/declarations/by-token/sign", json={"full_name": "Hoàng Thị Hoa", "statement": False,
                                                                 "declaration": declared}, headers=link(links[lan]))
        assert r.status_code == 422
        assert {f["code"] for f in r.json()["fields"]} == {"declaration.signature_name_mismatch",
                                                            "declaration.statement_required"}
        r = await api.post("/declarations/by-token/sign", json={"full_name": "hoàng thị lan", "statement": True,
                                                                 "declaration": declared},
                           headers={**link(links[lan]), "User-Agent": "Mozilla/5.0 (iPhone)"})
        assert r.status_code == 200, r.text
        signed = r.json()
        assert not signed["no_change"] and len(signed["content_hash"]) == 64
        assert {c["path"] for c in signed["changes"]} >= {"identity.phone", "identity.marital_status",
                                                          "family_relations[0].full_name"}

        # The link is used: the same answer as a wrong one, revealing nothing.
        used = await api.get("/declarations/by-token", headers=link(links[lan]))
        wrong = await api.get("/declarations/by-token", headers=link("/khai-bao#" + "x" * 43))
        assert used.status_code == wrong.status_code == 404
        assert used.json() == wrong.json() and used.json()["error"] == "declaration.link_invalid"
        assert "Lan" not in used.text

        # The unit sees who declared; the change request draft holds the field-by-field difference.
        r = await api.get(f"{base}/progress", params={"unit_id": "STP"}, headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        by_person = {p["person_id"]: p for p in r.json()["people"]}
        assert by_person[lan]["progress"] == "declared" and by_person[binh]["progress"] == "not_declared"
        cr_id = by_person[lan]["change_request_id"]
        r = await api.get(f"/change-requests/{cr_id}", headers=as_user(OFFICER))
        assert r.json()["state"] == "draft" and "Kê khai bổ sung lý lịch năm 2026" in r.json()["note"]
        r = await api.get(f"/change-requests/{cr_id}/diff", headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        paths = {d["path"]: (d["official"], d["proposed"]) for d in r.json()["changes"]}
        assert paths["identity.marital_status"] == (None, "CO_VO_CHONG")
        assert paths["identity.phone"] == (None, "0912345678")
        assert not any(p.startswith("salary") for p in paths)
        r = await api.get(f"{base}/progress", params={"unit_id": "STP"}, headers=as_user(OTHER))
        assert r.status_code == 404

        # Binh: reminded (a new link, the old one stops), then declares that nothing changed.
        r = await api.post(f"{base}/remind", json={"unit_id": "STP_VP", "person_ids": [binh]},
                           headers=as_user(OFFICER))
        assert r.status_code == 200 and [x["person_id"] for x in r.json()] == [binh]
        assert (await api.get("/declarations/by-token", headers=link(links[binh]))).status_code == 404
        fresh = r.json()[0]["url"]
        current = (await api.get("/declarations/by-token", headers=link(fresh))).json()["current"]
        r = await api.post("/declarations/by-token/sign", json={"full_name": "Đặng Văn Bình", "statement": True,
                                                                 "declaration": current}, headers=link(fresh))
        assert r.status_code == 200 and r.json()["no_change"] and r.json()["changes"] == []
        r = await api.get(f"{base}/progress", params={"unit_id": "STP_VP"}, headers=as_user(OFFICER))
        row = {p["person_id"]: p for p in r.json()["people"]}[binh]
        assert (row["progress"], row["change_request_id"], row["reminded_count"]) == ("no_change", None, 1)


async def test_a_declaration_after_the_round_closed_is_refused_and_changes_nothing(api, as_user):
    with clock.frozen(date(2025, 11, 10)):
        r = await api.post("/declaration-rounds", json={"year": 2025, "opens_on": "2025-11-01",
                                                        "closes_on": "2025-11-30"}, headers=as_user(ADMIN))
        assert r.status_code == 201, r.text
        base = f"/declaration-rounds/{r.json()['id']}"
        tam = await approved(api, as_user, profile("Lý Văn Tâm", born="1979-01-09", gender="1", salary=SALARY),
                             unit_id="STP")
        r = await api.post(f"{base}/links", json={"unit_id": "STP", "person_ids": [tam]}, headers=as_user(OFFICER))
        url = r.json()[0]["url"]
        current = (await api.get("/declarations/by-token", headers=link(url))).json()["current"]
    changed = {**current, "identity": {**current["identity"], "phone": "0987654321"}}
    with clock.frozen(date(2025, 12, 1)):
        r = await api.post("/declarations/by-token/sign", json={"full_name": "Lý Văn Tâm", "statement": True,
                                                                 "declaration": changed}, headers=link(url))
        assert r.status_code == 409 and r.json()["error"] == "declaration.round_closed"
        assert r.json()["message"].startswith("Đợt kê khai bổ sung lý lịch năm 2025 đã kết thúc ngày 30/11/2025")
        r = await api.get(f"{base}/progress", params={"unit_id": "STP"}, headers=as_user(OFFICER))
        row = {p["person_id"]: p for p in r.json()["people"]}[tam]
        assert (row["progress"], row["change_request_id"]) == ("not_declared", None)
