"""Every message the reporting service shows, by code, in Vietnamese and English (see common.errors)."""

from __future__ import annotations

from common.errors import COMMON

MESSAGES = COMMON.extend({
    "report.unknown_form": ("Không có mẫu báo cáo này.", "There is no such report form."),
    "report.as_of_in_future": ("Thời điểm số liệu không được sau ngày hôm nay ({today}).",
                               "The reference date cannot be after today ({today})."),
    "report.before_unit_existed": ("Đơn vị chưa được thành lập vào thời điểm số liệu (thành lập ngày {established}).",
                                   "The unit did not exist on the reference date (established {established})."),
    "report.unknown_format": ("Định dạng không hỗ trợ; chọn json, xlsx, pdf hoặc csv.",
                              "Unsupported format; choose json, xlsx, pdf or csv."),
    "report.unknown_column": ("Mẫu báo cáo không có cột {column}.", "The form has no column {column}."),
    "report.column_not_counted": ("Cột {column} không đếm theo từng người.",
                                  "Column {column} is not a count of people."),
    "report.unknown_row": ("Báo cáo không có dòng này.", "The report has no such row."),
})
