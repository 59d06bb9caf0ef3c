"""Every message the notify service shows, by code, in Vietnamese and English (see common.errors)."""

from __future__ import annotations

from common.errors import COMMON

MESSAGES = COMMON.extend({
    "unit_not_found": ("Đơn vị không tồn tại.", "The unit does not exist."),
    # Files
    "file.empty": ("Tệp rỗng.", "The file is empty."),
    "file.too_large": ("Tệp vượt quá dung lượng cho phép ({mb} MB).", "The file exceeds the size limit ({mb} MB)."),
    "file.type": ("Chỉ nhận tệp PDF, ảnh (JPEG, PNG), Word (DOCX) hoặc Excel (XLSX); nội dung tệp không đúng loại này.",
                  "Only PDF, JPEG, PNG, DOCX or XLSX files are accepted; this file's content is none of them."),
    "file.image_type": ("Ảnh đại diện phải là ảnh JPEG hoặc PNG.", "The cover must be a JPEG or PNG image."),
    # News
    "news.not_found": ("Không tìm thấy tin bài.", "No such article."),
    "news.not_yours": ("Tin bài này không do đơn vị trong phạm vi của tài khoản viết.",
                       "This article was not written by a unit in your scope."),
    "news.title_required": ("Cần nhập tiêu đề.", "Enter the title."),
    "news.body_required": ("Nội dung tin bài trống (sau khi loại bỏ mã không được phép).",
                           "The body is empty (once disallowed markup is removed)."),
    "news.unknown_category": ("Chuyên mục không có trong danh sách.", "Unknown category."),
    "news.window_reversed": ("Thời điểm kết thúc đăng phải sau thời điểm bắt đầu.",
                             "The publishing window must end after it starts."),
    "news.window_over": ("Thời hạn đăng tin đã qua; vui lòng sửa thời hạn trước khi duyệt.",
                         "The publishing window is over; correct it before approving."),
    "news.audience_required": ("Cần chọn ít nhất một đơn vị nhận tin (hoặc chọn đăng toàn tỉnh).",
                               "Choose at least one unit, or publish to the whole province."),
    "news.audience_unit_unknown": ("Đơn vị {unit} không tồn tại hoặc không thuộc phạm vi đơn vị viết tin.",
                                   "Unit {unit} does not exist or is outside the writing unit's subtree."),
    "news.not_editable": ("Chỉ sửa được tin bài ở trạng thái nháp hoặc bị từ chối.",
                          "Only a draft or a rejected article can be changed."),
    "news.stale": ("Tin bài vừa được người khác cập nhật (lần sửa {revision}); vui lòng tải lại.",
                   "Someone else changed the article meanwhile (revision {revision}); reload it."),
    "news.step_not_allowed": ("Không thể thực hiện thao tác này ở trạng thái hiện tại của tin bài.",
                              "This step is not possible in the article's current state."),
    "news.editor_only": ("Chỉ biên tập viên của Sở Nội vụ mới được duyệt hoặc từ chối tin bài.",
                         "Only the Department of Home Affairs' editors approve or reject articles."),
    "news.reject_reason_required": ("Cần ghi lý do từ chối.", "Give the reason for rejecting."),
    # Announcements
    "announcement.not_found": ("Không tìm thấy thông báo.", "No such announcement."),
    "announcement.title_required": ("Cần nhập tiêu đề thông báo.", "Enter the announcement's title."),
    "announcement.body_required": ("Nội dung thông báo trống (sau khi loại bỏ mã không được phép).",
                                   "The announcement is empty (once disallowed markup is removed)."),
    "announcement.due_in_past": ("Hạn xác nhận không được trước hôm nay ({today}).",
                                 "The due date cannot be before today ({today})."),
    "announcement.recipient_unknown": ("Đơn vị nhận {unit} không tồn tại hoặc không thuộc phạm vi đơn vị gửi.",
                                       "Receiving unit {unit} does not exist or is not below the sending unit."),
    "announcement.already_sent": ("Thông báo đã gửi, không sửa được nữa.",
                                  "The announcement was sent; it cannot change."),
    "announcement.stale": ("Thông báo vừa được người khác cập nhật (lần sửa {revision}); vui lòng tải lại.",
                           "Someone else changed the announcement meanwhile (revision {revision}); reload it."),
    "announcement.not_sent": ("Thông báo chưa được gửi.", "The announcement has not been sent."),
    "announcement.already_acknowledged": ("Đơn vị đã xác nhận thông báo này.", "Your unit already acknowledged it."),
    "announcement.all_acknowledged": ("Tất cả đơn vị nhận đã xác nhận; không còn ai để nhắc.",
                                      "Every receiving unit has acknowledged; nobody to remind."),
    # Messages
    "message.not_found": ("Không tìm thấy cuộc trao đổi.", "No such conversation."),
    "message.subject_required": ("Cần nhập tiêu đề.", "Enter the subject."),
    "message.body_required": ("Cần nhập nội dung tin nhắn.", "Write the message."),
    "message.too_long": ("Tin nhắn dài quá 5.000 ký tự.", "The message is longer than 5,000 characters."),
    "message.addressee_required": ("Cần chọn ít nhất một người nhận (tài khoản hoặc đơn vị).",
                                   "Choose at least one addressee (an account or a unit)."),
    "message.addressee_unreachable": ("Không gửi được tới người nhận đã chọn: không tồn tại hoặc ngoài phạm vi được "
                                      "phép gửi (đơn vị cấp dưới, cấp trên trực tiếp và Sở Nội vụ).",
                                      "Cannot send to this addressee: it does not exist or is out of reach (units "
                                      "below, the parent chain and the Department of Home Affairs)."),
    "message.not_the_sender": ("Chỉ người gửi mới đính kèm tệp vào tin nhắn của mình.",
                               "Only its sender attaches files to a message."),
})
