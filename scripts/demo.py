"""Loads the demo data once (called by `make run` after every service is healthy).

The org service seeds the province's tree and catalogs by itself; this script adds people through the
public API exactly as personnel officers would: a draft, submitted, then approved by a leader of the
unit or by the Department of Home Affairs. Invented people only; the random seed is fixed so that every
fresh demo looks the same."""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from common.testing.stack import gateway_url, password_token

SEED = 2026
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ma", "Nông", "Hà", "Triệu", "Lò"]
MIDDLE = {"1": ["Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân"], "2": ["Thị", "Thu", "Ngọc", "Thanh", "Hồng"]}
GIVEN = {"1": ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Sơn", "Tuấn", "Việt"],
         "2": ["Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Lan", "Linh", "Mai", "Nga", "Thảo", "Yến"]}
ETHNICITIES = ["01"] * 5 + ["02", "02", "03", "06", "07"]  # Kinh, Tày, Thái, Mường, Nùng
RANKS = ["01.003", "01.003", "01.002", "01.004"]  # chuyên viên, chuyên viên chính, cán sự (ranks.csv)
POSITIONS = [None, None, None, "Phó Trưởng phòng", "Trưởng phòng"]

# (unit, officer who enters, leader who approves, how many people)
UNITS = [
    ("SNV", "snv.admin", "snv.leader", 10),
    ("STP", "stp.officer", "stp.leader", 10),
    ("00700", "xa.ngocduong", "snv.admin", 6),
    ("00706", "xa.phulinh", "snv.admin", 6),
]


def personal_id(rng: random.Random, birth: date, gender: str) -> str:
    """R-70: province of birth registration (008 Tuyên Quang), century-and-gender digit, year, serial."""
    digit = (0 if birth.year < 2000 else 2) + (0 if gender == "1" else 1)
    return f"008{digit}{birth.year % 100:02d}{rng.randrange(10**6):06d}"


def profile(rng: random.Random) -> dict:
    gender = rng.choice(["1", "2"])
    birth = date(rng.randrange(1968, 1999), rng.randrange(1, 13), rng.randrange(1, 28))
    recruited = birth + timedelta(days=365 * rng.randrange(22, 27))
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
    return {
        "identity": {"full_name": name, "gender": gender, "birth_date": birth.isoformat(),
                     "ethnicity": rng.choice(ETHNICITIES), "religion": "00",
                     "personal_id_number": personal_id(rng, birth, gender),
                     "home_town": {"text": "Tuyên Quang"}},
        "recruitment": {"staff_category": "civil_servant", "first_recruited_on": recruited.isoformat()},
        "positions": {"current_position": rng.choice(POSITIONS)},
        "salary": {"rank_code": rng.choice(RANKS)},
        "work_history": [{"from_month": recruited.strftime("%Y-%m"), "unit_name": "Cơ quan hiện nay",
                          "position": "Chuyên viên"}],
    }


def call(client: httpx.Client, method: str, url: str, token: str, **kw: object) -> dict:
    resp = client.request(method, url, headers={"Authorization": f"Bearer {token}"}, **kw)  # type: ignore[arg-type]
    if resp.status_code >= 400:
        raise SystemExit(f"{method} {url} -> {resp.status_code}: {resp.text[:500]}")
    return resp.json() if resp.content else {}


def wait_for_units(client: httpx.Client, token: str, timeout: float = 120) -> None:
    """The personnel service learns the tree from org's events; wait until it knows the demo units."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        resp = client.get("/api/personnel/persons", params={"unit_id": "00706", "size": 1},
                          headers={"Authorization": f"Bearer {token}"})
        if resp.status_code == 200:
            return
        time.sleep(2)
    raise SystemExit("the personnel service never learned the unit tree from org's events")


def people(client: httpx.Client, token, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    created = 0
    for unit, officer, leader, count in UNITS:
        for _ in range(count):
            cr = call(client, "POST", "/api/personnel/change-requests", token(officer),
                      json={"unit_id": unit, "profile": profile(rng), "note": "Dữ liệu minh hoạ"})
            call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/submit", token(officer))
            call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/approve", token(leader),
                 json={"decision_number": f"{rng.randrange(10, 999)}/QĐ-UBND"})
            created += 1
    # A few drafts left waiting, so the approvals inbox has something to show.
    for unit, officer, _leader, _count in UNITS[:2]:
        cr = call(client, "POST", "/api/personnel/change-requests", token(officer),
                  json={"unit_id": unit, "profile": profile(rng), "note": "Hồ sơ mới chờ duyệt"})
        call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/submit", token(officer))
    print(f"demo data: {created} people approved, 2 waiting for approval")


def working_days_back(n: int) -> date:
    """A weekday n working days (ignoring holidays) before today: recent decisions, some of them late."""
    d = date.today()
    while n > 0:
        d -= timedelta(days=1)
        n -= d.weekday() < 5
    return d


def open_case(client: httpx.Client, token: str, body: dict, timeout: float = 120) -> dict:
    """Transfer learns of people from personnel's events: retry while it has not heard of this one yet."""
    deadline = time.monotonic() + timeout
    while True:
        resp = client.post("/api/transfer/cases", json=body, headers={"Authorization": f"Bearer {token}"})
        if resp.status_code == 201:
            return resp.json()
        if resp.status_code != 422 or time.monotonic() > deadline:
            raise SystemExit(f"POST /api/transfer/cases -> {resp.status_code}: {resp.text[:500]}")
        time.sleep(2)


