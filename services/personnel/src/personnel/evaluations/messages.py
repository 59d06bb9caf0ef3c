"""The messages of evaluation rounds, by code, in Vietnamese and English (merged into personnel.errors)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "evaluation.round_exists": ("Đã có đợt đánh giá, xếp loại năm {year}.",
                                "There is already an evaluation round for {year}."),
    "evaluation.year_out_of_range": ("Năm đánh giá phải từ 2015 đến năm hiện tại ({current}).",
                                     "The rated year must be from 2015 to the current year ({current})."),
    "evaluation.closing_before_year_end": (
        "Hạn hoàn thành phải từ ngày 01/12 của năm đánh giá đến ngày 31/03 năm sau.",
        "The closing date must be from 1 December of the rated year to 31 March of the next."),
    "evaluation.round_closed": ("Đợt đánh giá năm {year} đã kết thúc; không thể nhập hoặc sửa kết quả.",
                                "The {year} evaluation round is closed; results can no longer be entered."),
    "evaluation.round_already_closed": ("Đợt đánh giá năm {year} đã kết thúc từ trước.",
                                        "The {year} evaluation round is already closed."),
    "evaluation.sheet_state": ("Danh sách của đơn vị đang ở trạng thái '{state}', không thể thực hiện thao tác này.",
                               "The unit's list is {state}; this cannot be done now."),
    "evaluation.state.new": ("chưa nhập", "not started"),
    "evaluation.state.draft": ("đang nhập", "being entered"),
    "evaluation.state.submitted": ("chờ lãnh đạo duyệt", "waiting for the leader"),
    "evaluation.state.approved": ("đã duyệt", "approved"),
    "evaluation.level.htxsnv": ("Hoàn thành xuất sắc nhiệm vụ", "Excellent"),
    "evaluation.level.httnv": ("Hoàn thành tốt nhiệm vụ", "Good"),
    "evaluation.level.htnv": ("Hoàn thành nhiệm vụ", "Completed"),
    "evaluation.level.htnv_hcnl": ("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực",
                                   "Completed with limited capacity"),
    "evaluation.level.khtnv": ("Không hoàn thành nhiệm vụ", "Not completed"),
    "evaluation.level.khong_xep_loai": ("Không xếp loại", "Not rated"),
    "evaluation.stale_sheet": ("Danh sách đã được người khác lưu (lần sửa {revision}, bạn đang sửa từ lần {yours}). "
                               "Hãy tải lại trước khi lưu.",
                               "The list was saved by someone else (revision {revision}, yours is {yours}). "
                               "Reload it before saving."),
    "evaluation.person_not_in_unit": ("Người này không thuộc danh sách đánh giá của đơn vị.",
                                      "This person is not on the unit's list."),
    "evaluation.duplicate_person": ("Một người chỉ được nhập một lần trong danh sách.",
                                    "A person may appear only once on the list."),
    "evaluation.months_out_of_range": ("Số tháng công tác trong năm phải từ 0 đến 12.",
                                       "The months of work in the year must be from 0 to 12."),
    "evaluation.under_six_months": ("Công tác {months} tháng trong năm (dưới 6 tháng): không xếp loại, trừ trường hợp "
                                    "nghỉ chế độ thai sản, ốm đau, nghỉ không lương.",
                                    "{months} months of work in the year (under 6): not rated, except maternity, "
                                    "sick or unpaid leave."),
    "evaluation.must_be_rated": ("Công tác {months} tháng trong năm: phải xếp loại, không được ghi 'Không xếp loại'.",
                                 "{months} months of work in the year: a level is required, not 'Not rated'."),
    "evaluation.level_not_in_force": ("Mức '{level}' không có trong quy định áp dụng cho năm này ({basis}).",
                                      "Level '{level}' is not one of the rules in force for this year ({basis})."),
    "evaluation.score_out_of_range": ("Điểm phải từ 0 đến 100.", "The score must be from 0 to 100."),
    "evaluation.score_required": ("Năm này chấm điểm theo {basis}: phải nhập điểm.",
                                  "This year is scored by points ({basis}): enter the score."),
    "evaluation.rating_above_score": ("Điểm {score} chỉ đạt mức '{level}'; không được xếp loại cao hơn.",
                                      "A score of {score} reaches '{level}' only; the level cannot be higher."),
    "evaluation.forced_not_completed": ("Có căn cứ buộc xếp loại (suy thoái, kỷ luật trong năm, tham nhũng ở đơn vị "
                                        "phụ trách): phải xếp 'Không hoàn thành nhiệm vụ'.",
                                        "A forcing event (degradation, a penalty in the year, corruption in the unit "
                                        "managed) means 'Not completed'."),
    "evaluation.rating_required": ("Chưa xếp loại.", "No level yet."),
    "evaluation.discipline_forces": ("{name} bị kỷ luật {form} theo quyết định {number} ngày {on} do vi phạm khi thực "
                                     "hiện nhiệm vụ trong năm {year}: phải xếp loại 'Không hoàn thành nhiệm vụ'.",
                                     "{name} was disciplined ({form}, decision {number} of {on}) for a duty-related "
                                     "violation in {year}: the rating must be 'Not completed'."),
    "evaluation.quota_exceeded": ("Số 'Hoàn thành xuất sắc nhiệm vụ' ({excellent}) vượt quá {percent}% số "
                                  "'Hoàn thành tốt nhiệm vụ' ({good} người, tối đa {allowed}).",
                                  "{excellent} rated 'Excellent' exceeds {percent}% of the {good} rated 'Good' "
                                  "(at most {allowed})."),
    "evaluation.unit_rating_invalid": ("Mức xếp loại của đơn vị không hợp lệ.", "The unit's rating is not valid."),
    "evaluation.unit_rating_required": ("Phải nhập mức xếp loại của đơn vị để xếp loại người đứng đầu.",
                                        "Enter the unit's rating to rate its head."),
    "evaluation.head_above_unit": ("Người đứng đầu không được xếp loại cao hơn mức xếp loại của đơn vị.",
                                   "The head of the unit cannot be rated above the unit."),
    "evaluation.invalid_list": ("Danh sách đánh giá có {count} lỗi; không có gì được lưu.",
                                "The list has {count} errors; nothing was saved."),
    "evaluation.reason_required": ("Phải ghi lý do trả lại.", "Returning the list needs a reason."),
    "evaluation.decision_required": ("Phải ghi số và ngày quyết định công nhận kết quả.",
                                     "Enter the decision's number and date."),
    "evaluation.record_changed": ("Xếp loại năm {year} trong hồ sơ của {name} đã bị thay đổi sau khi danh sách được "
                                  "gửi; hãy trả lại danh sách để đơn vị kiểm tra.",
                                  "The {year} rating in {name}'s record changed after the list was submitted; "
                                  "return the list to the unit to check it."),
    "evaluation.record_left": ("{name} đã thôi công tác hoặc hồ sơ chưa được duyệt; hãy trả lại danh sách.",
                               "{name} has left or the record is not approved; return the list."),
    "evaluation.no_rule": ("Chưa có quy định đánh giá cho năm {year} ({group}).",
                           "No evaluation rule covers {year} ({group})."),
    "evaluation.procedure.termination": (
        "Hai năm liên tiếp không hoàn thành nhiệm vụ: xem xét cho thôi việc (công chức).",
        "Two consecutive years not completed: termination procedure (civil servant)."),
    "evaluation.procedure.dismissal_from_post": ("Hai năm liên tiếp không hoàn thành nhiệm vụ: xem xét miễn nhiệm, "
                                                 "cho thôi làm nhiệm vụ (cán bộ).",
                                                 "Two consecutive years not completed: dismissal from post (cadre)."),
    "evaluation.procedure.contract_termination": ("Hai năm liên tiếp không hoàn thành nhiệm vụ: đơn vị có thể đơn "
                                                  "phương chấm dứt hợp đồng làm việc (viên chức).",
                                                  "Two consecutive years not completed: the unit may terminate the "
                                                  "working contract (public employee)."),
}
