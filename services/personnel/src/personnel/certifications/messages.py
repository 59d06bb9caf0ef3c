"""Messages of the monthly certification (merged into personnel.errors.MESSAGES)."""

from __future__ import annotations

CERTIFICATION_MESSAGES: dict[str, tuple[str, str]] = {
    "certification.month_invalid": ("Tháng phải có dạng YYYY-MM (ví dụ 2026-11).",
                                    "The month must read YYYY-MM (e.g. 2026-11)."),
    "certification.not_unit_head": (
        "Chỉ thủ trưởng của đơn vị {unit} mới được xác nhận dữ liệu hằng tháng của đơn vị.",
        "Only the head of {unit} may certify the unit's monthly data."),
    "certification.system_admin": ("Quản trị hệ thống không xác nhận dữ liệu của đơn vị.",
                                   "The system administrator does not certify a unit's data."),
    "certification.window_not_open": (
        "Chưa đến thời gian xác nhận dữ liệu tháng {month}: chỉ được xác nhận từ ngày {opens} "
        "(5 ngày làm việc cuối tháng).",
        "The certification of {month} is not open yet: it opens on {opens} (the month's last five working "
        "days)."),
    "certification.already_certified": (
        "Đơn vị đã xác nhận dữ liệu tháng {month} ngày {on} ({by}).",
        "The unit already certified {month} on {on} ({by})."),
    "certification.signing_unavailable": (
        "Chưa ký số được bản xác nhận (dịch vụ ký số không sẵn sàng); dữ liệu chưa thay đổi, vui lòng thử lại.",
        "The certificate could not be signed (the signing service is unavailable); nothing was changed, "
        "please try again."),
}
