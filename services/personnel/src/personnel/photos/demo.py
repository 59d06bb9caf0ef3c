"""Demo (scripts/demo.py part "photos"): some of the demo people get the fields the complete form added
(family background, policy beneficiary, honorary title, organisations, personal history, job-position
salary) through an approved change, and a drawn 3×4 photo, so the record page, the form and the printed
forms show them after `make run`. Invented people and pictures only."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from typing import Any

import httpx
from PIL import Image, ImageDraw

# (unit, officer, leader, how many of the unit's people)
UNITS = [("SNV", "snv.admin", "snv.leader", 5), ("STP", "stp.officer", "stp.leader", 5)]
BACKGROUNDS = ["NONG_DAN", "NONG_DAN", "CONG_NHAN", "CAN_BO", "TRI_THUC"]
POLICY = [None, None, None, "CON_THUONG_BINH", "CON_LIET_SI"]
ORGANISATIONS = ["Đoàn TNCS Hồ Chí Minh", "Công đoàn Việt Nam", "Hội Cựu chiến binh Việt Nam"]
SKIN = [(233, 200, 170), (222, 184, 150), (200, 160, 125)]
SHIRT = [(30, 60, 120), (245, 245, 245), (60, 90, 60), (120, 30, 40)]


def portrait(rng: random.Random, width: int = 360, height: int = 480) -> bytes:
    """A 3:4 ID-style drawing: light blue background, a head and shoulders (no real face)."""
    img = Image.new("RGB", (width, height), (200, 225, 245))
    draw = ImageDraw.Draw(img)
    skin, shirt = rng.choice(SKIN), rng.choice(SHIRT)
    draw.ellipse((width * 0.12, height * 0.68, width * 0.88, height * 1.25), fill=shirt)  # shoulders
    draw.rectangle((width * 0.42, height * 0.52, width * 0.58, height * 0.72), fill=skin)  # neck
    draw.ellipse((width * 0.3, height * 0.18, width * 0.7, height * 0.6), fill=skin)  # face
    draw.chord((width * 0.28, height * 0.13, width * 0.72, height * 0.5), 180, 360, fill=(35, 30, 30))  # hair
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()


def completed(profile: dict[str, Any], rng: random.Random, i: int) -> dict[str, Any]:
    p = dict(profile)
    identity = dict(p.get("identity") or {})
    identity["family_background"] = BACKGROUNDS[i % len(BACKGROUNDS)]
    p["identity"] = identity
    political = dict(p.get("political") or {})
    political["policy_category"] = POLICY[i % len(POLICY)]
    born = int(identity.get("birth_date", "1980")[:4])
    political["organisations"] = [{"organisation": rng.choice(ORGANISATIONS[:2]), "joined_on": f"{born + 16}-03-26",
                                   "role": "Đoàn viên" if i % 2 else "Công đoàn viên"}]
    p["political"] = political
    if i % 5 == 0:
        p["education"] = {**(p.get("education") or {}), "honorary_title": "NHA_GIAO_UT",
                          "honorary_title_year": 2020 + i % 4}
    p["personal_history"] = {**(p.get("personal_history") or {}), "arrests": "Không bị bắt, bị tù.",
                             "relatives_abroad": "Không có thân nhân ở nước ngoài."}
    p["salary"] = {**(p.get("salary") or {}), "salary_sector": "CONG_CHUC"}
    return p


def load(client: httpx.Client, token: Callable[[str], str], rng: random.Random, *, call: Callable[..., dict]) -> bool:
    done = 0
    for unit, officer, leader, count in UNITS:
        listing = call(client, "GET", "/api/personnel/persons", token(officer), unit_known_within=120,
                       params={"unit_id": unit, "size": count, "sort": "name"})
        for i, row in enumerate(listing.get("items", [])[:count]):
            person_id = row["person_id"]
            record = call(client, "GET", f"/api/personnel/persons/{person_id}", token(officer))
            if not record.get("profile"):
                continue
            cr = call(client, "POST", "/api/personnel/change-requests", token(officer),
                      json={"person_id": person_id, "profile": completed(record["profile"], rng, i),
                            "note": "Bổ sung các trường theo mẫu sơ yếu lý lịch TT 06/2023"})
            call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/submit", token(officer))
            call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/approve", token(leader),
                 json={"decision_number": f"{rng.randrange(10, 999)}/QĐ-SNV"})
            call(client, "PUT", f"/api/personnel/persons/{person_id}/photo", token(officer),
                 files={"file": ("anh-3x4.jpg", portrait(rng), "image/jpeg")})
            done += 1
    print(f"demo data: {done} records completed with the new fields and a 3×4 photo")
    return done > 0
