"""Loads the demo data once (called by `make run` after every service is healthy).

The org service seeds the province's tree and catalogs by itself; this script adds the demo accounts'
people through the public API exactly as personnel officers would: a draft, submitted, then approved by a
leader of the unit or by the Department of Home Affairs; then the rest of the province (3,000 people with
15 years of histories, part "province") through personnel's own loader, personnel.demo.load. Invented
people only; the random seeds are fixed so that every fresh demo looks the same. Each part is loaded once
(a marker file per part)."""

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


def call(client: httpx.Client, method: str, url: str, token: str, *, unit_known_within: float = 0,
         **kw: object) -> dict:
    """One API call; with `unit_known_within`, a 404 is asked again for that many seconds: on a fresh stack
    personnel learns the unit tree from org's events a moment after org has it, and until then a unit
    account's scope does not reach the demo units yet."""
    deadline = time.monotonic() + unit_known_within
    while True:
        resp = client.request(method, url, headers={"Authorization": f"Bearer {token}"}, **kw)  # type: ignore[arg-type]
        if resp.status_code == 404 and time.monotonic() < deadline:
            time.sleep(2)
            continue
        if resp.status_code >= 400:
            raise SystemExit(f"{method} {url} -> {resp.status_code}: {resp.text[:500]}")
        return resp.json() if resp.content else {}


def wait_for_units(client: httpx.Client, token: str, timeout: float = 120) -> None:
    """Wait until the personnel service answers (it learns the unit tree from org's events a moment later:
    the calls of the people part ask again while a unit is not known yet)."""
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
            cr = call(client, "POST", "/api/personnel/change-requests", token(officer), unit_known_within=120,
                      json={"unit_id": unit, "profile": profile(rng), "note": "Dữ liệu minh hoạ"})
            call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/submit", token(officer),
                 unit_known_within=120)
            call(client, "POST", f"/api/personnel/change-requests/{cr['id']}/approve", token(leader),
                 unit_known_within=120, json={"decision_number": f"{rng.randrange(10, 999)}/QĐ-UBND"})
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


