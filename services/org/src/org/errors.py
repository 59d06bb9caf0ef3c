"""Every message the org service shows, by code, in Vietnamese and English (see common.errors)."""

from __future__ import annotations

from common.errors import COMMON

MESSAGES = COMMON.extend({
    # The dated unit tree (units/rules.py, units/service.py, units/endpoints.py, units/schemas.py).
    "unit.code_format": ("Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch nối, gạch dưới (tối đa 64 ký tự).",
                         "Unit code: letters, digits, '.', '-', '_' (at most 64 characters)."),
    "duplicate_unit_code": ("Mã đơn vị {unit_id} đã tồn tại.", "Unit code {unit_id} already exists."),
    "unit.code_in_use": ("Mã {unit_id} đã được dùng.", "Code {unit_id} is already in use."),
    "unit.not_found": ("Không tìm thấy đơn vị {unit_id}.", "Unit {unit_id} not found."),
    "unit.not_on_date": ("Đơn vị chưa tồn tại vào ngày này.", "The unit did not exist on that date."),
    "unit.nothing_to_change": ("Không có thông tin nào thay đổi.", "Nothing to change."),
    "unit.stale": ("Dữ liệu đơn vị đã được người khác thay đổi (lần sửa {revision}); hãy tải lại rồi sửa lại.",
                   "The unit was changed by someone else meanwhile (version {revision}); reload it and edit again."),
    "unit.already_under_parent": ("Đơn vị đã trực thuộc đơn vị này.", "The unit is already under this parent."),
    "unit.decision_date_required": ("Cần ngày hiệu lực hoặc ngày quyết định.",
                                    "effective_on or decision_date is required"),
    "move_cycle": (
        "Không thể chuyển đơn vị {unit_id} vào {parent_id}: {parent_id} là chính nó hoặc đơn vị cấp dưới của nó.",
        "Cannot move {unit_id} under {parent_id}: that is the unit itself or one of its descendants."),
    "unit.cycle": ("Tạo thành vòng lặp trong cây tổ chức.", "Would create a cycle."),
    "merge_into_descendant": (
        "Không thể sáp nhập {source_id} vào {target_id} vì {target_id} là đơn vị cấp dưới của {source_id}.",
        "Cannot merge {source_id} into {target_id}: {target_id} is one of its descendants."),
    "effective_before_unit_existed": (
        "Ngày hiệu lực {effective_on} trước ngày thành lập đơn vị {unit_id} ({established_on}).",
        "Effective date {effective_on} is before unit {unit_id} existed ({established_on})."),
    "unit.before_established": ("Trước ngày thành lập đơn vị.", "Before the unit existed."),
    "effective_before_last_change": (
        "Ngày hiệu lực {effective_on} trước thay đổi gần nhất của đơn vị {unit_id} ({last_changed_on}).",
        "Effective date {effective_on} is before the latest change of unit {unit_id} ({last_changed_on})."),
    "unit.before_last_change": ("Trước thay đổi gần nhất.", "Before the latest change."),
    "unit_inactive": ("Đơn vị {unit_id} đã giải thể hoặc không còn hoạt động.",
                      "Unit {unit_id} is dissolved or inactive."),
    "unit_has_staff": (
        "Đơn vị {unit_id} còn {staff} người đang công tác và {pending} hồ sơ điều chuyển chưa hoàn tất; "
        "cần chuyển hết trước khi giải thể.",
        "Unit {unit_id} still has {staff} staff and {pending} pending transfers; move them first."),
    "unit_has_children": ("Đơn vị {unit_id} còn đơn vị trực thuộc đang hoạt động: {children}.",
                          "Unit {unit_id} still has active sub-units: {children}."),
    "staff_without_destination": (
        "Đơn vị {unit_id} có {staff} người nhưng chỉ {listed} người được chỉ định nơi chuyển đến; "
        "hãy chỉ định đơn vị nhận cho tất cả.",
        "Unit {unit_id} has {staff} staff but only {listed} have a destination; give one for everyone."),
    # Mergers and splits (units/rules.py, units/reorganize.py).
    "reorganization.person_listed_twice": ("Người {person_id} được liệt kê hai lần.",
                                           "Person {person_id} is listed twice."),
    "reorganization.person_outside": ("Người {person_id}: phải chuyển từ đơn vị nguồn sang đơn vị đích.",
                                      "Person {person_id} must move from a source unit to a target unit."),
    "reorganization.duplicate_source": ("Đơn vị nguồn bị lặp.", "A source unit is listed twice."),
    "reorganization.merge_needs_sources": (
        "Sáp nhập cần ít nhất hai đơn vị nguồn (hoặc một đơn vị vào đơn vị có sẵn).",
        "A merge needs two sources (or one into an existing unit)."),
    "reorganization.target_is_source": ("Đơn vị đích không được là đơn vị nguồn.", "The target cannot be a source."),
    "reorganization.duplicate_target": ("Đơn vị đích bị lặp.", "A target unit is listed twice."),
    "reorganization.split_needs_targets": (
        "Chia tách cần ít nhất hai đơn vị đích (hoặc một nếu giữ lại đơn vị cũ).",
        "A split needs two targets (or one if the source is kept)."),
    "reorganization.default_not_target": ("Đơn vị nhận mặc định phải là một đơn vị đích.",
                                          "The default destination must be one of the targets."),
    "reorganization.child_not_sub_unit": ("{child} không phải đơn vị trực thuộc {source_id}.",
                                          "{child} is not a sub-unit of {source_id}."),
    "reorganization.child_needs_target": ("{child} phải chuyển về một đơn vị đích.",
                                          "{child} must move to one of the targets."),
    "reorganization.new_unit_needs_name": ("Đơn vị mới {unit_id} cần có tên.", "New unit {unit_id} needs a name."),
    "reorganization.split_one_source": ("Chia tách chỉ có một đơn vị nguồn.", "A split has exactly one source."),
    "reorganization.merge_one_target": ("Sáp nhập chỉ có một đơn vị đích.", "A merge has exactly one target."),
    # Catalogs (catalogs/service.py, catalogs/excel.py, catalogs/endpoints.py).
    "catalog.not_found": ("Không tìm thấy danh mục.", "Catalog not found."),
    "catalog.item_not_found": ("Không tìm thấy mục danh mục.", "Catalog item not found."),
    "catalog.inactive_code": ("Mã {item} không có trong danh mục {catalog} hoặc đã ngừng sử dụng.",
                              "Code {item} is not an active item of catalog {catalog}."),
    "catalog.valid_to_before_from": ("Ngày hết hiệu lực trước ngày có hiệu lực.", "valid_to is before valid_from."),
    "catalog.item_stale": ("Mục {item} đã được người khác thay đổi (lần sửa {revision}); hãy tải lại rồi sửa lại.",
                           "Item {item} was changed by someone else meanwhile (version {revision}); reload it and "
                           "edit again."),
    "duplicate_catalog_code": ("Mã {item} đã có trong danh mục.", "Code {item} already exists in the catalog."),
    "catalog_item_in_use": ("Mục {item} đang được sử dụng ({used} bản ghi) nên không thể xóa; hãy ngừng sử dụng.",
                            "Item {item} is in use by {used} records; deactivate it instead."),
    "catalog_item_seeded": ("Mục {item} thuộc danh mục chuẩn nên không thể xóa; hãy ngừng sử dụng.",
                            "Item {item} comes from the statutory list; deactivate it instead."),
    "catalog_import.too_large": ("Tệp quá lớn (tối đa {mb} MB).", "File too large ({mb} MB at most)."),
    "catalog_import.not_xlsx": ("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.", "Not a valid .xlsx file."),
    "catalog_import.header": ("Dòng đầu phải có các cột code và name.", "The header row needs code and name columns."),
    "catalog_import.too_many_rows": ("Tệp quá nhiều dòng (tối đa {max_rows} dòng).", "At most {max_rows} rows."),
    "catalog_import.bad_row": ("Dòng {row}: mã, tên, thứ tự, trạng thái hoặc ngày không hợp lệ (hoặc mã bị lặp).",
                               "Row {row}: bad or duplicate code, name, order, flag or date."),
    # Staffing (staffing/service.py).
    "staffing_quota.stale": ("Chỉ tiêu biên chế đã được người khác thay đổi (lần sửa {revision}); hãy tải lại "
                             "rồi nhập lại.",
                             "The staffing quota was changed by someone else meanwhile (version {revision}); "
                             "reload it and enter it again."),
    "duplicate_job_position": ("Vị trí việc làm mã {position} đã có trong đơn vị.",
                               "Job position {position} already exists in this unit."),
    "job_position.ends_before_start": ("Ngày kết thúc trước ngày vị trí việc làm bắt đầu áp dụng.",
                                       "The end date is before the job position began."),
    # Job-position plans (job_plans/rules.py, job_plans/schemas.py, job_plans/service.py).
    "job_plan.none": ("Đơn vị chưa có đề án vị trí việc làm được phê duyệt tại ngày này.",
                      "The unit has no approved job-position plan on that date."),
    "job_plan.before_unit": ("Ngày áp dụng đề án trước ngày thành lập đơn vị ({established_on}).",
                             "The plan's date is before the unit existed ({established_on})."),
    "job_plan.after_unit": ("Đơn vị đã giải thể từ ngày {dissolved_on}; không thể phê duyệt đề án sau ngày đó.",
                            "The unit was dissolved on {dissolved_on}; no plan can begin after that."),
    "job_plan.empty": ("Đề án cần ít nhất một vị trí việc làm.", "A plan needs at least one job position."),
    "job_plan.duplicate_position": ("Vị trí việc làm {position} được ghi hai lần trong đề án.",
                                    "Job position {position} is listed twice in the plan."),
    "job_plan.unknown_position": ("Mã {position} không phải vị trí việc làm của đơn vị.",
                                  "{position} is not a job position of this unit."),
    "job_plan.position_not_in_force": ("Vị trí việc làm {position} không còn (hoặc chưa) áp dụng vào ngày {on}.",
                                       "Job position {position} is not in force on {on}."),
    "job_plan.posts_whole_number": ("Số lượng vị trí phải là số nguyên.",
                                    "The number of posts must be a whole number."),
    "job_plan.posts_negative": ("Số lượng vị trí không được âm.", "The number of posts cannot be negative."),
    "job_plan.posts_too_many": ("Số lượng vị trí quá lớn.", "The number of posts is too large."),
    "job_plan.effective_before_decision": ("Ngày áp dụng không được trước ngày quyết định.",
                                           "The plan cannot begin before its decision's date."),
    "job_plan.duplicate_decision": ("Quyết định số {number} của {issuer} đã được ghi cho một phiên bản đề án khác.",
                                    "Decision {number} of {issuer} is already recorded for another plan version."),
    "job_plan.already_decided": ("Phiên bản {version} của đề án đã được xử lý.",
                                 "Plan version {version} was already decided."),
    "job_plan.reason_required": ("Cần ghi lý do không phê duyệt.", "Give the reason for refusing."),
})
