"""The messages of the annual self-declaration (phiếu bổ sung lý lịch, Art. 9.2b), by code, in Vietnamese and
English (merged into personnel.errors)."""

from __future__ import annotations

DECLARATION_MESSAGES: dict[str, tuple[str, str]] = {
    "declaration.round_exists": ("Đã có đợt kê khai bổ sung lý lịch năm {year} đang mở.",
                                 "A self-declaration round for {year} is already open."),
    "declaration.round_dates": ("Ngày kết thúc đợt kê khai phải sau ngày bắt đầu và trong năm {year}.",
                                "The round must close after it opens, within {year}."),
    "declaration.round_not_open": ("Đợt kê khai bổ sung lý lịch năm {year} chưa mở (bắt đầu từ {opens_on}).",
                                   "The {year} self-declaration round is not open yet (it opens on {opens_on})."),
    "declaration.round_closed": (
        "Đợt kê khai bổ sung lý lịch năm {year} đã kết thúc ngày {closes_on}; không thể kê khai hoặc sửa nữa.",
        "The {year} self-declaration round closed on {closes_on}; declarations can no longer be made or changed."),
    # One message for an unknown, expired or used link: it tells nothing about which.
    "declaration.link_invalid": ("Đường dẫn kê khai không hợp lệ hoặc đã hết hạn. Đề nghị liên hệ cơ quan, "
                                 "đơn vị quản lý để được cấp đường dẫn mới.",
                                 "The declaration link is invalid or has expired. Ask your unit for a new link."),
    "declaration.signature_name_mismatch": ("Họ và tên ký phải đúng họ và tên trong hồ sơ ({expected}).",
                                            "The name signed must be the name in the record ({expected})."),
    "declaration.statement_required": ("Cần xác nhận cam đoan lời khai là đúng sự thật trước khi ký.",
                                       "Tick the statement that the declaration is true before signing."),
    "declaration.field_not_declarable": ("Trường {field} không thuộc phiếu bổ sung lý lịch; người kê khai không "
                                         "được sửa.", "{field} is not on the supplementary résumé form; the "
                                         "person cannot change it."),
    "declaration.already_signed": ("Phiếu kê khai đã được ký ngày {signed_on}; không thể sửa.",
                                   "The declaration was signed on {signed_on}; it cannot be changed."),
}
