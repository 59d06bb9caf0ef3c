"""Reading catalogs from CSV files: the shared domain reference (ORG_CATALOG_DIR) and org's own
built-in catalogs (unit types, blocks, management levels, job-position categories).

Each file is one catalog named by its stem. The CSVs differ in shape, so each row is mapped as:
code from `code` (or the catalog's key columns below), name from the first of name_vi / name /
group_name_vi, validity from valid_from|effective_from and valid_to, order from the row's position;
every other column is kept as an attribute."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

BUILTIN_DIR = Path(__file__).parent / "builtin"

# Catalogs whose rows have no `code` column: the columns that identify a row, joined with ":".
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "base_salary": ("effective_from",),
    "holiday_calendar_2024_2026": ("date",),
    "cccd_century_gender_digit": ("digit",),
    "retirement_age": ("gender", "birth_month"),
    "retirement_age_by_year": ("retire_year",),
    "salary_grades": ("table", "group", "step"),
}
NAME_COLUMNS = ("name_vi", "name", "group_name_vi")
FROM_COLUMNS = ("valid_from", "effective_from")

TITLES: dict[str, str] = {
    "academic_titles": "Học hàm", "award_forms": "Hình thức khen thưởng", "base_salary": "Mức lương cơ sở",
    "blood_groups": "Nhóm máu", "cccd_century_gender_digit": "Mã thế kỷ và giới tính (CCCD)",
    "cccd_province_codes": "Mã tỉnh nơi đăng ký khai sinh (CCCD)", "discipline_forms": "Hình thức kỷ luật",
    "employment_status": "Trạng thái công tác", "emulation_titles": "Danh hiệu thi đua",
    "ethnic_groups": "Dân tộc", "evaluation_levels": "Xếp loại chất lượng", "family_relations": "Quan hệ gia đình",
    "foreign_language_levels": "Trình độ ngoại ngữ", "gender": "Giới tính",
    "general_education": "Trình độ giáo dục phổ thông", "health_status": "Tình trạng sức khỏe",
    "holiday_calendar_2024_2026": "Lịch nghỉ lễ, làm bù", "it_levels": "Trình độ tin học",
    "leadership_allowance": "Phụ cấp chức vụ lãnh đạo", "leaving_service_forms": "Hình thức thôi việc, nghỉ",
    "marital_status": "Tình trạng hôn nhân", "political_theory_levels": "Trình độ lý luận chính trị",
    "professional_qualifications": "Trình độ chuyên môn", "provinces_2025": "Tỉnh, thành phố (2025)",
    "public_holidays": "Ngày lễ", "ranks": "Ngạch công chức, chức danh nghề nghiệp",
    "recruitment_forms": "Hình thức tuyển dụng", "religions": "Tôn giáo", "retirement_age": "Tuổi nghỉ hưu",
    "retirement_age_by_year": "Tuổi nghỉ hưu theo năm", "salary_grades": "Bậc lương, hệ số lương",
    "state_management_levels": "Trình độ quản lý nhà nước",
    "tuyen_quang_communes_2025": "Xã, phường tỉnh Tuyên Quang (2025)",
    "tuyen_quang_departments_demo": "Sở, ngành tỉnh Tuyên Quang",
    "vien_chuc_career_levels": "Bậc nghề nghiệp viên chức",
    "unit_types": "Loại đơn vị", "unit_blocks": "Khối", "management_levels": "Cấp quản lý",
    "job_position_categories": "Nhóm vị trí việc làm",
    "recruitment_sources": "Nguồn tuyển dụng", "salary_sectors": "Ngành lương (bảng lương)",
    "salary_raise_forms": "Hình thức nâng lương", "allowance_types": "Loại phụ cấp",
    "training_modes": "Hình thức đào tạo", "specialties": "Chuyên ngành đào tạo",
    "diplomas": "Văn bằng, chứng chỉ", "schools": "Cơ sở đào tạo",
    "war_invalid_grades": "Hạng thương binh, bệnh binh", "family_backgrounds": "Thành phần gia đình xuất thân",
    "policy_beneficiaries": "Đối tượng chính sách", "honorary_titles": "Danh hiệu vinh dự nhà nước",
}


@dataclass
class SeedItem:
    code: str
    name: str
    sort_order: int
    valid_from: date | None = None
    valid_to: date | None = None
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass
class SeedCatalog:
    catalog: str
    name: str
    source: str
    attribute_names: list[str]
    items: list[SeedItem]


def _date(text: str | None) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def read_catalog(path: Path) -> SeedCatalog:
    catalog = path.stem
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        columns = list(reader.fieldnames or [])
        keys = KEY_COLUMNS.get(catalog, ("code",) if "code" in columns else (columns[0],))
        name_col = next((c for c in NAME_COLUMNS if c in columns), None)
        from_col = next((c for c in FROM_COLUMNS if c in columns), None)
        used = {*keys, name_col, from_col, "valid_to"} - {"code"}
        attr_names = [c for c in columns if c not in used and c != "code"] + [k for k in keys if k != "code"]
        items: dict[str, SeedItem] = {}
        for i, row in enumerate(reader, start=1):
            code = ":".join((row.get(k) or "").strip() for k in keys)
            if not code or code in items:
                continue  # the first row of a repeated code wins; files are reference data, not ledgers
            items[code] = SeedItem(
                code=code,
                name=((row.get(name_col) or "").strip() if name_col else "") or code,
                sort_order=i,
                valid_from=_date(row.get(from_col)) if from_col else None,
                valid_to=_date(row.get("valid_to")),
                attributes={c: (row.get(c) or "").strip() or None for c in attr_names},
            )
    return SeedCatalog(catalog=catalog, name=TITLES.get(catalog, catalog), source=path.name,
                       attribute_names=attr_names, items=list(items.values()))


def catalog_files(shared_dir: Path) -> list[Path]:
    """The shared files, then the built-in ones not also present there."""
    shared = sorted(shared_dir.glob("*.csv")) if shared_dir.is_dir() else []
    names = {p.stem for p in shared}
    return shared + [p for p in sorted(BUILTIN_DIR.glob("*.csv")) if p.stem not in names]
