"""The fields an ad-hoc list may show and filter on, and the checks of a definition (pure).

Every column and filter is something personnel's events already carry into the read model (person_fact);
what they do not carry (training courses, family, languages, IT level) cannot be listed yet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reporting.reports.dimensions import DIMENSIONS


@dataclass(frozen=True)
class ListColumn:
    key: str
    vi: str
    en: str
    sql: str  # an expression over the state f, the unit m and the rank k (reports/sql.py's FROM)
    width: int = 18


def _name(catalog: str, column: str) -> str:
    """The catalog item's name for a code (the code itself when the catalog copy lacks it)."""
    return (f"coalesce((SELECT c.name FROM catalog_copy_item c WHERE c.catalog = '{catalog}' "
            f"AND c.code = {column}), {column})")


STAFF_CATEGORY_SQL = ("CASE f.staff_category WHEN 'cadre' THEN 'Cán bộ' WHEN 'civil_servant' THEN 'Công chức' "
                      "WHEN 'public_employee' THEN 'Viên chức' WHEN 'contract_worker' THEN 'Hợp đồng lao động' "
                      "ELSE f.staff_category END")
GENDER_SQL = "CASE f.gender WHEN '1' THEN 'Nam' WHEN '2' THEN 'Nữ' END"
COLUMNS: dict[str, ListColumn] = {c.key: c for c in (
    ListColumn("full_name", "Họ và tên", "Full name", "f.full_name", 28),
    ListColumn("unit_name", "Đơn vị", "Unit", "u.name", 30),
    ListColumn("gender", "Giới tính", "Sex", GENDER_SQL, 10),
    ListColumn("birth_date", "Ngày sinh", "Date of birth", "f.birth_date", 12),
    ListColumn("age", "Tuổi", "Age", "CAST(date_part('year', age(CAST(:as_of AS date), f.birth_date)) AS int)", 8),
    ListColumn("staff_category", "Loại cán bộ", "Staff category", STAFF_CATEGORY_SQL, 16),
    ListColumn("position", "Chức vụ", "Position", "f.position", 24),
    ListColumn("rank_code", "Mã ngạch/chức danh", "Rank code", "f.rank_code", 12),
    ListColumn("rank_name", "Ngạch/chức danh", "Rank", _name("ranks", "f.rank_code"), 26),
    ListColumn("salary_step", "Bậc lương", "Salary step", "f.salary_step", 8),
    ListColumn("salary_coefficient", "Hệ số lương", "Salary coefficient", "f.salary_coefficient", 10),
    ListColumn("qualification", "Trình độ chuyên môn", "Qualification",
               _name("professional_qualifications", "f.qualification"), 12),
    ListColumn("political_theory_level", "Lý luận chính trị", "Political theory",
               _name("political_theory_levels", "f.political_theory_level"), 12),
    ListColumn("state_management_level", "Quản lý nhà nước", "State management",
               _name("state_management_levels", "f.state_management_level"), 12),
    ListColumn("ethnicity", "Dân tộc", "Ethnicity", _name("ethnic_groups", "f.ethnicity"), 10),
    ListColumn("religion", "Tôn giáo", "Religion", _name("religions", "f.religion"), 10),
    ListColumn("party_member", "Đảng viên", "Party member",
               "CASE WHEN f.party_member THEN 'Có' ELSE 'Không' END", 10),
    ListColumn("first_recruited_on", "Ngày tuyển dụng", "First recruited", "f.first_recruited_on", 12),
)}
DEFAULT_COLUMNS = ("full_name", "unit_name", "birth_date", "gender", "position", "rank_name")

# Filters on the report dimensions (a list of their values), plus these:
EXTRA_FILTERS = {"age_min", "age_max", "name_contains", "rank_code", "qualification", "unit_ids"}
FILTER_DIMENSIONS = ("sex", "staff_category", "party_member", "ethnic_minority", "grade_group", "title_rank",
                     "professional_level", "political_theory", "state_management", "age_band")
MAX_COLUMNS, MAX_VALUES, MAX_TEXT = 30, 200, 100


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    params: dict[str, Any]


def check(columns: list[str], filters: dict[str, Any]) -> list[Problem]:
    """Every reason the definition cannot run: unknown or repeated columns, unknown filters, values a
    filter does not have, an age range the wrong way round."""
    problems: list[Problem] = []
    if not columns:
        problems.append(Problem("columns", "list.no_columns", {}))
    if len(columns) > MAX_COLUMNS:
        problems.append(Problem("columns", "list.too_many_columns", {"max": MAX_COLUMNS}))
    for c in columns:
        if c not in COLUMNS:
            problems.append(Problem("columns", "list.unknown_column", {"column": c}))
    if len(set(columns)) != len(columns):
        problems.append(Problem("columns", "list.repeated_column", {}))
    for key, value in filters.items():
        field = f"filters.{key}"
        if key in FILTER_DIMENSIONS:
            allowed = DIMENSIONS[key].values or ()
            values = value if isinstance(value, list) else None
            if not values or len(values) > MAX_VALUES:
                problems.append(Problem(field, "list.bad_filter_value", {"filter": key}))
                continue
            for v in values:
                if v not in allowed or isinstance(v, bool) != isinstance(allowed[0], bool):
                    problems.append(Problem(field, "list.bad_filter_value", {"filter": key}))
                    break
        elif key in ("age_min", "age_max"):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
                problems.append(Problem(field, "list.bad_age", {}))
        elif key == "name_contains":
            if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
                problems.append(Problem(field, "list.bad_filter_value", {"filter": key}))
        elif key in ("rank_code", "qualification", "unit_ids"):
            if (not isinstance(value, list) or not value or len(value) > MAX_VALUES
                    or not all(isinstance(v, str) and 0 < len(v) <= 64 for v in value)):
                problems.append(Problem(field, "list.bad_filter_value", {"filter": key}))
        else:
            problems.append(Problem(field, "list.unknown_filter", {"filter": key}))
    lo, hi = filters.get("age_min"), filters.get("age_max")
    if isinstance(lo, int) and isinstance(hi, int) and lo > hi:
        problems.append(Problem("filters.age_min", "list.age_range", {}))
    return problems


def given_name_key(full_name: str) -> tuple[str, str]:
    """Vietnamese lists are sorted by the given name (the last word), then the whole name."""
    return (full_name.rsplit(" ", 1)[-1], full_name)
