"""The Tuyên Quang demo tree, seeded on first start when the unit table is empty.

Root TQ (UBND tỉnh); the departments of tuyen_quang_departments_demo.csv and the communes and wards of
tuyen_quang_communes_2025.csv under it; a few divisions (phòng) under some departments; and four former
districts, dissolved on 2025-07-01 when the two-level local government began, so that the tree as of an
earlier date shows them. Founding dates and decision numbers marked DEMO are placeholders, not history."""

from __future__ import annotations

import csv
import logging
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from org.units import service as unit_service
from org.units.schemas import DecisionIn, UnitCreate
from org.units.tables import Unit

log = logging.getLogger(__name__)
ACTOR = "org"
AUDIT = AuditContext.system("org", ACTOR)  # the demo tree is loaded by the service itself
PROVINCE_FOUNDED = date(1991, 10, 1)
DEPARTMENTS_FROM = date(2025, 3, 1)
TWO_LEVEL_FROM = date(2025, 7, 1)
FORMER_DISTRICTS = [("TP_TUYENQUANG", "Thành phố Tuyên Quang"), ("H_YENSON", "Huyện Yên Sơn"),
                    ("H_SONDUONG", "Huyện Sơn Dương"), ("H_HAMYEN", "Huyện Hàm Yên")]
DIVISIONS = {
    "SNV": [("SNV.VP", "Văn phòng Sở"), ("SNV.TCBC", "Phòng Tổ chức, biên chế và tổ chức phi chính phủ"),
            ("SNV.CCVC", "Phòng Công chức, viên chức")],
    "STP": [("STP.VP", "Văn phòng Sở"), ("STP.HCTP", "Phòng Hành chính tư pháp")],
    "SYT": [("SYT.VP", "Văn phòng Sở"), ("SYT.NVY", "Phòng Nghiệp vụ Y")],
}
DEPARTMENT_TYPES = {"so", "co_quan_chuyen_mon", "co_quan_khac", "don_vi_khac"}


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        log.warning("demo source missing", extra={"path": str(path)})
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _unit(unit_id: str, name: str, parent: str | None, on: date, decision: str, **fields: object) -> UnitCreate:
    return UnitCreate(unit_id=unit_id, name=name, parent_id=parent, effective_on=on, decision_number=decision,
                      unit_block="chinh_quyen", **fields)  # type: ignore[arg-type]


async def seed_demo_tree(session: AsyncSession, catalog_dir: Path) -> int:
    """Create the demo tree if there is no unit yet; returns the number of units created."""
    if await session.scalar(select(func.count()).select_from(Unit)):
        return 0
    plan = [_unit("TQ", "Tỉnh Tuyên Quang", None, PROVINCE_FOUNDED, "DEMO-01/1991", short_name="UBND tỉnh",
                  unit_type="tinh", management_level="province")]
    plan += [_unit(code, name, "TQ", PROVINCE_FOUNDED, "DEMO-02/1991", unit_type="huyen",
                   management_level="district", sort_order=900 + i)
             for i, (code, name) in enumerate(FORMER_DISTRICTS)]
    for i, row in enumerate(_rows(catalog_dir / "tuyen_quang_departments_demo.csv")):
        kind = row["type"] if row["type"] in DEPARTMENT_TYPES else "don_vi_khac"
        plan.append(_unit(row["code"], row["name_vi"], "TQ", DEPARTMENTS_FROM, "DEMO-15/2025/QĐ-UBND",
                          short_name=row["code"], unit_type=kind, management_level="department", sort_order=100 + i))
        for j, (code, name) in enumerate(DIVISIONS.get(row["code"], [])):
            plan.append(_unit(code, name, row["code"], DEPARTMENTS_FROM, "DEMO-15/2025/QĐ-UBND",
                              unit_type="phong", management_level="unit", sort_order=j))
    for i, row in enumerate(_rows(catalog_dir / "tuyen_quang_communes_2025.csv")):
        kind = "phuong" if row["division_type"].strip() == "phường" else "xa"
        plan.append(_unit(row["code"], row["name_vi"], "TQ", TWO_LEVEL_FROM, "1684/NQ-UBTVQH15 (DEMO)",
                          unit_type=kind, management_level="commune", sort_order=1000 + i))
    for data in plan:
        await unit_service.create_unit(session, data=data, audit=AUDIT)
    end = DecisionIn(decision_number="1684/NQ-UBTVQH15 (DEMO)", effective_on=TWO_LEVEL_FROM)
    for code, _ in FORMER_DISTRICTS:
        unit = await unit_service.require(session, code)
        await unit_service.apply_dissolve(session, unit, end, ACTOR, detail={"note": "Chính quyền địa phương hai cấp"})
    return len(plan)
