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
    "list.not_found": ("Không có danh sách này.", "There is no such list."),
    "list.no_columns": ("Chọn ít nhất một cột.", "Choose at least one column."),
    "list.too_many_columns": ("Chọn nhiều nhất {max} cột.", "Choose at most {max} columns."),
    "list.unknown_column": ("Không có cột {column} trong hồ sơ.", "The profile has no column {column}."),
    "list.repeated_column": ("Một cột được chọn hai lần.", "A column is chosen twice."),
    "list.unknown_filter": ("Không có điều kiện lọc {filter}.", "There is no filter {filter}."),
    "list.bad_filter_value": ("Giá trị của điều kiện lọc {filter} không hợp lệ.",
                              "The value of the filter {filter} is not valid."),
    "list.bad_age": ("Tuổi phải là số nguyên từ 0 đến 120.", "An age must be a whole number from 0 to 120."),
    "list.age_range": ("Tuổi từ phải nhỏ hơn hoặc bằng tuổi đến.", "The lowest age must not exceed the highest."),
    "list.name_taken": ("Đơn vị đã có danh sách tên \"{name}\".", "The unit already has a list named \"{name}\"."),
    "list.unit_fixed": ("Không đổi được đơn vị của danh sách đã lưu.", "A saved list's unit cannot change."),
    "list.unknown_format": ("Định dạng không hỗ trợ; chọn json hoặc xlsx.", "Unsupported format; choose json or xlsx."),
})
