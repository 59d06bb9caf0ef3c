"""The messages of the exchange with the national database (spread into personnel.errors.MESSAGES)."""

from __future__ import annotations

EXCHANGE_MESSAGES = {
    "exchange.bad_file": (
        "Tệp không phải là gói hồ sơ trao đổi với CSDL quốc gia (JSON, định dạng {format}).",
        "The file is not an exchange package of the national database (JSON, format {format})."),
    "exchange.bad_dossier": ("Hồ sơ thứ {row} không đúng cấu trúc (thiếu 'truong' hoặc 'bang').",
                             "Dossier {row} is malformed (no 'truong' or 'bang')."),
    "exchange.unknown_field": ("Mã trường '{field_code}' không có trong danh sách trường trao đổi.",
                               "Field code '{field_code}' is not in the exchange layout."),
    "exchange.too_many": ("Gói có {count} hồ sơ, vượt quá {max} hồ sơ mỗi lần nhập.",
                          "The package holds {count} dossiers, above the {max} one import may take."),
    "exchange.not_approved": ("Hồ sơ chưa được duyệt nên chưa thể xuất.",
                              "The record is not approved yet, so it cannot be exported."),
}
