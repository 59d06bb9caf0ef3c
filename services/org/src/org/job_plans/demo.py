"""Demo job positions and approved job-position plans for Sở Nội vụ, Sở Tư pháp and Xã Ngọc Đường (a
first version and, for SNV and STP, a second after the two-level reorganisation). Decision numbers marked
DEMO are placeholders. Seeded with the demo tree, once per unit that has no plan yet."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from org.job_plans.tables import JobPositionPlan, JobPositionPlanItem
from org.staffing.tables import JobPosition
from org.units.tables import Unit

ISSUER = "Chủ tịch UBND tỉnh Tuyên Quang"
L, P, S, H = "leadership", "professional", "shared_professional", "support"
# code, name, category, acceptable ranks
POSITIONS: dict[str, list[tuple[str, str, str, list[str]]]] = {
    "SNV": [
        ("LD.GD", "Giám đốc Sở", L, ["01.001", "01.002"]),
        ("LD.PGD", "Phó Giám đốc Sở", L, ["01.001", "01.002"]),
        ("LD.TP", "Trưởng phòng và tương đương", L, ["01.002"]),
        ("LD.PTP", "Phó Trưởng phòng và tương đương", L, ["01.002", "01.003"]),
        ("CM.TCBM", "Chuyên viên về tổ chức bộ máy", P, ["01.002", "01.003"]),
        ("CM.CCVC", "Chuyên viên về quản lý công chức, viên chức", P, ["01.002", "01.003"]),
        ("CM.CCHC", "Chuyên viên về cải cách hành chính", P, ["01.002", "01.003"]),
        ("CM.CQDP", "Chuyên viên về chính quyền địa phương", P, ["01.002", "01.003"]),
        ("CM.TDKT", "Chuyên viên về thi đua, khen thưởng", P, ["01.002", "01.003"]),
        ("DC.PC", "Chuyên viên pháp chế", S, ["01.003"]),
        ("DC.TH", "Chuyên viên tổng hợp", S, ["01.002", "01.003"]),
        ("DC.TT", "Thanh tra viên", S, ["04.024", "04.025"]),
        ("HT.VT", "Văn thư viên", H, ["02.007", "02.008"]),
        ("HT.KT", "Kế toán viên", H, ["06.031", "06.032"]),
    ],
    "STP": [
        ("LD.GD", "Giám đốc Sở", L, ["01.001", "01.002"]),
        ("LD.PGD", "Phó Giám đốc Sở", L, ["01.001", "01.002"]),
        ("LD.TP", "Trưởng phòng và tương đương", L, ["01.002"]),
        ("CM.HCTP", "Chuyên viên về hành chính tư pháp", P, ["01.002", "01.003"]),
        ("CM.BTTP", "Chuyên viên về bổ trợ tư pháp", P, ["01.002", "01.003"]),
        ("CM.PBGD", "Chuyên viên về phổ biến, giáo dục pháp luật", P, ["01.002", "01.003"]),
        ("CM.XLVP", "Chuyên viên về quản lý xử lý vi phạm hành chính", P, ["01.003"]),
        ("DC.TH", "Chuyên viên tổng hợp", S, ["01.002", "01.003"]),
        ("HT.VT", "Văn thư viên", H, ["02.007", "02.008"]),
        ("HT.KT", "Kế toán viên", H, ["06.031", "06.032"]),
    ],
    "00700": [
        ("CM.VP", "Công chức Văn phòng - Thống kê", P, ["01.003", "01.004"]),
        ("CM.TP", "Công chức Tư pháp - Hộ tịch", P, ["01.003", "01.004"]),
        ("CM.DC", "Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường", P, ["01.003", "01.004"]),
        ("CM.TCKT", "Công chức Tài chính - Kế toán", P, ["01.003", "06.031"]),
        ("CM.VHXH", "Công chức Văn hóa - Xã hội", P, ["01.003", "01.004"]),
        ("HT.VT", "Văn thư viên", H, ["02.007", "02.008"]),
    ],
}
# unit, decision number, decision date, effective date, {code: posts}
PLANS: list[tuple[str, str, date, date, dict[str, int]]] = [
    ("SNV", "DEMO-212/QĐ-UBND", date(2025, 3, 20), date(2025, 4, 1),
     {"LD.GD": 1, "LD.PGD": 3, "LD.TP": 5, "LD.PTP": 8, "CM.TCBM": 6, "CM.CCVC": 7, "CM.CCHC": 4, "CM.CQDP": 5,
      "CM.TDKT": 4, "DC.PC": 1, "DC.TH": 2, "DC.TT": 4, "HT.VT": 2, "HT.KT": 2}),
    ("SNV", "DEMO-1045/QĐ-UBND", date(2025, 9, 15), date(2025, 10, 1),
     {"LD.GD": 1, "LD.PGD": 3, "LD.TP": 5, "LD.PTP": 7, "CM.TCBM": 6, "CM.CCVC": 8, "CM.CCHC": 4, "CM.CQDP": 7,
      "CM.TDKT": 4, "DC.PC": 1, "DC.TH": 2, "HT.VT": 2, "HT.KT": 2}),
    ("STP", "DEMO-230/QĐ-UBND", date(2025, 3, 25), date(2025, 4, 1),
     {"LD.GD": 1, "LD.PGD": 2, "LD.TP": 3, "CM.HCTP": 4, "CM.BTTP": 3, "CM.PBGD": 3, "CM.XLVP": 2, "DC.TH": 2,
      "HT.VT": 1, "HT.KT": 1}),
    ("STP", "DEMO-1102/QĐ-UBND", date(2026, 1, 12), date(2026, 1, 12),
     {"LD.GD": 1, "LD.PGD": 3, "LD.TP": 3, "CM.HCTP": 5, "CM.BTTP": 3, "CM.PBGD": 3, "CM.XLVP": 2, "DC.TH": 2,
      "HT.VT": 1, "HT.KT": 1}),
    ("00700", "DEMO-845/QĐ-UBND", date(2025, 7, 10), date(2025, 7, 10),
     {"CM.VP": 3, "CM.TP": 2, "CM.DC": 3, "CM.TCKT": 2, "CM.VHXH": 3, "HT.VT": 1}),
]
RETIRED = {("SNV", "DC.TT"): date(2025, 9, 30)}  # inspectors moved to the provincial inspectorate
ACTOR = "org"


async def seed_demo_job_plans(session: AsyncSession) -> int:
    """Positions and approved plans of the demo units that exist and have no plan yet; returns plans made."""
    made = 0
    for unit_id, positions in POSITIONS.items():
        unit = await session.get(Unit, unit_id)
        if unit is None or await session.scalar(select(func.count()).select_from(JobPositionPlan).where(
                JobPositionPlan.unit_id == unit_id)):
            continue
        have = set((await session.scalars(select(JobPosition.code).where(JobPosition.unit_id == unit_id))).all())
        latest = [p for p in PLANS if p[0] == unit_id][-1][4]  # the posts of the plan in force
        for code, name, category, ranks in positions:
            if code not in have:
                session.add(JobPosition(unit_id=unit_id, code=code, name=name, category=category, rank_codes=ranks,
                                        quantity=latest.get(code, 0), valid_from=unit.established_on,
                                        valid_to=RETIRED.get((unit_id, code)),
                                        active=(unit_id, code) not in RETIRED))
        await session.flush()
        for version, (uid, number, signed, effective, lines) in enumerate(
                [p for p in PLANS if p[0] == unit_id], start=1):
            at = datetime(signed.year, signed.month, signed.day, 3, tzinfo=UTC)
            plan = JobPositionPlan(unit_id=uid, version=version, effective_on=effective, decision_number=number,
                                   decision_date=signed, issuer=ISSUER, state="approved",
                                   submitted_by="demo", submitted_at=at, decided_by="demo", decided_at=at)
            session.add(plan)
            await session.flush()
            for i, (code, posts) in enumerate(lines.items()):
                session.add(JobPositionPlanItem(plan_id=plan.id, position_code=code, posts=posts, sort_order=i))
            made += 1
    await session.flush()
    return made
