"""Pure decisions of the monthly certification (issue 18.5): when a unit's head certifies that the unit's data
is current, whether that is on time or late, who may, and how the month's changes read in the certificate.
No database, no framework.

The window is the last five working days of the month on the project's calendar (common.workdays: the
statutory holidays and the announced days off and make-up Saturdays of the holiday_calendar catalog).
A certification before the window opens is refused (the month is not over enough to vouch for); from the
first day of the window to the month's last working day it is on time; any day after that it is accepted
and marked late, so a unit that forgot can still certify and the Department sees it was late."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from common.auth import SYSTEM_ADMIN, UNIT_LEADER
from common.workdays import WorkCalendar

WINDOW_WORKING_DAYS = 5
MONTH_PATTERN = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
FIRST_YEAR, LAST_YEAR = 1900, 2199  # the months a certification can be about (the careers rules' range)

# What the overview says of a unit for a month.
CERTIFIED = "certified"  # certified within the window
LATE = "late"  # certified after the month's last working day
MISSING = "missing"  # not certified and the window has closed
WAITING = "waiting"  # not certified yet, the window is not over


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """'2026-11' -> Month(2026, 11); anything else raises ValueError('certification.month_invalid')."""
        m = MONTH_PATTERN.match(text.strip()) if isinstance(text, str) else None
        if not m or not FIRST_YEAR <= int(m.group(1)) <= LAST_YEAR:  # year 0000 is no calendar's (500 before)
            raise ValueError("certification.month_invalid")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, monthrange(self.year, self.month)[1])

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        return f"{self.month:02d}/{self.year}"


@dataclass(frozen=True)
class Window:
    opens: date  # the first of the last five working days
    closes: date  # the month's last working day: a certification after it is late


def window(calendar: WorkCalendar, month: Month) -> Window:
    """The last WINDOW_WORKING_DAYS working days of the month (a holiday or a weekend is skipped, a make-up
    Saturday counts)."""
    days: list[date] = []
    d = month.last_day
    while len(days) < WINDOW_WORKING_DAYS and d >= month.first_day:
        if calendar.is_working_day(d):
            days.append(d)
        d -= timedelta(days=1)
    if not days:  # a month without a working day does not exist; keep the function total
        return Window(month.last_day, month.last_day)
    return Window(opens=days[-1], closes=days[0])


def timing(calendar: WorkCalendar, month: Month, day: date) -> str:
    """'early' (refused: the window has not opened), 'on_time' or 'late' for a certification made on `day`."""
    w = window(calendar, month)
    if day < w.opens:
        return "early"
    return "on_time" if day <= w.closes else "late"


def month_to_certify(calendar: WorkCalendar, today: date) -> Month:
    """The month a unit may certify today: this month once its window has opened, else the previous one
    (which, certified now, is late)."""
    this = Month.of(today)
    return this if today >= window(calendar, this).opens else this.previous()


def overview_status(certified_late: bool | None, calendar: WorkCalendar, month: Month, today: date) -> str:
    """A unit's line in the Department's overview: certified_late is None when the unit has not certified."""
    if certified_late is not None:
        return LATE if certified_late else CERTIFIED
    return MISSING if today > window(calendar, month).closes else WAITING


def head_refusal(roles: Iterable[str], principal_unit: str, unit_id: str) -> str | None:
    """Only the unit's head certifies its data: an account with the role unit_leader whose own unit is this
    unit. A leader of a parent unit, an officer of the unit, the Department or the system administrator
    cannot certify for it. Returns the refusal's error code, or None."""
    roles = set(roles)
    if SYSTEM_ADMIN in roles:
        return "certification.system_admin"
    if UNIT_LEADER not in roles or principal_unit != unit_id:
        return "certification.not_unit_head"
    return None


# The sections of the profile, as the PDF names what changed in a version.
SECTION_LABELS = {
    "header": "Thông tin chung", "identity": "Thông tin cá nhân", "recruitment": "Tuyển dụng",
    "political": "Đảng, đoàn thể", "education": "Trình độ", "positions": "Chức vụ",
    "salary": "Lương, ngạch, bậc", "health": "Sức khoẻ", "training": "Đào tạo, bồi dưỡng",
    "work_history": "Quá trình công tác", "personal_history": "Lịch sử bản thân",
    "evaluations": "Đánh giá, xếp loại", "awards": "Khen thưởng", "disciplines": "Kỷ luật",
    "family_relations": "Quan hệ gia đình", "salary_history": "Quá trình lương",
    "allowance_history": "Phụ cấp", "family_economy": "Kinh tế gia đình", "assessment": "Nhận xét, đánh giá",
}


def changed_sections(paths: Iterable[str]) -> list[str]:
    """'salary.salary_step', 'training[1].institution' -> the sections' Vietnamese names, in form order."""
    keys = {re.split(r"[.\[]", p, maxsplit=1)[0] for p in paths if p}
    order = list(SECTION_LABELS)
    return [SECTION_LABELS.get(k, k) for k in sorted(keys, key=lambda k: (order.index(k) if k in order else 99, k))]


def describe_version(*, version: int, moved_from: str | None, batch_title: str | None,
                     sections: list[str], moved_to: str | None = None) -> str:
    """What an approved version changed, in one Vietnamese phrase for the certificate: moved_from for a
    person who came into the certifying unit's subtree, moved_to for one who left it."""
    if version == 1:
        return "Tạo hồ sơ mới"
    parts: list[str] = []
    if moved_to:
        parts.append(f"Chuyển đi {moved_to}")
    elif moved_from:
        parts.append(f"Chuyển đến từ {moved_from}")
    if batch_title:
        parts.append(batch_title)
    if sections:
        parts.append("Cập nhật: " + ", ".join(sections))
    return "; ".join(parts) or "Cập nhật hồ sơ"