def transfers(client: httpx.Client, token, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """Cases in every state an officer meets: a transfer waiting in the receiver's inbox, one done, one
    late, a secondment, a retirement and an arrival still in draft."""

    def people_of(unit: str, user: str) -> list[dict]:
        return call(client, "GET", "/api/personnel/persons", token(user), params={"unit_id": unit, "size": 50})["items"]

    stp = [p for p in people_of("STP", "stp.officer") if p.get("unit_id") == "STP"]
    snv = [p for p in people_of("SNV", "snv.admin") if p.get("unit_id") == "SNV"]

    def decision(days_back: int, n: int) -> dict:
        effective = working_days_back(days_back)
        return {"decision_number": f"{n}/QĐ-UBND", "decision_signed_on": (effective - timedelta(days=3)).isoformat(),
                "effective_on": effective.isoformat(), "signer": "Phó Chủ tịch UBND tỉnh"}

    def step(case: dict, name: str, user: str, **body: object) -> dict:
        return call(client, "POST", f"/api/transfer/cases/{case['id']}/{name}", token(user), json=body)

    waiting = open_case(client, token("stp.officer"), {"kind": "transfer", "person_id": stp[0]["person_id"],
                                                        "to_unit_id": "SNV", **decision(1, 2101)})
    step(waiting, "send", "stp.officer")
    done = open_case(client, token("stp.officer"), {"kind": "transfer", "person_id": stp[1]["person_id"],
                                                     "to_unit_id": "SNV", "to_sub_unit_id": "SNV.CCVC",
                                                     **decision(6, 2088)})
    step(done, "send", "stp.officer")
    step(done, "accept", "snv.admin")
    step(done, "forward", "snv.admin")
    late = open_case(client, token("stp.officer"), {"kind": "rotation", "person_id": stp[2]["person_id"],
                                                     "to_unit_id": "00706", **decision(7, 2075)})
    step(late, "send", "stp.officer")
    second = open_case(client, token("snv.admin"), {"kind": "secondment", "person_id": snv[0]["person_id"],
                                                     "to_unit_id": "STP", "return_on": (date.today() + timedelta(
                                                         days=365)).isoformat(), **decision(2, 2110)})
    step(second, "send", "snv.admin")
    open_case(client, token("stp.officer"), {"kind": "leaving", "person_id": stp[3]["person_id"],
                                             "leaving_form": "NGHI_HUU", **decision(3, 2097),
                                             "note": "Nghỉ hưu theo chế độ"})
    open_case(client, token("xa.ngocduong"), {"kind": "arrival", "to_unit_id": "00700",
                                              "full_name": "Sầm Văn Tới", "personal_id_number": "002088123456",
                                              "birth_date": "1988-05-14",
                                              "outside_organisation": "UBND xã Yên Minh, tỉnh Hà Giang (cũ)",
                                              **decision(1, 2115)})
    print("demo data: 6 transfer cases")


PARTS = [("people", ".demo-loaded", people), ("transfers", ".demo-transfers-loaded", transfers)]


def main() -> None:
    markers = Path(sys.argv[sys.argv.index("--markers") + 1]) if "--markers" in sys.argv else None
    rng = random.Random(SEED)
    tokens: dict[str, str] = {}

    def token(user: str) -> str:
        if user not in tokens:
            tokens[user] = password_token(user)
        return tokens[user]

    with httpx.Client(base_url=gateway_url(), timeout=60) as client:
        wait_for_units(client, token("snv.admin"))
        for name, marker, load in PARTS:
            if markers is not None and (markers / marker).exists():
                continue
            load(client, token, random.Random(f"{SEED}-{name}") if name != "people" else rng)
            if markers is not None:
                (markers / marker).touch()


if __name__ == "__main__":
    sys.exit(main())
