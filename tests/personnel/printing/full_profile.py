"""A realistic, complete profile (every table filled) for the printed-form tests."""

from __future__ import annotations

import uuid
from typing import Any


def cccd(year: int = 1986, female: bool = True) -> str:
    digit = ("1" if female else "0") if year < 2000 else ("3" if female else "2")
    return f"008{digit}{year % 100:02d}{uuid.uuid4().int % 1_000_000:06d}"


def full_profile(name: str = "Nguyễn Thị Hoà", *, number: str | None = None) -> dict[str, Any]:
    return {
        "header": {"personnel_number": "TQ-STP-000123"},
        "identity": {
            "full_name": name, "gender": "2", "other_names": "Hoà Hợp", "birth_date": "1986-04-12",
            "birth_place": {"text": "Xã Kim Phú, huyện Yên Sơn, tỉnh Tuyên Quang"},
            "home_town": {"detail": "Thôn Đồng Giàn", "commune_code": "02473", "province_code": "08"},
            "ethnicity": "02", "religion": None,
            "personal_id_number": number or cccd(), "personal_id_issued_on": "2021-06-15",
            "personal_id_issued_by": "Cục Cảnh sát QLHC về TTXH", "phone": "0912345678",
            "email": "hoa.nt@tuyenquang.gov.vn", "social_insurance_number": "0812345678",
            "health_insurance_number": "DN4080812345678",
            "permanent_address": {"text": "Tổ 5, phường Minh Xuân, tỉnh Tuyên Quang"},
            "current_address": {"detail": "Số 12, đường Chiến Thắng Sông Lô", "commune_code": "02215",
                                "province_code": "08"},
            "family_background": "Nông dân", "marital_status": "CO_VO_CHONG",
        },
        "recruitment": {
            "staff_category": "civil_servant", "occupation_before_recruitment": "Sinh viên",
            "first_recruited_on": "2010-09-01", "recruiting_body": "Sở Nội vụ tỉnh Tuyên Quang",
            "recruitment_form": "THI_TUYEN", "joined_current_agency_on": "2014-03-01",
        },
        "political": {
            "party_joined_on": "2015-05-19", "party_official_on": "2016-05-19",
            "first_organisation": "Đoàn TNCS Hồ Chí Minh", "first_organisation_joined_on": "2001-03-26",
            "organisations": [{"organisation": "Công đoàn Việt Nam", "joined_on": "2010-10-01",
                               "role": "Tổ trưởng công đoàn"}],
            "policy_category": "Con thương binh",
        },
        "education": {
            "general_education": "12/12", "highest_qualification": "ThS", "major": "Luật hành chính",
            "political_theory_level": "TC", "state_management_level": "CV", "it_level": "CNTT_CB",
            "foreign_languages": [{"language": "Tiếng Anh", "level": "KNLNN_B3"}],
        },
        "positions": {
            "current_position": "Phó Chánh Văn phòng", "appointed_on": "2020-07-01",
            "reappointed_on": None, "planned_position": "Chánh Văn phòng", "planned_period": "2025-2030",
            "concurrent_positions": ["Thư ký Hội đồng thi đua"], "party_position": "Chi ủy viên",
            "party_concurrent_positions": [], "main_work": "Tổng hợp, văn thư, lưu trữ của Sở",
            "strengths": "Xây dựng văn bản quy phạm pháp luật", "longest_job": "Chuyên viên pháp chế",
        },
        "salary": {
            "rank_code": "01.003", "rank_appointed_on": "2011-09-01", "salary_step": 4,
            "salary_coefficient": "3.33", "salary_effective_on": "2022-09-01", "salary_percent": "100",
            "position_allowance": "0.3", "other_allowances": "Phụ cấp công vụ 25%",
        },
        "health": {"health_status": "TOT", "height_cm": 158, "weight_kg": 52, "blood_group": "O+"},
        "training": [
            {"kind": "professional", "from_month": "2004-09", "to_month": "2008-06",
             "institution": "Trường Đại học Luật Hà Nội", "field": "Luật", "mode": "Chính quy",
             "degree": "Cử nhân", "qualification": "DH"},
            {"kind": "professional", "from_month": "2016-10", "to_month": "2018-10",
             "institution": "Học viện Hành chính Quốc gia", "field": "Luật hành chính", "mode": "Không tập trung",
             "degree": "Thạc sĩ", "qualification": "ThS"},
            {"kind": "political_theory", "from_month": "2019-03", "to_month": "2019-12",
             "institution": "Trường Chính trị tỉnh Tuyên Quang", "mode": "Tại chức", "degree": "Trung cấp"},
            {"kind": "state_management", "from_month": "2013-05", "to_month": "2013-07",
             "institution": "Trường Chính trị tỉnh Tuyên Quang", "degree": "Chứng chỉ ngạch chuyên viên"},
            {"kind": "defence_security", "from_month": "2021-08", "to_month": "2021-08",
             "institution": "Bộ Chỉ huy Quân sự tỉnh", "degree": "Chứng chỉ đối tượng 4"},
            {"kind": "it", "from_month": "2012-06", "to_month": "2012-08", "institution": "Trường Đại học Tân Trào",
             "degree": "Chứng chỉ ứng dụng CNTT cơ bản"},
            {"kind": "language", "from_month": "2015-01", "to_month": "2015-06",
             "institution": "Trường Đại học Tân Trào", "language": "Tiếng Anh", "language_level": "KNLNN_B3",
             "degree": "Bậc 3 (B1)", "score": "6,5"},
        ],
        "work_history": [
            {"from_month": "2010-09", "to_month": "2014-02", "unit_name": "Phòng Tư pháp huyện Yên Sơn",
             "position": "Chuyên viên"},
            {"from_month": "2014-03", "to_month": "2020-06", "unit_name": "Văn phòng Sở Tư pháp tỉnh Tuyên Quang",
             "position": "Chuyên viên"},
            {"from_month": "2020-07", "unit_name": "Văn phòng Sở Tư pháp tỉnh Tuyên Quang",
             "position": "Phó Chánh Văn phòng"},
        ],
        "personal_history": {
            "arrests": "Không bị bắt, bị tù.",
            "former_regime": [{"from_month": "2008-07", "to_month": "2009-06",
                               "description": "Không làm việc cho chế độ cũ; học tập tại nhà"}],
            "foreign_organisations": [{"from_month": "2017-01", "to_month": "2017-03",
                                       "description": "Tình nguyện viên dự án JICA tại Tuyên Quang"}],
            "relatives_abroad": "Không có thân nhân ở nước ngoài.",
        },
        "evaluations": [
            {"year": 2023, "rating": "HTTNV", "emulation_title": "LDTT"},
            {"year": 2024, "rating": "HTXSNV", "emulation_title": "CSTD_CS", "award": "Giấy khen của Giám đốc Sở"},
        ],
        "awards": [
            {"year": 2024, "form": "BK_TINH", "decision_number": "1234/QĐ-UBND", "decided_on": "2024-12-20",
             "issuer": "UBND tỉnh Tuyên Quang"},
            {"year": 2022, "form": "GIAY_KHEN", "issuer": "Giám đốc Sở Tư pháp"},
        ],
        "disciplines": [
            {"from_month": "2018-05", "to_month": "2018-11", "form": "KHIEN_TRACH",
             "violation": "Chậm nộp báo cáo định kỳ", "decided_by": "Giám đốc Sở Tư pháp",
             "decision_number": "45/QĐ-STP", "decided_on": "2018-05-10"},
        ],
        "family_relations": [
            {"side": "self", "relation": "BO", "full_name": "Nguyễn Văn Bình", "birth_year": 1955,
             "details": "Quê quán xã Kim Phú; nông dân, nghỉ hưu; ở tại xã Kim Phú, tỉnh Tuyên Quang"},
            {"side": "self", "relation": "ME", "full_name": "Lê Thị Lan", "birth_year": 1958,
             "details": "Nông dân; ở tại xã Kim Phú, tỉnh Tuyên Quang"},
            {"side": "self", "relation": "CHONG", "full_name": "Trần Đức Minh", "birth_year": 1984,
             "details": "Kỹ sư, Công ty Điện lực Tuyên Quang"},
            {"side": "self", "relation": "CON", "full_name": "Trần Minh Khôi", "birth_year": 2012,
             "details": "Học sinh Trường THCS Phan Thiết"},
            {"side": "spouse", "relation": "BO_CHONG", "full_name": "Trần Văn Cường", "birth_year": 1954,
             "details": "Hưu trí; ở tại phường An Tường"},
            {"side": "spouse", "relation": "ME_CHONG", "full_name": "Phạm Thị Đào", "birth_year": 1957,
             "details": "Hưu trí; ở tại phường An Tường"},
        ],
        "salary_history": [
            {"from_month": "2010-09", "rank_code": "01.003", "step": 1, "coefficient": "2.34",
             "decision_number": "210/QĐ-SNV"},
            {"from_month": "2013-09", "rank_code": "01.003", "step": 2, "coefficient": "2.67"},
            {"from_month": "2016-09", "rank_code": "01.003", "step": 3, "coefficient": "3.00"},
            {"from_month": "2019-09", "rank_code": "01.003", "step": 4, "coefficient": "3.33"},
        ],
        "allowance_history": [
            {"from_month": "2020-07", "kind": "Phụ cấp chức vụ", "coefficient": "0.3", "form": "Theo hệ số"},
            {"from_month": "2011-09", "kind": "Phụ cấp công vụ", "percent": "25", "form": "Theo phần trăm"},
        ],
        "family_economy": {
            "salary_income": 180000000, "other_income": "Kinh tế gia đình (chè, quế)",
            "own_housing": "Nhà cấp 4", "own_housing_area_m2": "85", "purchased_land_m2": "120",
            "business_land": "Không",
        },
        "assessment": "Có phẩm chất chính trị, đạo đức tốt; hoàn thành tốt nhiệm vụ được giao.",
    }
