"""Messages of the award, discipline and training registers (merged into personnel.errors.MESSAGES)."""

from __future__ import annotations

REGISTER_MESSAGES: dict[str, tuple[str, str]] = {
    "register.unknown_discipline_form": ("Hình thức kỷ luật không có trong danh mục.",
                                         "The discipline form is not in the catalog."),
    "register.discipline_form_not_in_force": (
        "Hình thức kỷ luật '{form}' không còn áp dụng cho quyết định ký ngày {on} (chỉ áp dụng từ {valid_from} "
        "đến {valid_to}); hồ sơ cũ vẫn giữ nguyên.",
        "The discipline form '{form}' cannot be imposed by a decision signed on {on} (only from {valid_from} to "
        "{valid_to}); older records keep it."),
    "register.discipline_form_not_for_staff": (
        "Hình thức kỷ luật '{form}' không áp dụng cho {full_name} ({category}).",
        "The discipline form '{form}' does not apply to {full_name} ({category})."),
    "register.unknown_award_form": ("Hình thức khen thưởng hoặc danh hiệu thi đua không có trong danh mục.",
                                    "The award form or emulation title is not in the catalog."),
    "register.duplicate_decision": (
        "Quyết định số {number} của {issuer} đã được vào sổ (ngày {on}).",
        "Decision {number} of {issuer} is already in the register (signed on {on})."),
    "register.people_required": ("Phải chọn ít nhất một người.", "Choose at least one person."),
    "register.person_repeated": ("Một người được chọn hai lần.", "A person is chosen twice."),
    "register.person_not_approved": ("Hồ sơ của {full_name} chưa được duyệt.",
                                     "The record of {full_name} is not approved yet."),
    "register.decision_in_future": ("Ngày ký quyết định không được sau ngày hôm nay.",
                                    "The decision cannot be signed after today."),
    "register.achievement_after_decision": ("Năm thành tích không được sau năm ký quyết định.",
                                            "The year of achievement cannot be after the decision's year."),
    "register.not_submitted": ("Quyết định không còn chờ duyệt (đang: {state}).",
                               "The decision is no longer waiting for approval (it is {state})."),
    "register.reason_required": ("Phải ghi lý do từ chối.", "A rejection needs a reason."),
    "register.ends_before_start": ("Ngày kết thúc không được trước ngày bắt đầu.",
                                   "The end cannot be before the start."),
    "register.award_only": ("Chỉ quyết định khen thưởng mới dùng cho nâng lương trước hạn.",
                            "Only an award can be used for an early raise."),
    "register.award_already_used": ("Thành tích này đã được dùng để nâng lương trước hạn ngày {on}.",
                                    "This achievement was already used for an early raise on {on}."),
    "training.unknown_level": ("Trình độ '{level}' không có trong danh mục {catalog}.",
                               "The level '{level}' is not in the catalog {catalog}."),
    "training.unknown_mode": ("Hình thức đào tạo không có trong danh mục.", "The training mode is not in the catalog."),
    "training.abroad_needs_country": ("Khóa học ở nước ngoài phải ghi nước đào tạo.",
                                      "A course abroad needs its country."),
    "training.already_enrolled": ("{full_name} đã có trong danh sách của khóa học.",
                                  "{full_name} is already on the course's list."),
    "training.restricted_by_discipline": (
        "{full_name} đang trong thời gian không được cử đi đào tạo, bồi dưỡng do bị kỷ luật (đến {until}).",
        "{full_name} may not be sent to training because of a discipline (until {until})."),
    "training.not_enrolled": ("Người này không có trong danh sách khóa học hoặc đã hoàn thành.",
                              "This person is not on the course's list or has already completed it."),
    "training.completion_before_start": ("Ngày hoàn thành không được trước ngày khai giảng ({starts_on}).",
                                         "The completion cannot be before the course starts ({starts_on})."),
    "training.nothing_to_approve": ("Không có kết quả hoàn thành nào chờ duyệt.",
                                    "No completion is waiting for approval."),
}
