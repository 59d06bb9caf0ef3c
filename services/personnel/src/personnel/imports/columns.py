"""The template's layout: one sheet for the main profile, one per history table, each column a field of
personnel.profiles.schema.Profile with its Vietnamese header and how a cell is read. Pure data."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    path: str  # dotted path inside the profile (main sheet) or inside one row of the table
    header: str
    kind: str = "text"  # text | date | month | int | decimal | catalog | open | choice | unit
    # open: a catalog whose field also keeps text as written (profiles.schema.OPEN_CATALOGS)
    catalog: str | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, Vietnamese label)
    width: int = 18


@dataclass(frozen=True)
class Sheet:
    name: str  # the Vietnamese sheet title (at most 31 characters)
    table: str | None  # None: the main profile; else the profile's list ("education.foreign_languages")
    columns: tuple[Column, ...]
    note: str = ""
    key_header: str = "Số định danh cá nhân (CCCD)"
    extra: tuple[Column, ...] = field(default=())


UNIT = "unit_id"
KEY = "identity.personal_id_number"
STAFF = (("cadre", "Cán bộ"), ("civil_servant", "Công chức"), ("public_employee", "Viên chức"),
         ("contract_worker", "Người lao động"))
TRAINING_KINDS = (("professional", "Chuyên môn, nghiệp vụ"), ("political_theory", "Lý luận chính trị"),
                  ("state_management", "Quản lý nhà nước"), ("defence_security", "Quốc phòng - an ninh"),
                  ("it", "Tin học"), ("language", "Ngoại ngữ"), ("other", "Khác"))
SIDES = (("self", "Về bản thân"), ("spouse", "Về bên vợ/chồng"))

MAIN = Sheet("Hồ sơ", None, (
    Column(UNIT, "Mã đơn vị", "unit", width=30),
    Column("identity.full_name", "Họ và tên", width=26),
    Column("identity.gender", "Giới tính", "catalog", "gender", width=10),
    Column("identity.birth_date", "Ngày sinh", "date", width=12),
    Column("identity.other_names", "Tên gọi khác"),
    Column("identity.ethnicity", "Dân tộc", "catalog", "ethnic_groups"),
    Column("identity.religion", "Tôn giáo", "catalog", "religions"),
    Column("identity.personal_id_issued_on", "Ngày cấp CCCD", "date", width=12),
    Column("identity.personal_id_issued_by", "Nơi cấp CCCD"),
    Column("identity.social_insurance_number", "Số sổ BHXH", width=14),
    Column("identity.health_insurance_number", "Số thẻ BHYT", width=16),
    Column("identity.phone", "Điện thoại", width=14),
    Column("identity.email", "Thư điện tử"),
    Column("identity.birth_place.text", "Nơi sinh", width=30),
    Column("identity.home_town.text", "Quê quán", width=30),
    Column("identity.permanent_address.text", "Nơi thường trú", width=30),
    Column("identity.current_address.text", "Nơi ở hiện nay", width=30),
    Column("identity.marital_status", "Tình trạng hôn nhân", "catalog", "marital_status"),
    Column("recruitment.staff_category", "Loại cán bộ, công chức, viên chức", "choice", choices=STAFF),
    Column("recruitment.first_recruited_on", "Ngày tuyển dụng lần đầu", "date", width=12),
    Column("recruitment.recruiting_body", "Cơ quan tuyển dụng"),
    Column("recruitment.recruitment_form", "Hình thức tuyển dụng", "catalog", "recruitment_forms"),
    Column("recruitment.joined_current_agency_on", "Ngày vào cơ quan hiện nay", "date", width=12),
    Column("political.party_joined_on", "Ngày vào Đảng", "date", width=12),
    Column("political.party_official_on", "Ngày chính thức", "date", width=12),
    Column("education.general_education", "Giáo dục phổ thông", "catalog", "general_education"),
    Column("education.highest_qualification", "Trình độ chuyên môn cao nhất", "catalog",
           "professional_qualifications"),
    Column("education.major", "Chuyên ngành", "open", "specialties"),
    Column("education.political_theory_level", "Lý luận chính trị", "catalog", "political_theory_levels"),
    Column("education.state_management_level", "Quản lý nhà nước", "catalog", "state_management_levels"),
    Column("education.it_level", "Tin học", "catalog", "it_levels"),
    Column("positions.current_position", "Chức vụ hiện tại"),
    Column("positions.appointed_on", "Ngày bổ nhiệm", "date", width=12),
    Column("salary.rank_code", "Ngạch, chức danh nghề nghiệp", "catalog", "ranks", width=30),
    Column("salary.rank_appointed_on", "Ngày bổ nhiệm ngạch", "date", width=12),
    Column("salary.salary_step", "Bậc lương", "int", width=8),
    Column("salary.salary_coefficient", "Hệ số lương", "decimal", width=8),
    Column("salary.salary_effective_on", "Ngày hưởng lương", "date", width=12),
    Column("salary.position_allowance", "Phụ cấp chức vụ", "decimal", width=8),
    Column("health.health_status", "Tình trạng sức khoẻ", "catalog", "health_status"),
    Column("health.height_cm", "Chiều cao (cm)", "int", width=8),
    Column("health.weight_kg", "Cân nặng (kg)", "int", width=8),
    Column("health.blood_group", "Nhóm máu", "catalog", "blood_groups", width=8),
), note="Một dòng một người. Ô để trống: giữ nguyên giá trị đang có của hồ sơ.")

HISTORY = (
    Sheet("Đào tạo, bồi dưỡng", "training", (
        Column("kind", "Loại đào tạo", "choice", choices=TRAINING_KINDS),
        Column("from_month", "Từ tháng", "month", width=10),
        Column("to_month", "Đến tháng", "month", width=10),
        Column("institution", "Cơ sở đào tạo", width=30),
        Column("field", "Chuyên ngành"),
        Column("mode", "Hình thức", "open", "training_modes"),
        Column("degree", "Văn bằng, chứng chỉ"),
        Column("qualification", "Trình độ", "catalog", "professional_qualifications"),
    )),
    Sheet("Quá trình công tác", "work_history", (
        Column("from_month", "Từ tháng", "month", width=10),
        Column("to_month", "Đến tháng", "month", width=10),
        Column("unit_name", "Cơ quan, đơn vị", width=34),
        Column("position", "Chức danh, chức vụ"),
    )),
    Sheet("Quan hệ gia đình", "family_relations", (
        Column("side", "Bên", "choice", choices=SIDES),
        Column("relation", "Quan hệ", "catalog", "family_relations"),
        Column("full_name", "Họ và tên", width=26),
        Column("birth_year", "Năm sinh", "int", width=8),
        Column("details", "Quê quán, nghề nghiệp, nơi công tác", width=40),
    )),
    Sheet("Quá trình lương", "salary_history", (
        Column("from_month", "Từ tháng", "month", width=10),
        Column("to_month", "Đến tháng", "month", width=10),
        Column("rank_code", "Ngạch, chức danh", "catalog", "ranks", width=30),
        Column("step", "Bậc", "int", width=6),
        Column("coefficient", "Hệ số", "decimal", width=8),
        Column("decision_number", "Số quyết định"),
    )),
    Sheet("Phụ cấp", "allowance_history", (
        Column("from_month", "Từ tháng", "month", width=10),
        Column("to_month", "Đến tháng", "month", width=10),
        Column("kind", "Loại phụ cấp", "open", "allowance_types"),
        Column("percent", "Phần trăm", "decimal", width=8),
        Column("coefficient", "Hệ số", "decimal", width=8),
    )),
    Sheet("Khen thưởng", "awards", (
        Column("year", "Năm", "int", width=8),
        Column("form", "Hình thức khen thưởng", "catalog", "award_forms", width=30),
        Column("level", "Cấp khen"),
        Column("decision_number", "Số quyết định"),
        Column("decided_on", "Ngày quyết định", "date", width=12),
        Column("issuer", "Cơ quan quyết định"),
    )),
    Sheet("Kỷ luật", "disciplines", (
        Column("from_month", "Từ tháng", "month", width=10),
        Column("to_month", "Đến tháng", "month", width=10),
        Column("form", "Hình thức kỷ luật", "catalog", "discipline_forms", width=24),
        Column("violation", "Hành vi vi phạm", width=30),
        Column("decided_by", "Cơ quan quyết định"),
        Column("decision_number", "Số quyết định"),
        Column("decided_on", "Ngày quyết định", "date", width=12),
    )),
    Sheet("Đánh giá, xếp loại", "evaluations", (
        Column("year", "Năm", "int", width=8),
        Column("rating", "Xếp loại", "catalog", "evaluation_levels", width=24),
        Column("emulation_title", "Danh hiệu thi đua", "catalog", "emulation_titles", width=24),
        Column("award", "Khen thưởng"),
    )),
    Sheet("Ngoại ngữ", "education.foreign_languages", (
        Column("language", "Ngoại ngữ"),
        Column("level", "Trình độ", "catalog", "foreign_language_levels", width=24),
    )),
)
SHEETS = (MAIN, *HISTORY)
CATALOG_SHEET = "Danh mục"
GUIDE_SHEET = "Hướng dẫn"


def catalogs_used() -> list[str]:
    seen: dict[str, None] = {}
    for sheet in SHEETS:
        for col in sheet.columns:
            if col.catalog:
                seen.setdefault(col.catalog, None)
    return list(seen)


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out
