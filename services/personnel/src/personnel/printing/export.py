"""The person list as a spreadsheet: Vietnamese column titles, catalog codes as names (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from common.exports import Column
from personnel.printing.view import CatalogNames

STAFF_CATEGORIES = {"cadre": "Cán bộ", "civil_servant": "Công chức", "public_employee": "Viên chức",
                    "contract_worker": "Người lao động"}
CATALOGS = {"gender", "ethnic_groups", "ranks", "professional_qualifications", "political_theory_levels",
            "employment_status"}

COLUMNS = [
    Column("no", "STT", 6),
    Column("full_name", "Họ và tên", 26),
    Column("birth_date", "Ngày sinh", 12),
    Column("gender", "Giới tính", 9),
    Column("ethnicity", "Dân tộc", 10),
    Column("unit", "Đơn vị", 30),
    Column("position", "Chức vụ", 22),
    Column("staff_category", "Loại", 12),
    Column("rank", "Ngạch/chức danh nghề nghiệp", 24),
    Column("rank_code", "Mã ngạch", 10),
    Column("salary_step", "Bậc lương", 9),
    Column("salary_coefficient", "Hệ số lương", 10),
    Column("qualification", "Trình độ chuyên môn", 16),
    Column("political_theory_level", "Lý luận chính trị", 14),
    Column("party_member", "Đảng viên", 10),
    Column("status", "Trạng thái", 16),
]


def _float(text: str | None) -> float | None:
    try:
        return float(Decimal(text)) if text else None
    except InvalidOperation:
        return None


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def sheet_rows(rows: Iterable[Any], names: CatalogNames) -> list[dict[str, Any]]:
    def name(catalog: str, code: str | None) -> str | None:
        return (names.name(catalog, code) or code) if code else None

    out = []
    for n, r in enumerate(rows, start=1):
        out.append({
            "no": n, "full_name": r.full_name, "birth_date": r.birth_date, "gender": name("gender", r.gender),
            "ethnicity": name("ethnic_groups", r.ethnicity), "unit": r.unit_name or r.unit_id,
            "position": r.position, "staff_category": STAFF_CATEGORIES.get(r.staff_category or "", r.staff_category),
            "rank": name("ranks", r.rank_code), "rank_code": r.rank_code, "salary_step": _int(r.salary_step),
            "salary_coefficient": _float(r.salary_coefficient),
            "qualification": name("professional_qualifications", r.qualification),
            "political_theory_level": name("political_theory_levels", r.political_theory_level),
            "party_member": "Đảng viên" if r.party_member else None,
            "status": name("employment_status", r.status),
        })
    return out
