"""Pure decisions of the notification centre: what each fact says, to whom, and where it links."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("transfer_incoming", "transfer_answered", "announcement", "announcement_reminder", "record_approved",
         "account_locked")

CASE_KINDS = {
    "internal_move": ("điều động nội bộ", "internal move"), "transfer": ("chuyển công tác", "transfer"),
    "rotation": ("luân chuyển", "rotation"), "secondment": ("biệt phái", "secondment"),
    "arrival": ("tiếp nhận", "arrival"), "leaving": ("nghỉ việc", "leaving"),
    "reorganization": ("sắp xếp tổ chức", "reorganisation"),
}


@dataclass(frozen=True)
class Note:
    kind: str
    unit_id: str
    title_vi: str
    title_en: str
    link: str
    account_id: str | None = None


def of_case(*, case_id: str, kind: str, step: str, full_name: str, from_unit_id: str | None,
            to_unit_id: str | None) -> list[Note]:
    """A case sent: the receiving unit has an incoming case; accepted or rejected: the sending unit hears."""
    vi, en = CASE_KINDS.get(kind, (kind, kind))
    link = f"/transfers/{case_id}"
    if step == "send" and to_unit_id:
        return [Note("transfer_incoming", to_unit_id, f"Hồ sơ {vi} đến: {full_name}",
                     f"Incoming {en} case: {full_name}", link)]
    if step in ("accept", "reject") and from_unit_id:
        vi_done, en_done = ("đã được tiếp nhận", "accepted") if step == "accept" else ("bị từ chối", "rejected")
        return [Note("transfer_answered", from_unit_id, f"Hồ sơ {vi} của {full_name} {vi_done}",
                     f"The {en} case of {full_name} was {en_done}", link)]
    return []


def of_announcement(*, announcement_id: str, title: str, units: list[str], reminder: bool) -> list[Note]:
    link = f"/news/announcements/{announcement_id}"
    if reminder:
        return [Note("announcement_reminder", u, f"Nhắc xác nhận thông báo: {title}",
                     f"Reminder to acknowledge: {title}", link) for u in units]
    return [Note("announcement", u, f"Thông báo mới: {title}", f"New announcement: {title}", link) for u in units]


def of_record(*, person_id: str, unit_id: str, full_name: str, created: bool) -> Note:
    what_vi, what_en = ("Hồ sơ mới", "New record") if created else ("Thay đổi hồ sơ", "Change to the record")
    return Note("record_approved", unit_id, f"{what_vi} của {full_name} đã được phê duyệt",
                f"{what_en} of {full_name} approved", f"/personnel/{person_id}")


def of_lock(*, account_id: str, username: str, unit_id: str, reason: str | None) -> Note:
    why = f": {reason}" if reason else ""
    return Note("account_locked", unit_id, f"Tài khoản {username} đã bị khoá{why}",
                f"Account {username} was locked{why}", f"/admin/accounts/{account_id}")