def demo_png(width: int = 480, height: int = 270, seed: int = 0) -> bytes:
    """A small PNG cover (a soft two-colour gradient), made here so the demo needs no image files."""
    import struct
    import zlib

    top, bottom = [(21, 101, 192), (46, 125, 50), (173, 20, 87), (239, 108, 0)][seed % 4], (250, 250, 250)
    rows = b""
    for y in range(height):
        t = y / (height - 1)
        pixel = bytes(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        rows += b"\x00" + pixel * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def demo_pdf() -> bytes:
    """A one-page PDF (uploads are opened by pypdf like the record's scans, so it must be a real one)."""
    import io

    from pypdf import PdfWriter

    writer, buf = PdfWriter(), io.BytesIO()
    writer.add_blank_page(595, 842)
    writer.write(buf)
    return buf.getvalue()

NEWS = [
    ("direction", True, "Triển khai Kế hoạch cải cách hành chính năm 2027",
     "UBND tỉnh ban hành kế hoạch cải cách hành chính năm 2027 với 6 nhóm nhiệm vụ trọng tâm.",
     "<p>Ngày 01/12/2026, UBND tỉnh Tuyên Quang ban hành Kế hoạch cải cách hành chính năm 2027. Kế hoạch "
     "xác định <strong>6 nhóm nhiệm vụ trọng tâm</strong>:</p><ul><li>cải cách thể chế;</li><li>cải cách thủ "
     "tục hành chính;</li><li>cải cách tổ chức bộ máy;</li><li>cải cách chế độ công vụ;</li><li>cải cách tài "
     "chính công;</li><li>xây dựng chính quyền số.</li></ul><p>Các cơ quan, đơn vị xây dựng kế hoạch của đơn "
     "vị mình và gửi Sở Nội vụ trước ngày 20/12/2026.</p>"),
    ("personnel", False, "Hướng dẫn đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2026",
     "Sở Nội vụ hướng dẫn quy trình, biểu mẫu và thời hạn đánh giá, xếp loại năm 2026.",
     "<p>Thực hiện Nghị định 90/2020/NĐ-CP và Nghị định 48/2023/NĐ-CP, Sở Nội vụ hướng dẫn các cơ quan, đơn "
     "vị tổ chức đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2026.</p><h3>Thời hạn</h3>"
     "<p>Hoàn thành việc đánh giá trước ngày <strong>31/12/2026</strong>; báo cáo kết quả về Sở Nội vụ trước "
     "ngày 15/01/2027.</p><p>Biểu mẫu kèm theo tin này.</p>"),
    ("training", False, "Mở lớp bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính",
     "Khai giảng ngày 05/01/2027 tại Trường Chính trị tỉnh, thời gian học 8 tuần.",
     "<p>Sở Nội vụ phối hợp với Trường Chính trị tỉnh mở lớp bồi dưỡng kiến thức quản lý nhà nước chương trình "
     "chuyên viên chính cho 80 học viên.</p><p>Các đơn vị gửi danh sách cử người đi học trước ngày 22/12/2026.</p>"),
    ("emulation", False, "Phát động phong trào thi đua chuyển đổi số trong cơ quan hành chính",
     "Phong trào thi đua hướng tới 100% hồ sơ cán bộ được số hoá và cập nhật đúng hạn.",
     "<p>Hưởng ứng Ngày Chuyển đổi số quốc gia, Sở Nội vụ phát động phong trào thi đua <em>“Cơ quan hành chính "
     "số”</em> với mục tiêu 100% hồ sơ cán bộ, công chức, viên chức được số hoá và cập nhật trên cơ sở dữ "
     "liệu trong thời hạn quy định.</p>"),
    ("policy", False, "Những điểm mới về vị trí việc làm và biên chế công chức từ năm 2027",
     "Tóm tắt những quy định mới về vị trí việc làm, biên chế và tinh giản biên chế.",
     "<p>Từ ngày 01/01/2027, việc xác định vị trí việc làm và biên chế công chức thực hiện theo quy định mới. "
     "Sở Nội vụ tóm tắt các điểm chính để các cơ quan, đơn vị nghiên cứu, triển khai.</p>"),
]

ANNOUNCEMENTS = [
    ("Báo cáo số lượng, chất lượng cán bộ, công chức, viên chức năm 2026", 14,
     ["STP", "00700", "00706", "SYT", "SCT"],
     "<p>Đề nghị các cơ quan, đơn vị báo cáo số lượng, chất lượng cán bộ, công chức, viên chức tính đến ngày "
     "31/12/2026 theo biểu mẫu đính kèm.</p>"),
    ("Rà soát, cập nhật hồ sơ cán bộ, công chức trên cơ sở dữ liệu", 7, ["STP", "00700", "00706"],
     "<p>Các đơn vị rà soát hồ sơ, cập nhật đầy đủ quá trình công tác, lương và đào tạo trên hệ thống.</p>"),
]


def notify(client: httpx.Client, token, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """News (published by the Department, one pinned with a cover, one waiting for approval), announcements
    with read receipts and acknowledgements, and message threads between units."""
    from common import clock

    def retrying(method: str, url: str, user: str, timeout: float = 120, **kw: object) -> dict:
        # notify learns the unit tree and the accounts from events: retry while it has not heard of them yet.
        deadline = time.monotonic() + timeout
        while True:
            resp = client.request(method, url, headers={"Authorization": f"Bearer {token(user)}"}, **kw)  # type: ignore[arg-type]
            if resp.status_code < 400:
                return resp.json()
            if resp.status_code not in (404, 422) or time.monotonic() > deadline:
                raise SystemExit(f"{method} {url} -> {resp.status_code}: {resp.text[:500]}")
            time.sleep(2)

    today = clock.today()
    for i, (category, pinned, title, summary, body) in enumerate(NEWS):
        article = retrying("POST", "/api/notify/news", "snv.leader",
                           json={"title": title, "summary": summary, "body_html": body, "category": category,
                                 "pinned": pinned})
        url = f"/api/notify/news/{article['id']}"
        if i < 3:
            call(client, "PUT", f"{url}/cover", token("snv.leader"),
                 files={"file": ("anh-bia.png", demo_png(seed=i), "image/png")})
        if i == 1:
            call(client, "POST", f"{url}/attachments", token("snv.leader"),
                 files={"file": ("huong-dan-danh-gia-2026.pdf", demo_pdf(), "application/pdf")})
        call(client, "POST", f"{url}/submit", token("snv.leader"))
        call(client, "POST", f"{url}/approve", token("snv.admin"))
    pending = retrying("POST", "/api/notify/news", "stp.officer",
                       json={"title": "Hội nghị tổng kết công tác năm 2026 của cơ quan",
                             "summary": "Kết quả thực hiện nhiệm vụ năm 2026 và phương hướng năm 2027.",
                             "body_html": "<p>Hội nghị tổng kết công tác năm 2026 được tổ chức tại hội trường cơ "
                                          "quan với sự tham dự của toàn thể công chức, người lao động.</p>",
                             "category": "activities", "province_wide": False, "audience_unit_ids": ["STP.VP"]})
    call(client, "POST", f"/api/notify/news/{pending['id']}/submit", token("stp.officer"))
    retrying("POST", "/api/notify/news", "snv.leader",
             json={"title": "Dự thảo: Lịch tiếp công dân của Sở Nội vụ quý I/2027", "category": "direction",
                   "summary": "Bản nháp chờ hoàn thiện.", "body_html": "<p>Lịch tiếp công dân định kỳ vào thứ Năm "
                                                                      "hằng tuần.</p>"})

    for title, days, units, body in ANNOUNCEMENTS:
        a = retrying("POST", "/api/notify/announcements", "snv.admin",
                     json={"title": title, "body_html": body, "recipient_unit_ids": units,
                           "due_on": (today + timedelta(days=days)).isoformat()})
        call(client, "POST", f"/api/notify/announcements/{a['id']}/attachments", token("snv.admin"),
             files={"file": ("cong-van.pdf", demo_pdf(), "application/pdf")})
        call(client, "POST", f"/api/notify/announcements/{a['id']}/send", token("snv.admin"))
        if days == 14:
            call(client, "POST", f"/api/notify/announcements/{a['id']}/acknowledge", token("stp.officer"),
                 json={"note": "Đã giao Văn phòng Sở tổng hợp"})
            call(client, "POST", f"/api/notify/announcements/{a['id']}/read", token("xa.ngocduong"))
    inside = retrying("POST", "/api/notify/announcements", "stp.officer",
                      json={"title": "Lịch trực cơ quan dịp Tết Dương lịch 2027", "recipient_unit_ids": ["STP.VP",
                                                                                                      "STP.HCTP"],
                            "body_html": "<p>Các phòng bố trí lịch trực từ 31/12/2026 đến 02/01/2027.</p>",
                            "due_on": (today + timedelta(days=5)).isoformat()})
    call(client, "POST", f"/api/notify/announcements/{inside['id']}/send", token("stp.officer"))

    def account(user: str) -> str:
        return str(call(client, "GET", "/api/notify/whoami", token(user))["subject"])

    thread = retrying("POST", "/api/notify/messages/threads", "xa.phulinh",
                      json={"subject": "Xin hướng dẫn tiếp nhận công chức cấp xã", "to_unit_ids": ["SNV"],
                            "body": "Kính gửi Sở Nội vụ,\nXã Phú Linh xin hướng dẫn hồ sơ, thủ tục tiếp nhận "
                                    "công chức cấp xã chuyển đến từ tỉnh khác."})[0]
    call(client, "POST", f"/api/notify/messages/threads/{thread['id']}/messages", token("snv.leader"),
         json={"body": "Sở Nội vụ gửi xã hướng dẫn tại Công văn số 1520/SNV-CCVC; đề nghị xã lập hồ sơ theo mẫu."})
    retrying("POST", "/api/notify/messages/threads", "stp.officer",
             json={"subject": "Xin ý kiến hồ sơ nâng lương trước thời hạn", "to_account_ids": [account("stp.leader")],
                   "body": "Kính gửi anh,\nEm đã tổng hợp 3 hồ sơ đủ điều kiện nâng lương trước thời hạn, "
                           "xin ý kiến anh trước khi trình."})
    retrying("POST", "/api/notify/messages/threads", "snv.admin",
             json={"subject": "Cập nhật hồ sơ cán bộ chuyển đến", "to_account_ids": [account("xa.ngocduong")],
                   "body": "Đề nghị xã cập nhật hồ sơ của cán bộ chuyển đến trong tháng 12."})
    chat_lines(token)
    print("demo data: 7 news articles, 3 announcements, 3 message threads, a chat in Sở Tư pháp's room")


def chat_lines(token) -> None:  # type: ignore[no-untyped-def]
    """A short conversation in Sở Tư pháp's chat room, sent over the WebSocket as the client does."""
    import json
    import uuid

    from websockets.sync.client import connect

    url = gateway_url().replace("http://", "ws://").replace("https://", "wss://") + "/api/notify/ws"
    lines = [("stp.officer", "Chào anh, chiều nay 14 giờ Văn phòng họp giao ban tuần nhé."),
             ("stp.leader", "Anh nhận được rồi. Em chuẩn bị giúp anh số liệu hồ sơ điều động tháng 12."),
             ("stp.officer", "Vâng, em gửi anh trước 13 giờ 30.")]
    for user, text in lines:
        with connect(url, open_timeout=30) as ws:
            ws.send(json.dumps({"type": "auth", "token": token(user)}))
            ready = json.loads(ws.recv(timeout=30))
            ws.send(json.dumps({"type": "send", "room_id": ready["unit_room_id"], "body": text,
                                "client_id": uuid.uuid4().hex}))
            while json.loads(ws.recv(timeout=30)).get("type") != "ack":
                pass


PROVINCE_PEOPLE = 3000


def province(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """The rest of the province: several thousand invented people in every department, division and commune,
    with 15 years of salary steps, appointments, evaluations, trainings, rewards and disciplines that follow
    the career rules, so the due lists, the dashboard and the reports have content. Personnel's own loader
    writes them through its service layer (validation, approved versions, outbox events, due rows): the
    HTTP path would take three requests per person. CBCCVC_DEMO_PEOPLE sets how many (3000; make test 300)."""
    import os
    import subprocess

    from common.testing.stack import port

    people = int(os.environ.get("CBCCVC_DEMO_PEOPLE", PROVINCE_PEOPLE))
    url = f"postgresql+asyncpg://postgres@127.0.0.1:{port('pg')}/personnel"
    command = [sys.executable, "-m", "personnel.demo.load", "--people", str(people), "--url", url]
    subprocess.run(command, check=True)  # noqa: S603 - our own module, with this script's arguments
    # A smaller province (make test's) is not marked loaded: the next `make run` adds the rest.
    return people >= PROVINCE_PEOPLE


def imports(client: httpx.Client, token, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """An Excel import (issue 18): Xã Ngọc Đường's officer fills the template with four people and their
    histories, one with a misspelt ethnicity (refused in the preview, with the closest names suggested),
    confirms, and the three others wait for approval as drafts."""
    import io

    from openpyxl import load_workbook

    from personnel.imports.rules import rows_of

    officer, unit = "xa.ngocduong", "00700"
    resp = client.get("/api/personnel/imports/template.xlsx", headers={"Authorization": f"Bearer {token(officer)}"})
    if resp.status_code != 200:
        raise SystemExit(f"import template -> {resp.status_code}: {resp.text[:300]}")
    wb = load_workbook(io.BytesIO(resp.content))
    next_row: dict[str, int] = {}
    for n in range(4):
        person = profile(rng)
        person["family_relations"] = [
            {"side": "self", "relation": "BO", "full_name": f"{person['identity']['full_name'].split()[0]} Văn "
                                                             f"{rng.choice(GIVEN['1'])}", "birth_year": 1950 + n},
            {"side": "self", "relation": "ME", "full_name": f"Hoàng Thị {rng.choice(GIVEN['2'])}", "birth_year": 1952}]
        person["training"] = [{"kind": "professional", "from_month": "2008-09", "to_month": "2012-06",
                               "institution": "Trường Đại học Tân Trào", "qualification": "DH"}]
        for sheet, rows in rows_of(person, unit).items():
            ws = wb[sheet]
            for values in rows:
                r = next_row[sheet] = next_row.get(sheet, 1) + 1
                for c, value in enumerate(values, start=1):
                    if value is not None:
                        ws.cell(row=r, column=c, value=value)
        if n == 3:  # a spelling mistake the preview reports with the closest catalog names
            ws = wb["Hồ sơ"]
            column = next(c.column for c in ws[1] if c.value == "Dân tộc")
            ws.cell(row=next_row["Hồ sơ"], column=column, value="Tayy")
    buf = io.BytesIO()
    wb.save(buf)
    job = call(client, "POST", "/api/personnel/imports", token(officer),
               files={"file": ("ho-so-xa-ngoc-duong.xlsx", buf.getvalue())})
    for expected in ("preview", "done"):
        deadline = time.monotonic() + 180
        while job["state"] != expected and time.monotonic() < deadline:
            time.sleep(1)
            job = call(client, "GET", f"/api/personnel/imports/{job['id']}", token(officer))
        if job["state"] != expected:
            raise SystemExit(f"the demo import stayed {job['state']} (expected {expected})")
        if expected == "preview" and job["created"] + job["changed"] == 0:
            print("demo data: the Excel import's people are already there")  # loaded by an earlier run
            return
        if expected == "preview":
            job = call(client, "POST", f"/api/personnel/imports/{job['id']}/confirm", token(officer),
                       json={"mode": "draft"})
    print(f"demo data: an Excel import of {job['total']} people, {job['created']} drafts, {job['rejected']} refused")


PARTS = [("people", ".demo-loaded", people), ("transfers", ".demo-transfers-loaded", transfers),
         ("notify", ".demo-notify-loaded", notify),
         ("imports", ".demo-imports-loaded", imports), ("province", ".demo-province-loaded", province)]


def evaluations(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """This year's evaluation round: open, one commune approved, the Department waiting for its leader, the
    Department of Justice half entered, the other units not started (personnel.evaluations.demo)."""
    from common import clock
    from personnel.evaluations.demo import load

    return load(client, token, rng, call=call, year=clock.today().year)


PARTS.append(("evaluations", ".demo-evaluations-loaded", evaluations))


def registers(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """Award and discipline decisions (approved into the records, some waiting), training courses with people
    attending and completing, for the demo units (personnel.registers.demo)."""
    from personnel.registers.demo import load

    return load(client, token, rng, call=call)


PARTS.append(("registers", ".demo-registers-loaded", registers))


def photos(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """Ten records of the Department and of Justice completed with the fields the full form added and a
    drawn 3×4 photo (personnel.photos.demo)."""
    from personnel.photos.demo import load

    return load(client, token, rng, call=call)


PARTS.append(("photos", ".demo-photos-loaded", photos))


def notify_email(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """Accounts' choices of notes by e-mail and a rejected change (notify.notifications.demo)."""
    from notify.notifications.demo import load

    return load(client, token, rng, call=call, profile=profile)


PARTS.append(("notify-email", ".demo-notify-email-loaded", notify_email))


def batches(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """Batch decisions from the due lists: Sở Nội vụ's step raises approved into the records, Sở Tư pháp's
    waiting for its leader, a retirement decision waiting (personnel.batches.demo)."""
    from personnel.batches.demo import load

    return load(client, token, rng, call=call)


PARTS.append(("batches", ".demo-batches-loaded", batches))


def certifications(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """Monthly certifications: the month before last certified by the heads of Sở Nội vụ and Sở Tư pháp in its
    window, last month Sở Nội vụ on time and Sở Tư pháp late, each a signed PDF (personnel.certifications.demo)."""
    import asyncio

    from common.testing.stack import port
    from personnel.certifications.demo import HEADS, load

    url = f"postgresql+asyncpg://postgres@127.0.0.1:{port('pg')}/personnel"
    made = asyncio.run(load(url, {user: token(user) for user in HEADS.values()}))
    print(f"demo data: {made} monthly certifications signed")
    return True


PARTS.append(("certifications", ".demo-certifications-loaded", certifications))


def dashboard(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """This year's staffing quotas near each unit's headcount (the home page's chart of headcount against
    quota) and lists saved for Sở Nội vụ and Sở Tư pháp (reporting.demo)."""
    from reporting.demo import load

    return load(client, token, rng, call=call)


PARTS.append(("dashboard", ".demo-dashboard-loaded", dashboard))


def import_approvals(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """Imports in mode submitted: one approved whole by the Department under one decision, one waiting for
    Sở Tư pháp's leader (personnel.imports.demo)."""
    from personnel.imports.demo import load

    return load(client, token, rng, call=call, profile=profile)


PARTS.append(("import-approvals", ".demo-import-approvals-loaded", import_approvals))



def declarations(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """This year's self-declaration round (Art. 9.2b): Sở Tư pháp's links, one change approved, one waiting in the
    unit's drafts, one "nothing changed", the rest not declared (personnel.declarations.demo)."""
    from personnel.declarations.demo import load

    return load(client, token, rng, call=call)


PARTS.append(("declarations", ".demo-declarations-loaded", declarations))


def rotation(client: httpx.Client, token, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """A civil servant of Sở Tài chính rotated down to Xã Phú Linh (luân chuyển về cơ sở), done: sent by the
    Department, accepted and forwarded by the commune, applied to the record. BM02's column 38 counts them."""
    people = call(client, "GET", "/api/personnel/persons", token("snv.admin"),
                  params={"unit_id": "STC", "size": 50})["items"]
    candidates = [p["person_id"] for p in people if p.get("unit_id") == "STC" and not p.get("position")]
    rng.shuffle(candidates)
    chosen = next((pid for pid in candidates if (call(client, "GET", f"/api/personnel/persons/{pid}",
                   token("snv.admin")).get("profile") or {}).get("recruitment", {}).get("staff_category")
                   == "civil_servant"), None)
    if chosen is None:
        print("demo data: no civil servant of Sở Tài chính to rotate")
        return False
    effective = working_days_back(8)
    case = open_case(client, token("snv.admin"), {
        "kind": "rotation", "person_id": chosen, "to_unit_id": "00706",
        "decision_number": "2093/QĐ-UBND", "decision_signed_on": (effective - timedelta(days=3)).isoformat(),
        "effective_on": effective.isoformat(), "signer": "Chủ tịch UBND tỉnh",
        "note": "Luân chuyển công chức về cơ sở"})
    for step, user in (("send", "snv.admin"), ("accept", "xa.phulinh"), ("forward", "xa.phulinh")):
        call(client, "POST", f"/api/transfer/cases/{case['id']}/{step}", token(user), json={})
    print("demo data: a rotation from Sở Tài chính to Xã Phú Linh")
    return True


PARTS.append(("rotation", ".demo-rotation-loaded", rotation))

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
            done = load(client, token, random.Random(f"{SEED}-{name}") if name != "people" else rng)
            if markers is not None and done is not False:
                (markers / marker).touch()


if __name__ == "__main__":
    sys.exit(main())
