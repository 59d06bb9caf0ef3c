"""Pure decisions of the notification centre: what each fact says, to whom, and where it links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

KINDS = ("transfer_incoming", "transfer_answered", "announcement", "announcement_reminder", "record_approved",
         "account_locked", "change_pending", "change_rejected", "deadline_approaching", "deadline_overdue",
         "password_expiring")
# What a user may also receive by e-mail (notification_preference.email_kinds): every kind.
EMAIL_KINDS = KINDS

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
    role: str | None = None  # only the accounts of the unit holding this role (a leader's approvals)


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


OBLIGATIONS = {
    "new_record": ("nhập hồ sơ người mới", "entering a new record"),
    "decision_update": ("cập nhật quyết định", "recording a decision"),
    "internal_move": ("cập nhật điều động", "recording a move"),
    "transfer_handover": ("bàn giao hồ sơ", "handing the dossier over"),
    "transfer_receive": ("tiếp nhận hồ sơ", "accepting the dossier"),
    "status_change": ("cập nhật trạng thái", "recording leaving"),
    "electronic_dossier": ("tạo hồ sơ điện tử", "creating the electronic dossier"),
}


def _dmy(d: date) -> tuple[str, str]:
    return d.strftime("%d/%m/%Y"), d.isoformat()


def of_change(*, action: str, change_request_id: str, unit_id: str, reason: str | None = None) -> list[Note]:
    """personnel's change requests, from its audit events: submitted -> the unit's leaders have one to
    approve; rejected -> the unit hears why (approved ones come from personnel.person.* as record_approved)."""
    link = f"/personnel/requests/{change_request_id}"
    if action == "submit":
        return [Note("change_pending", unit_id, "Có thay đổi hồ sơ chờ lãnh đạo phê duyệt",
                     "A record change is waiting for the leader's approval", link, role="unit_leader")]
    if action == "reject":
        why = f": {reason}" if reason else ""
        return [Note("change_rejected", unit_id, f"Thay đổi hồ sơ bị từ chối{why}",
                     f"A record change was rejected{why}", link)]
    return []


def of_deadline(*, threshold: str, kind: str, label: str, unit_id: str, due_on: date, case_id: str | None) -> Note:
    """An obligation due in two working days, or overdue: the unit that must act hears it."""
    vi, en = OBLIGATIONS.get(kind, (kind, kind))
    d_vi, d_en = _dmy(due_on)
    link = f"/transfers/{case_id}" if case_id else "/transfers/timeliness"
    if threshold == "overdue":
        return Note("deadline_overdue", unit_id, f"Quá hạn {vi} (hạn {d_vi}): {label}",
                    f"Overdue: {en} (due {d_en}): {label}", link)
    return Note("deadline_approaching", unit_id, f"Sắp đến hạn {vi} ({d_vi}): {label}",
                f"Due soon: {en} ({d_en}): {label}", link)


def of_password(*, account_id: str, unit_id: str, expires_on: date, days_left: int) -> Note:
    d_vi, d_en = _dmy(expires_on)
    return Note("password_expiring", unit_id,
                f"Mật khẩu của bạn hết hạn ngày {d_vi} (còn {days_left} ngày): hãy đổi mật khẩu",
                f"Your password expires on {d_en} ({days_left} days left): change it", "/account",
                account_id=account_id)


def wants_email(*, kind: str, note_unit_id: str, note_account_id: str | None, note_role: str | None,
                account_id: str, account_unit_id: str, account_roles: list[str], email_kinds: list[str]) -> bool:
    """Whether an account's preferences ask for this note by e-mail: it is among its notes and its kinds."""
    if kind not in email_kinds or note_unit_id != account_unit_id:
        return False
    if note_account_id is not None and note_account_id != account_id:
        return False
    return note_role is None or note_role in account_roles


def email_retry_seconds(attempts: int) -> float:
    """The pause before the next try of an e-mail that failed `attempts` times: 10 s doubling, at most 1 h
    (an SMTP outage delays the mail; it is never dropped)."""
    return float(min(3600, 10 * 2 ** max(0, attempts - 1)))


def valid_email(address: str) -> bool:
    return bool(re.fullmatch(r"[^@\s<>,;\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                             r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+", address)) and len(address) <= 254


# An audit entry older than this is not turned into a note (a new consumer group reads the topic's whole
# history: years of submitted changes long since decided).
FRESH_DAYS = 3


def fresh_enough(event_time: datetime, now: datetime) -> bool:
    return now - event_time <= timedelta(days=FRESH_DAYS)
