"""Every message the transfer service shows, by code, in Vietnamese and English."""

from __future__ import annotations

from common.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed

MESSAGES: dict[str, tuple[str, str]] = {
    "unknown_kind": ("Loại hồ sơ điều động không hợp lệ.", "Unknown kind of case."),
    "effective_before_decision": ("Ngày hiệu lực không được trước ngày ký quyết định.",
                                  "The effective date cannot be before the decision was signed."),
    "to_unit_required": ("Cần chọn đơn vị đến.", "Choose the receiving unit."),
    "same_unit": ("Đơn vị đến trùng với đơn vị hiện tại.", "The receiving unit is the person's current unit."),
    "return_on_required": ("Biệt phái cần có ngày kết thúc.", "A secondment needs its end date."),
    "return_before_effective": ("Ngày kết thúc biệt phái phải sau ngày hiệu lực.",
                                "The secondment must end after it starts."),
    "leaving_form_required": ("Cần chọn hình thức nghỉ.", "Choose how the person leaves."),
    "unknown_leaving_form": ("Hình thức nghỉ không có trong danh mục.", "Unknown leaving form."),
    "personal_id_required": ("Cần số định danh cá nhân của người chuyển đến.",
                             "An arrival needs the person's identification number."),
    "unit_not_found": ("Đơn vị không tồn tại.", "The unit does not exist."),
    "unit_dissolved": ("Đơn vị đã giải thể.", "The unit has been dissolved."),
    "person_not_found": ("Không tìm thấy người này trong phạm vi quản lý.", "No such person in your scope."),
    "person_left": ("Người này đã nghỉ (không còn công tác), không thể điều động.",
                    "The person has left and cannot be moved."),
    "open_case_exists": ("Người này đang có một hồ sơ điều động chưa hoàn thành.",
                         "The person already has an open case."),
    "internal_outside_unit": ("Điều động nội bộ chỉ trong phạm vi đơn vị của tài khoản.",
                              "An internal move stays inside the account's unit."),
    "step_not_allowed": ("Không thể thực hiện bước này ở trạng thái hiện tại của hồ sơ.",
                         "This step is not possible in the case's current state."),
    "not_the_receiver": ("Chỉ đơn vị nhận mới được tiếp nhận, từ chối hoặc chuyển hồ sơ.",
                         "Only the receiving unit may accept, reject or forward the case."),
    "not_the_sender": ("Chỉ đơn vị gửi mới được thực hiện bước này.", "Only the sending unit may do this."),
    "sub_unit_outside": ("Đơn vị sử dụng phải thuộc đơn vị nhận.",
                         "The employing sub-unit must be under the receiver."),
    "reject_reason_required": ("Cần ghi lý do từ chối.", "Give the reason for rejecting."),
    "stale_case": ("Hồ sơ vừa được người khác cập nhật; vui lòng tải lại.",
                   "Someone else changed the case meanwhile; reload it."),
    "case_not_found": ("Không tìm thấy hồ sơ điều động.", "No such case."),
    "unknown_obligation": ("Nghĩa vụ không có trong danh sách.", "Unknown obligation."),
    "rule_not_newer": ("Quy định mới phải có hiệu lực sau quy định đang áp dụng.",
                       "A new rule must start after the rule in force."),
    "period_reversed": ("Ngày kết thúc phải sau ngày bắt đầu.", "The period ends before it starts."),
    "document_type": ("Quyết định phải là tệp PDF hoặc ảnh (JPEG, PNG).", "The decision must be a PDF or an image."),
    "document_too_large": ("Tệp quyết định quá lớn.", "The decision file is too large."),
}


def message(code: str) -> tuple[str, str]:
    return MESSAGES[code]


def invalid(*pairs: tuple[str, str]) -> ValidationFailed:
    return ValidationFailed(fields=[FieldError(field, *MESSAGES[code]) for field, code in pairs])


def conflict(code: str) -> Conflict:
    return Conflict(*MESSAGES[code], code=code)


def forbidden(code: str) -> Forbidden:
    return Forbidden(*MESSAGES[code], code=code)


def not_found(code: str = "case_not_found") -> NotFound:
    return NotFound(*MESSAGES[code], code=code)
