"""The org tree's business errors, each in Vietnamese and English (rendered by common.errors)."""

from __future__ import annotations

from datetime import date

from common.errors import Conflict, FieldError, ValidationFailed


def _d(value: date) -> str:
    return value.strftime("%d/%m/%Y")


class DuplicateCode(Conflict):
    code = "duplicate_unit_code"

    def __init__(self, unit_id: str) -> None:
        super().__init__(f"Mã đơn vị {unit_id} đã tồn tại.", f"Unit code {unit_id} already exists.",
                         fields=[FieldError("unit_id", f"Mã {unit_id} đã được dùng.", "Code already in use.")])


class MoveCycle(ValidationFailed):
    code = "move_cycle"

    def __init__(self, unit_id: str, parent_id: str) -> None:
        super().__init__(
            f"Không thể chuyển đơn vị {unit_id} vào {parent_id}: {parent_id} là chính nó hoặc đơn vị cấp dưới của nó.",
            f"Cannot move {unit_id} under {parent_id}: that is the unit itself or one of its descendants.",
            fields=[FieldError("parent_id", "Tạo thành vòng lặp trong cây tổ chức.", "Would create a cycle.")],
        )


class MergeIntoDescendant(ValidationFailed):
    code = "merge_into_descendant"

    def __init__(self, source_id: str, target_id: str) -> None:
        super().__init__(
            f"Không thể sáp nhập {source_id} vào {target_id} vì {target_id} là đơn vị cấp dưới của {source_id}.",
            f"Cannot merge {source_id} into {target_id}: {target_id} is one of its descendants.",
        )


class BeforeUnitExisted(ValidationFailed):
    code = "effective_before_unit_existed"

    def __init__(self, unit_id: str, effective_on: date, established_on: date) -> None:
        super().__init__(
            f"Ngày hiệu lực {_d(effective_on)} trước ngày thành lập đơn vị {unit_id} ({_d(established_on)}).",
            f"Effective date {effective_on} is before unit {unit_id} existed ({established_on}).",
            fields=[FieldError("effective_on", "Trước ngày thành lập đơn vị.", "Before the unit existed.")],
        )


class BeforeLastChange(ValidationFailed):
    code = "effective_before_last_change"

    def __init__(self, unit_id: str, effective_on: date, last_changed_on: date) -> None:
        super().__init__(
            f"Ngày hiệu lực {_d(effective_on)} trước thay đổi gần nhất của đơn vị {unit_id} ({_d(last_changed_on)}).",
            f"Effective date {effective_on} is before the latest change of unit {unit_id} ({last_changed_on}).",
            fields=[FieldError("effective_on", "Trước thay đổi gần nhất.", "Before the latest change.")],
        )


class UnitInactive(ValidationFailed):
    code = "unit_inactive"

    def __init__(self, unit_id: str) -> None:
        super().__init__(f"Đơn vị {unit_id} đã giải thể hoặc không còn hoạt động.",
                         f"Unit {unit_id} is dissolved or inactive.")


class HasStaff(Conflict):
    code = "unit_has_staff"

    def __init__(self, unit_id: str, staff: int, pending: int) -> None:
        super().__init__(
            f"Đơn vị {unit_id} còn {staff} người đang công tác và {pending} hồ sơ điều chuyển chưa hoàn tất; "
            "cần chuyển hết trước khi giải thể.",
            f"Unit {unit_id} still has {staff} staff and {pending} pending transfers; move them first.",
        )


class HasChildren(Conflict):
    code = "unit_has_children"

    def __init__(self, unit_id: str, children: list[str]) -> None:
        listed = ", ".join(children[:10])
        super().__init__(f"Đơn vị {unit_id} còn đơn vị trực thuộc đang hoạt động: {listed}.",
                         f"Unit {unit_id} still has active sub-units: {listed}.")


class StaffWithoutDestination(ValidationFailed):
    code = "staff_without_destination"

    def __init__(self, unit_id: str, staff: int, listed: int) -> None:
        super().__init__(
            f"Đơn vị {unit_id} có {staff} người nhưng chỉ {listed} người được chỉ định nơi chuyển đến; "
            "hãy chỉ định đơn vị nhận cho tất cả.",
            f"Unit {unit_id} has {staff} staff but only {listed} have a destination; give one for everyone.",
        )


def invalid(field: str, vi: str, en: str) -> ValidationFailed:
    return ValidationFailed(vi, en, fields=[FieldError(field, vi, en)])
