"""Every message the personnel service shows, by code, in Vietnamese and English (see common.errors)."""

from __future__ import annotations

from common.errors import COMMON
from personnel.certifications.messages import CERTIFICATION_MESSAGES
from personnel.declarations.messages import DECLARATION_MESSAGES
from personnel.evaluations.messages import MESSAGES as EVALUATION_MESSAGES
from personnel.exchange.messages import EXCHANGE_MESSAGES
from personnel.imports.messages import IMPORT_MESSAGES
from personnel.registers.messages import REGISTER_MESSAGES

MESSAGES = COMMON.extend({
    # Change requests (changes/service.py, changes/approval.py).
    "invalid_state": ("Không thể thực hiện thao tác này với yêu cầu đang ở trạng thái '{state}'.",
                      "This cannot be done to a change request that is {state}."),
    "change_request.state.draft": ("bản nháp", "draft"),
    "change_request.state.submitted": ("đã gửi duyệt", "submitted"),
    "change_request.state.approved": ("đã duyệt", "approved"),
    "change_request.state.rejected": ("bị từ chối", "rejected"),
    "change_request.state.withdrawn": ("đã rút", "withdrawn"),
    "change_request.reason_required": ("Phải ghi lý do từ chối.", "A rejection needs a reason."),
    "stale_change": (
        "Hồ sơ đã được duyệt thay đổi khác (phiên bản {current_version}) sau khi yêu cầu này được lập "
        "từ phiên bản {base_version}. Không thể duyệt để tránh ghi đè; hãy lập lại yêu cầu từ hồ sơ hiện hành.",
        "The record was changed (now version {current_version}) after this request was started from "
        "version {base_version}. Approving it would overwrite that change; start a new request from the current "
        "record."),
    "stale_draft": (
        "Bản nháp đã được người khác sửa (lần sửa {revision}, bạn đang sửa từ lần {yours}). "
        "Hãy tải lại trước khi lưu.",
        "The draft was edited by someone else (revision {revision}, yours is based on {yours}). "
        "Reload it before saving."),
    "change_request.unit_required": ("Phải chọn đơn vị cho hồ sơ mới.", "A new record needs a unit."),
    "change_request.record_not_approved": ("Hồ sơ mới chưa được duyệt; hãy sửa yêu cầu tạo hồ sơ đang chờ.",
                                           "The record is not approved yet; edit its pending creation instead."),
    # The checks of a profile (profiles/rules.py, changes/validation.py): errors block, warnings are shown.
    "profile.id_digits": ("Số định danh cá nhân phải gồm đúng 12 chữ số.",
                          "The personal identification number must be exactly 12 digits."),
    "profile.id_province": ("Mã tỉnh nơi đăng ký khai sinh '{prefix}' (3 chữ số đầu) không tồn tại.",
                            "Province code '{prefix}' (first 3 digits) does not exist."),
    "profile.id_century_digit": ("Chữ số thứ 4 (thế kỷ và giới tính) không hợp lệ.",
                                 "The 4th digit (century and gender) is not valid."),
    "profile.id_gender_mismatch": ("Chữ số thứ 4 của số định danh không khớp với giới tính trong hồ sơ.",
                                   "The 4th digit of the identity number does not agree with the recorded gender."),
    "profile.id_birth_year_mismatch": ("Số định danh ghi năm sinh {encoded}, hồ sơ ghi năm {recorded}.",
                                       "The identity number encodes birth year {encoded}; the record says {recorded}."),
    "profile.non_ascii_digits": ("Chỉ dùng các chữ số 0-9 (không dùng chữ số toàn khổ hoặc Ả Rập).",
                                 "Use the digits 0-9 only (not full-width or Arabic-Indic digits)."),
    "profile.id_country_code": ("Ba số đầu '{prefix}' là mã quốc gia nơi đăng ký khai sinh ở nước ngoài; "
                                "kiểm tra nơi sinh.",
                                "The first three digits '{prefix}' are the code of the country where the birth was "
                                "registered abroad; check the birth place."),
    "profile.reappointed_before_appointed": ("Ngày bổ nhiệm lại phải sau ngày bổ nhiệm (nhiệm kỳ kết thúc trước khi "
                                             "bắt đầu).",
                                             "The reappointment must follow the appointment (the term would end "
                                             "before it starts)."),
    "profile.step_skipped": ("Nâng từ bậc {old} lên bậc {new} là vượt bậc: phải ghi lý do nâng lương trước thời hạn.",
                             "Raising from step {old} to step {new} skips a step: give the early-raise reason."),
    "profile.social_insurance_digits": ("Mã số BHXH phải gồm đúng 10 chữ số.",
                                        "The social-insurance number must be 10 digits."),
    "profile.old_id_digits": ("Số CMND cũ phải gồm 9 (hoặc 12) chữ số.",
                              "The old ID card number must have 9 (or 12) digits."),
    "profile.date_in_future": ("Ngày không được ở tương lai.", "The date must not be in the future."),
    "profile.date_before_birth": ("Ngày này trước ngày sinh.", "This date is before the date of birth."),
    "profile.recruited_under_age": ("Ngày tuyển dụng khi chưa đủ {minimum} tuổi.",
                                    "Recruited before the age of {minimum}."),
    "profile.party_official_before_joined": ("Ngày chính thức phải sau ngày vào Đảng.",
                                             "Full membership must follow admission."),
    "profile.discharged_before_enlisted": ("Ngày xuất ngũ phải sau ngày nhập ngũ.",
                                           "Discharge must follow enlistment."),
    "profile.agency_before_recruitment": ("Ngày vào cơ quan hiện tại phải sau ngày tuyển dụng lần đầu.",
                                          "Joining the current agency must follow the first recruitment."),
    "profile.period_reversed": ("Tháng kết thúc trước tháng bắt đầu.", "The period ends before it starts."),
    "profile.period_start_impossible": ("Thời điểm bắt đầu không thể xảy ra.",
                                        "The start is impossible (before birth or in the future)."),
    "profile.unknown_code": ("Mã '{item}' không có trong danh mục {catalog}.",
                             "Code '{item}' is not in catalog {catalog}."),
    "profile.inactive_code": ("Mã '{item}' của danh mục {catalog} đã ngừng sử dụng.",
                              "Code '{item}' of catalog {catalog} is no longer active."),
    "profile.id_number_taken": ("Số định danh này đã có trong hồ sơ của {full_name} tại {unit_name}.",
                                "This identity number already belongs to {full_name}'s record at {unit_name}."),
    "profile.id_number_province_review": (
        "Số định danh cần Sở Nội vụ đối chiếu trước khi phê duyệt; đề nghị vẫn chờ duyệt để Sở Nội vụ quyết định.",
        "The identity number must be checked by the Department of Home Affairs before approval; the request stays "
        "submitted for the Department to decide."),
    # Status changes of a person (persons/service.py).
    "person.unknown_status": ("Trạng thái không có trong danh mục.", "Unknown employment status."),
    "person.unknown_leaving_form": ("Hình thức nghỉ không có trong danh mục.", "Unknown leaving form."),
    "person.effective_in_future": ("Ngày hiệu lực không được ở tương lai.",
                                   "The effective date must not be in the future."),
    # Printing and export (printing/service.py).
    "printing.no_approved_profile": ("Hồ sơ chưa được phê duyệt.", "The record has no approved profile yet."),
    "printing.no_profile_on_date": ("Chưa có hồ sơ được phê duyệt tại ngày này.", "No approved profile on that day."),
    "printing.too_many_rows": ("Danh sách vượt quá {limit:,} người; hãy lọc hẹp hơn.",
                               "The list exceeds {limit:,} people; narrow the filters."),
    # Scanned documents (documents/service.py).
    "document.empty": ("Tệp rỗng.", "The file is empty."),
    "document.too_large": ("Tệp vượt quá dung lượng cho phép ({mb} MB).", "The file exceeds the size limit ({mb} MB)."),
    "document.unknown_type": ("Loại tài liệu không có trong danh mục.", "Unknown document type."),
    "document.issued_in_future": ("Ngày ban hành không được ở tương lai.", "The issue date must not be in the future."),
    "photo.type": ("Ảnh phải là tệp JPEG hoặc PNG.", "The photo must be a JPEG or PNG file."),
    "photo.too_small": ("Ảnh quá nhỏ ({width}×{height} điểm ảnh); cần tối thiểu 240×320.",
                        "The photo is too small ({width}×{height} pixels); at least 240×320 is needed."),
    "photo.ratio": ("Ảnh phải theo tỷ lệ 3×4 (ảnh dọc); ảnh gửi lên là {width}×{height} điểm ảnh.",
                    "The photo must be a 3:4 portrait; the one sent is {width}×{height} pixels."),
    "photo.none": ("Hồ sơ chưa có ảnh.", "The record has no photo."),
    "document.photo_type": ("Ảnh 3×4 được tải lên ở ô ảnh của hồ sơ, không ở mục Tài liệu.",
                            "The 3×4 photo is uploaded in the record's photo box, not under Documents."),
    # Career clocks: raises, retirement, appointment terms (careers/).
    "careers.unknown_salary_group": ("Nhóm lương không có trong danh mục bậc lương (ví dụ: A1, A2.1, B).",
                                     "The salary group is not in the salary-grades catalog (e.g. A1, A2.1, B)."),
    "careers.step_not_in_grade": ("Bậc lương không có trong nhóm lương của ngạch, chức danh này.",
                                  "The salary step does not exist in this rank's salary group."),
    "careers.coefficient_not_of_step": ("Hệ số lương không đúng với bậc lương trong bảng lương.",
                                        "The salary coefficient is not the one of this step."),
    "careers.unknown_rank": ("Mã ngạch, chức danh không có trong danh mục.", "The rank or title code is unknown."),
    "careers.birth_date_in_future": ("Ngày sinh không được ở tương lai.",
                                     "The date of birth must not be in the future."),
    "careers.date_out_of_range": ("Ngày phải trong khoảng từ 01/01/1900 đến 31/12/2199.",
                                  "The date must be between 1900-01-01 and 2199-12-31."),
    "careers.no_rule_in_force": ("Chưa có quy định áp dụng cho ngày {on} ({rule}).",
                                 "No rule in force on {on} ({rule})."),
    "careers.catalog_missing": ("Danh mục '{catalog}' chưa được đồng bộ từ dịch vụ tổ chức; vui lòng thử lại sau.",
                                "Catalog '{catalog}' has not arrived from the organisation service yet; try later."),
    "careers.unmatched_penalty": ("Hình thức kỷ luật '{form}' ngày {on} không có quy định kéo dài nâng lương "
                                  "đang áp dụng; cần kiểm tra.",
                                  "Discipline '{form}' of {on} has no raise-extension rule in force; check it."),
    "careers.override_legal_basis_required": ("Phải ghi căn cứ pháp lý của việc nghỉ hưu sớm hoặc muộn.",
                                              "An early or late retirement needs its legal basis."),
    "careers.override_not_earlier": ("Ngày nghỉ hưu sớm phải trước ngày nghỉ hưu theo tuổi ({statutory}).",
                                     "An early retirement must come before the statutory date ({statutory})."),
    "careers.override_too_early": ("Nghỉ hưu sớm không quá {years} năm so với tuổi nghỉ hưu ({statutory}).",
                                   "Early retirement is at most {years} years before the statutory date "
                                   "({statutory})."),
    "careers.override_not_later": ("Ngày nghỉ hưu muộn phải sau ngày nghỉ hưu theo tuổi ({statutory}).",
                                   "A late retirement must come after the statutory date ({statutory})."),
    # Batch decisions: one decision applied to many records (batches/).
    "batch.empty": ("Quyết định phải có ít nhất một người.", "A batch decision needs at least one person."),
    "batch.too_many": ("Một quyết định có tối đa 2.000 người.", "A batch decision has at most 2,000 people."),
    "batch.person_twice": ("Người này đã có trong danh sách của quyết định.", "This person is already in the batch."),
    "batch.patch_bad_path": ("Nội dung thay đổi không khớp với hồ sơ.", "The change does not fit the profile."),
    "batch.record_not_approved": ("Hồ sơ của {full_name} chưa được duyệt.",
                                  "{full_name}'s record is not approved yet."),
    "batch.person_left": ("{full_name} đã nghỉ việc hoặc chuyển đi; không thể đưa vào quyết định.",
                          "{full_name} has left; the person cannot be in a decision."),
    "batch.decision_exists": ("{full_name} đã có quyết định cùng loại, hiệu lực ngày {effective_on} "
                              "(quyết định số {decision}).",
                              "{full_name} already has a decision of this kind effective {effective_on} "
                              "(decision {decision})."),
    "batch.stale_item": ("Hồ sơ của {full_name} đã được duyệt thay đổi khác (phiên bản {current_version}) sau khi "
                         "lập quyết định từ phiên bản {base_version}. Hãy lập lại quyết định.",
                         "{full_name}'s record was changed (now version {current_version}) after the batch was "
                         "built from version {base_version}. Build the batch again."),
    "batch.decision_required": ("Phải ghi số và ngày ký của quyết định trước khi gửi duyệt.",
                                "The decision's number and signing date are needed before submitting."),
    "batch.signed_in_future": ("Ngày ký quyết định không được ở tương lai.",
                               "The signing date must not be in the future."),
    "batch.not_due": ("{full_name} không có trong danh sách đến hạn tương ứng.",
                      "{full_name} is not on that due list."),
    "batch.no_next_step": ("{full_name} đã ở bậc cuối của ngạch; xét phụ cấp thâm niên vượt khung.",
                           "{full_name} is on the last step; consider the beyond-frame seniority allowance."),
    "batch.early_not_earlier": ("Ngày nâng lương trước thời hạn phải trước ngày đến hạn ({due_on}).",
                                "An early raise must come before the regular date ({due_on})."),
    "batch.early_not_eligible": ("{full_name} không đủ điều kiện nâng lương trước thời hạn năm {year}: "
                                 "cần thành tích trong thời hạn xét, chưa dùng lần trước, còn thiếu tối đa 12 tháng.",
                                 "{full_name} does not qualify for an early raise in {year}: an unused achievement "
                                 "within the window and at most 12 months lacking are needed."),
    "batch.quota_exceeded": ("Vượt chỉ tiêu nâng lương trước thời hạn năm {year} của đơn vị: tối đa {places} người, "
                             "đã dùng {taken}.",
                             "The unit's early-raise quota for {year} is exceeded: at most {places}, {taken} used."),
    "early_raise.bad_year": ("Năm xét phải từ 1990 đến 2199.", "The review year must be from 1990 to 2199."),
    "batch.effective_in_future": ("Chưa đến ngày hưởng ({on}); lập quyết định từ ngày này trở đi.",
                                  "Not effective yet ({on}); make the decision from that day on."),
    "batch.early_reason_required": ("Phải ghi lý do nâng lương trước thời hạn của {full_name} (thành tích).",
                                    "An early raise for {full_name} needs its reason (the achievement)."),
    # Due lists (careers/due_lists.py).
    "due_list.unknown_kind": ("Loại danh sách không hợp lệ: chọn nâng lương (raise), vượt khung (beyond_frame), "
                              "nghỉ hưu (retirement) hoặc hết nhiệm kỳ (term).",
                              "Unknown list: choose raise, beyond_frame, retirement or term."),
    "due_list.bad_month": ("Tháng phải có dạng NNNN-TT, ví dụ 2026-03.",
                           "The month must read YYYY-MM, e.g. 2026-03."),
    "due_list.bad_within_months": ("Số tháng phải từ 1 đến 120.", "The number of months must be from 1 to 120."),
    **EVALUATION_MESSAGES,  # evaluations/messages.py
    **REGISTER_MESSAGES,  # registers/messages.py (awards, disciplines, training)
    **IMPORT_MESSAGES,  # imports/messages.py (Excel import of whole units)
    **EXCHANGE_MESSAGES,  # exchange/messages.py (the national database's exchange layout)
    **CERTIFICATION_MESSAGES,  # certifications/messages.py (monthly signed certification)
    **DECLARATION_MESSAGES,  # declarations/messages.py (annual self-declaration, Art. 9.2b)
})
