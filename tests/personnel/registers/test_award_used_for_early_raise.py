"""An award an early raise (R-13) used shows it where the award is listed, computed from the batch decision,
never typed: in the register's list (draft, then approved with its number and date), in the person's effects
and in the register's Excel list; once used it is no longer the achievement an early raise may use."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook

from common import clock
from tests.personnel.careers.test_careers_api import LEADER, OFFICER, approved, profile
from tests.personnel.careers.test_early_raise_batches import A1_STEP_4, batch_for

AWARD = {"kind": "award", "number": "318/QĐ-UBND", "signed_on": "2025-05-10", "issuer": "UBND tỉnh Tuyên Quang",
         "form": "BK_TINH", "level": "Tỉnh", "achievement_year": 2024}


async def award_entry(api, as_user, person: str) -> dict:  # type: ignore[no-untyped-def]
    r = await api.get("/register-decisions", params={"kind": "award", "person_id": person}, headers=as_user(OFFICER))
    assert r.status_code == 200, r.text
    [d] = r.json()["items"]
    [e] = d["entries"]
    return e  # type: ignore[no-any-return]


async def test_the_award_shows_the_early_raise_that_used_it(api, as_user):
    with clock.frozen(date(2026, 12, 4)):
        khen = await approved(api, as_user, profile("Phạm Văn Công", born="1985-04-04", gender="1",
                                                    salary=A1_STEP_4))
        for i in range(9):  # a payroll of ten: one early raise this year
            await approved(api, as_user, profile(f"Người Khác {i + 1}", born="1980-01-01", gender="1", salary={}),
                           unit_id="STP_VP")
        r = await api.post("/register-decisions", json={**AWARD, "person_ids": [khen]}, headers=as_user(OFFICER))
        assert r.status_code == 201, r.text
        r = await api.post(f"/register-decisions/{r.json()['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        assert (await award_entry(api, as_user, khen))["early_raise"] is None

        made = await batch_for(api, as_user, khen)  # the proposal takes the award (6 months: 2026-09-01)
        used = (await award_entry(api, as_user, khen))["early_raise"]
        assert (used["state"], used["effective_on"], used["batch_id"]) == ("draft", "2026-09-01", made["batch"]["id"])
        assert used["text"] == "Đã dùng để nâng lương trước thời hạn từ ngày 01/09/2026 (quyết định nâng lương đang " \
                               "soạn thảo)"

        assert (await api.post(f"/batches/{made['batch']['id']}/submit", headers=as_user(OFFICER))).status_code == 200
        r = await api.post(f"/batches/{made['batch']['id']}/approve", headers=as_user(LEADER))
        assert r.status_code == 200, r.text
        used = (await award_entry(api, as_user, khen))["early_raise"]
        assert (used["state"], used["decision_number"], used["decision_signed_on"]) == (
            "approved", "77/QĐ-STP", "2026-11-20")
        expected = "Đã dùng để nâng lương trước thời hạn từ ngày 01/09/2026 (quyết định 77/QĐ-STP ngày 20/11/2026)"
        assert used["text"] == expected

        effects = (await api.get(f"/persons/{khen}/register-effects", headers=as_user(OFFICER))).json()
        [a] = [x for x in effects["awards"] if x["code"] == "BK_TINH"]
        assert a["early_raise"]["text"] == expected and a["usable"] is False
        assert effects["best_usable_award"] is None

        r = await api.get("/register-decisions/export.xlsx", params={"kind": "award"}, headers=as_user(OFFICER))
        assert r.status_code == 200, r.text
        ws = load_workbook(io.BytesIO(r.content)).active
        assert ws is not None
        cells = [c for row in ws.iter_rows(values_only=True) for c in row if c]
        assert expected in cells and "Nâng lương trước thời hạn" in cells
