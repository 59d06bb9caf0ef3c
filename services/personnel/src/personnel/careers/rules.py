"""Career clocks (rules.md R-01..R-32): salary steps and amounts, regular and early raises, time that does
not count, extensions, seniority beyond the frame, retirement, appointment terms. Pure: no database, no
framework; every function gets the data it judges by.

Rules are dated data, never an `if` on today: each parameter, extension and award row carries its validity
and legal basis (careers/data/*.csv), the salary grades, base salaries and retirement ages are catalog rows,
and each case is judged by the row in force on the case's own date (the step start, the decision, the
retirement date, the start of the term). A case no row covers raises RuleNotInForce rather than guessing."""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Literal, Protocol, TypeVar

from common.workdays import WorkCalendar

# ---------------------------------------------------------------------------------------------------------
# Dates


def month_end(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier); a day the target month lacks becomes its last day
    (2028-05-31 - 3 months = 2028-02-29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _calendar.monthrange(year, month + 1)[1]))


def whole_months(start: date, end: date) -> int:
    """Whole months from `start` up to `end` (the largest n with start + n months <= end); negative if
    `end` is earlier."""
    n = (end.year - start.year) * 12 + end.month - start.month
    if n >= 0:
        while n > 0 and add_months(start, n) > end:
            n -= 1
        return n
    while add_months(start, n) < end:
        n += 1
    return n


def after_years(start: date, years: int) -> date:
    """The day that corresponds to `start` `years` later; 29 February becomes 1 March in a common year
    (so a period of years from 29/02 ends on 28/02, Civil Code art. 148)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, 3, 1)


ASCII_DIGITS = re.compile(r"[0-9]+")


def ascii_digits(text: str, length: int | None = None) -> bool:
    """Only the digits 0-9 (Python's \\d and int() also take full-width and Arabic-Indic digits)."""
    return bool(ASCII_DIGITS.fullmatch(text)) and (length is None or len(text) == length)


# ---------------------------------------------------------------------------------------------------------
# Dated rows


class RuleNotInForce(LookupError):
    """No row of the rule covers the case's date: the data must be completed, the software does not guess."""

    def __init__(self, key: str, on: date) -> None:
        super().__init__(f"no rule {key!r} in force on {on.isoformat()}")
        self.key, self.on = key, on


class Dated(Protocol):
    @property
    def valid_from(self) -> date | None: ...
    @property
    def valid_to(self) -> date | None: ...


def covers(row: Dated, on: date) -> bool:
    return (row.valid_from is None or row.valid_from <= on) and (row.valid_to is None or on <= row.valid_to)


D = TypeVar("D", bound=Dated)
T = TypeVar("T")


def in_force(rows: Iterable[D], on: date) -> D | None:
    """The row in force on `on`: of the rows whose validity holds the day, the one started last."""
    found = [r for r in rows if covers(r, on)]
    return max(found, key=lambda r: r.valid_from or date.min, default=None)


@dataclass(frozen=True)
class Parameter:
    rule: str  # R-xx
    key: str
    value: str
    valid_from: date | None
    valid_to: date | None
    legal_basis: str
    confidence: str = "high"


@dataclass(frozen=True)
class Parameters:
    rows: tuple[Parameter, ...]

    def get(self, key: str, on: date) -> Parameter:
        row = in_force((r for r in self.rows if r.key == key), on)
        if row is None:
            raise RuleNotInForce(key, on)
        return row

    def find(self, key: str, on: date) -> Parameter | None:
        try:
            return self.get(key, on)
        except RuleNotInForce:
            return None

    def int(self, key: str, on: date) -> int:
        return int(self.get(key, on).value)

    def text(self, key: str, on: date) -> str:
        return self.get(key, on).value


# ---------------------------------------------------------------------------------------------------------
# salary grades


@dataclass(frozen=True)
class GradeStep:
    table: str  # bang1_chuyen_gia_cao_cap | bang2_cong_chuc | bang3_vien_chuc | bang4_thua_hanh_phuc_vu
    group: str  # A3.1 ... C3, CGCC, B4.1 ...
    step: int
    coefficient: Decimal
    raise_period_months: int
    valid_from: date | None = None
    valid_to: date | None = None


class SalaryGrades:
    """The coefficient of every step of every group (catalog salary_grades), as in force on a day."""

    def __init__(self, steps: Iterable[GradeStep]) -> None:
        self._steps = tuple(steps)
        self._tables: dict[str, list[str]] = {}
        for s in self._steps:
            tables = self._tables.setdefault(s.group, [])
            if s.table not in tables:
                tables.append(s.table)

    def groups(self) -> set[str]:
        return set(self._tables)

    def tables_of(self, group: str) -> list[str]:
        return list(self._tables.get(group, []))

    def ladder(self, group: str, table: str | None = None, on: date | None = None) -> list[GradeStep]:
        """The steps of a group in one table (the first table holding the group when none is named)."""
        tables = self._tables.get(group)
        if not tables:
            return []
        table = table if table is not None else tables[0]
        return sorted((s for s in self._steps if s.group == group and s.table == table
                       and (on is None or covers(s, on))), key=lambda s: s.step)

    def step(self, group: str, step: int, table: str | None = None, on: date | None = None) -> GradeStep | None:
        return next((s for s in self.ladder(group, table, on) if s.step == step), None)

    def last_step(self, group: str, table: str | None = None, on: date | None = None) -> int | None:
        ladder = self.ladder(group, table, on)
        return ladder[-1].step if ladder else None

    def raise_period(self, group: str, on: date | None = None) -> int | None:
        """R-10: months on a step before the next raise (60 Bảng 1; 36 A0-A3; 24 B, C, Bảng 4)."""
        ladder = self.ladder(group, None, on)
        return ladder[0].raise_period_months if ladder else None


def check_salary_step(grades: SalaryGrades, *, group: str, table: str | None, step: int | None,
                      coefficient: Decimal | None, on: date | None = None) -> list[str]:
    """R-01: the step must exist in the group's ladder and the coefficient must be that step's.
    Returns message codes (empty when the pair is right)."""
    if not grades.ladder(group, table, on):
        return ["careers.unknown_salary_group"]
    if step is None:
        return []
    found = grades.step(group, step, table, on)
    if found is None:
        return ["careers.step_not_in_grade"]
    if coefficient is not None and Decimal(coefficient).quantize(Decimal("0.01")) != found.coefficient:
        return ["careers.coefficient_not_of_step"]
    return []


@dataclass(frozen=True)
class Placement:
    group: str
    qualification: str
    step: int
    valid_from: date | None
    valid_to: date | None
    legal_basis: str


def initial_step(placements: Iterable[Placement], *, group: str, qualification: str | None, on: date) -> int:
    """R-16: step 1 of the rank or title, unless a row in force on the recruitment date places the
    qualification higher (A1 with a matching master's degree -> 2, doctorate -> 3; B with college -> 2)."""
    row = in_force((p for p in placements if p.group == group and p.qualification == qualification), on)
    return row.step if row else 1


@dataclass(frozen=True)
class Replacement:
    step: int
    coefficient: Decimal
    clock_from: date  # the date the next raise counts from


def re_place(grades: SalaryGrades, *, old_group: str, old_table: str | None, old_step: int, old_step_start: date,
             new_group: str, new_table: str | None, placed_on: date) -> Replacement:
    """R-07 [medium]: the lowest step of the new group whose coefficient is at least the current one; when
    the increase is not larger than the gap between two adjacent steps of the old group, the time on the old
    step still counts, otherwise the clock restarts on the placement date."""
    old = grades.ladder(old_group, old_table, placed_on)
    current = next(s for s in old if s.step == old_step)
    new = next((s for s in grades.ladder(new_group, new_table, placed_on) if s.coefficient >= current.coefficient),
               None) or grades.ladder(new_group, new_table, placed_on)[-1]
    gap = old[1].coefficient - old[0].coefficient if len(old) > 1 else Decimal(0)
    keeps = new.coefficient - current.coefficient <= gap
    return Replacement(new.step, new.coefficient, old_step_start if keeps else placed_on)


@dataclass(frozen=True)
class CareerLevel:
    level: int
    salary_group: str
    transition_from_groups: tuple[str, ...]


def career_level_for_group(levels: Iterable[CareerLevel], group: str) -> int | None:
    """R-06: the career level a public employee's current group moves to (by 2027-07-01): B -> 1,
    A0 -> 2, A1 -> 3, A2.1 and A2.2 -> 4, A3.1 and A3.2 -> 5."""
    return next((lv.level for lv in levels if group in lv.transition_from_groups), None)


# ---------------------------------------------------------------------------------------------------------
# amounts


@dataclass(frozen=True)
class BaseSalary:
    effective_from: date
    amount_vnd: int
    legal_basis: str = ""


def base_salary_on(rows: Iterable[BaseSalary], day: date) -> BaseSalary:
    """R-04: the latest row with effective_from <= the first day of the day's month."""
    first = day.replace(day=1)
    row = max((r for r in rows if r.effective_from <= first), key=lambda r: r.effective_from, default=None)
    if row is None:
        raise RuleNotInForce("base_salary", day)
    return row


def vnd(amount: Decimal) -> int:
    """Integer VND, half-up, at the last step only (R-03)."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def monthly_amount(coefficient: Decimal, base_salary: int) -> int:
    """R-03: coefficient x base salary (also a coefficient allowance such as the PCCV)."""
    return vnd(Decimal(coefficient) * base_salary)


def beyond_frame_amount(last_step_coefficient: Decimal, percent: int, base_salary: int) -> int:
    """R-15: percent x the last step's coefficient x base salary, the product kept with 4 decimals."""
    product = (Decimal(last_step_coefficient) * Decimal(percent) / 100).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return vnd(product * base_salary)


# ---------------------------------------------------------------------------------------------------------
# time that does not count


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive


@dataclass(frozen=True)
class NonCounted:
    months: int  # what delays the raise
    whole_months: int
    leftover_working_days: int


def split_period(period: Period, calendar: WorkCalendar) -> tuple[int, int]:
    """A period as whole calendar months from its start plus the working days of what is left."""
    months = whole_months(period.start, period.end + timedelta(days=1))
    rest_start = add_months(period.start, months)
    if rest_start > period.end:
        return months, 0
    return months, calendar.working_days_between(rest_start - timedelta(days=1), period.end)


def months_of(months: int, working_days: int, params: Parameters, on: date) -> int:
    """R-11: whole months count as months; each full block of month_working_days pooled leftover working
    days is one more, and a remainder of at least leftover_working_days (11) one more again."""
    block = params.int("non_counted.month_working_days", on)
    threshold = params.int("non_counted.leftover_working_days", on)
    extra, rest = divmod(working_days, block)
    return months + extra + (1 if rest >= threshold else 0)


def non_counted(periods: Iterable[Period], calendar: WorkCalendar, params: Parameters, on: date) -> NonCounted:
    """R-11 over several periods (unpaid leave, suspension, probation, waiting for retirement...), judged
    by the rule in force on `on` (the start of the holding period)."""
    total_months = total_days = 0
    for p in periods:
        if p.end < p.start:
            continue
        m, d = split_period(p, calendar)
        total_months += m
        total_days += d
    return NonCounted(months_of(total_months, total_days, params, on), total_months, total_days)


def status_periods(events: Iterable[tuple[date, str]], statuses: Iterable[tuple[str, date | None, date | None]],
                   until: date) -> list[Period]:
    """R-11 from dated status events (effective_on, status): each stretch in a status whose time does not
    count (unpaid leave, suspension, probation, waiting for retirement; the rows in force on the stretch's
    start) runs to the day before the next event, or to `until` while it lasts."""
    ordered = sorted(events)
    out = []
    for i, (start, status) in enumerate(ordered):
        if not any(s == status and (a is None or a <= start) and (b is None or start <= b) for s, a, b in statuses):
            continue
        end = ordered[i + 1][0] - timedelta(days=1) if i + 1 < len(ordered) else until
        if end >= start:
            out.append(Period(start, end))
    return out


# ---------------------------------------------------------------------------------------------------------
# extensions

StaffGroup = Literal["cb_cc", "vc"]
STAFF_GROUP: dict[str, StaffGroup] = {"cadre": "cb_cc", "civil_servant": "cb_cc", "public_employee": "vc",
                                      "contract_worker": "vc"}  # contract staff paid on NĐ 204: as VC
# Discipline catalog codes (discipline_forms) -> the penalty of R-12's table.
PENALTY_OF = {"KHIEN_TRACH": "reprimand", "VC_KHIEN_TRACH": "reprimand", "CANH_CAO": "warning",
              "VC_CANH_CAO": "warning", "HA_BAC_LUONG": "salary_step_demotion", "GIANG_CHUC": "demotion",
              "CACH_CHUC": "dismissal", "VC_CACH_CHUC": "dismissal"}
POOR_RATINGS = frozenset({"KHTNV"})  # evaluation_levels: Không hoàn thành nhiệm vụ


@dataclass(frozen=True)
class ExtensionRule:
    event: str  # poor_rating | reprimand | warning | salary_step_demotion | demotion | dismissal | forced_poor_rating
    applies_to: StaffGroup
    months: int | None
    valid_from: date | None  # of the decision (or of the rated year's end)
    valid_to: date | None
    legal_basis: str
    confidence: str = "high"


@dataclass(frozen=True)
class Rating:
    year: int
    rating: str | None  # evaluation_levels code


@dataclass(frozen=True)
class Penalty:
    form: str  # discipline_forms code
    decided_on: date


@dataclass(frozen=True)
class Extension:
    event: str
    on: date  # the decision, or 31 December of the rated year
    months: int
    legal_basis: str
    source: str  # the discipline code or "rating <year>"


@dataclass(frozen=True)
class Extensions:
    items: tuple[Extension, ...] = ()
    unmatched: tuple[Penalty, ...] = ()  # penalties no row covers (e.g. giáng chức decided after 2025-06-30)

    @property
    def months(self) -> int:
        return sum(e.months for e in self.items)


def _rule(table: Iterable[ExtensionRule], event: str, group: StaffGroup, on: date) -> ExtensionRule | None:
    return in_force((r for r in table if r.event == event and r.applies_to == group), on)


def extensions(table: Sequence[ExtensionRule], *, staff_category: str, ratings: Iterable[Rating] = (),
               penalties: Iterable[Penalty] = (), start: date, end: date) -> Extensions:
    """R-12: the extensions of the events falling in [start, end): each year rated "Không hoàn thành nhiệm
    vụ" (dated 31 December of that year) and each penalty (dated by its decision), by the row in force on
    the event's date for the person's staff group. Where a row `forced_poor_rating` is in force, a year with
    a penalty also counts as a poor year (the 2025 evaluation decrees force that rating), once per year."""
    group = STAFF_GROUP.get(staff_category, "cb_cc")
    items: list[Extension] = []
    unmatched: list[Penalty] = []
    poor_years = {r.year for r in ratings if r.rating in POOR_RATINGS}
    for p in sorted(penalties, key=lambda p: p.decided_on):
        if not (start <= p.decided_on < end):
            continue
        event = PENALTY_OF.get(p.form)
        rule = _rule(table, event, group, p.decided_on) if event else None
        if rule is None or rule.months is None:
            unmatched.append(p)
            continue
        items.append(Extension(event or "", p.decided_on, rule.months, rule.legal_basis, p.form))
        if _rule(table, "forced_poor_rating", group, p.decided_on) is not None:
            poor_years.add(p.decided_on.year)
    for year in sorted(poor_years):
        year_end = date(year, 12, 31)
        if not (start <= year_end < end):
            continue
        rule = _rule(table, "poor_rating", group, year_end)
        if rule is not None and rule.months:
            items.append(Extension("poor_rating", year_end, rule.months, rule.legal_basis, f"rating {year}"))
    return Extensions(tuple(sorted(items, key=lambda e: e.on)), tuple(unmatched))


# ---------------------------------------------------------------------------------------------------------
# regular raise


def next_raise_date(step_start: date, period_months: int, extension_months: int = 0,
                    non_counted_months: int = 0) -> date:
    """R-10: step start + period + extension + non-counted months."""
    return add_months(step_start, period_months + extension_months + non_counted_months)


@dataclass(frozen=True)
class RaiseDue:
    due_on: date
    period_months: int
    extension_months: int
    non_counted_months: int
    extensions: Extensions = field(default_factory=Extensions)


def holding_period_due(*, start: date, period_months: int, staff_category: str,
                       extension_table: Sequence[ExtensionRule], ratings: Sequence[Rating] = (),
                       penalties: Sequence[Penalty] = (), non_counted_periods: Sequence[Period] = (),
                       calendar: WorkCalendar | None = None, params: Parameters | None = None) -> RaiseDue:
    """When a holding period that began on `start` ends (R-10 with R-11 and R-12): the events and
    non-counted time that fall inside the period lengthen it, which may bring later events inside, so the
    date is computed until it no longer moves."""
    due = next_raise_date(start, period_months)
    for _ in range(100):
        ext = extensions(extension_table, staff_category=staff_category, ratings=ratings, penalties=penalties,
                         start=start, end=due)
        clipped = [Period(max(p.start, start), min(p.end, due - timedelta(days=1)))
                   for p in non_counted_periods if p.end >= start and p.start < due]
        nc = (non_counted(clipped, calendar or WorkCalendar(), params, start).months
              if clipped and params is not None else 0)
        moved = next_raise_date(start, period_months, ext.months, nc)
        if moved == due:
            return RaiseDue(due, period_months, ext.months, nc, ext)
        due = moved
    raise RuntimeError("holding period does not settle")  # pragma: no cover - monotone, bounded by the events


# ---------------------------------------------------------------------------------------------------------
# early raise for achievement


@dataclass(frozen=True)
class AwardRule:
    code: str  # award_forms or emulation_titles code
    source: str
    months: int
    valid_from: date | None
    valid_to: date | None
    legal_basis: str
    confidence: str = "verify"


@dataclass(frozen=True)
class Achievement:
    code: str
    on: date  # the decision recognising it
    used: bool = False  # already used for an earlier early raise


@dataclass(frozen=True)
class EarlyRaise:
    eligible: bool
    reasons: tuple[str, ...]  # why not: last_step | standards_not_met | too_far | previous_was_early | no_achievement
    months: int = 0
    new_date: date | None = None
    achievement: Achievement | None = None
    legal_basis: str = ""


def achievement_window(review_year: int, period_months: int, params: Parameters) -> tuple[date, date]:
    """R-13.4: the last 6 years (periods of 36 months or more) or 4 years (24 months) to 31 December."""
    end = date(review_year, 12, 31)
    key = "early_raise.window_years_long" if period_months >= 36 else "early_raise.window_years_short"
    return date(review_year - params.int(key, end) + 1, 1, 1), end


def early_raise(*, regular_date: date, review_year: int, period_months: int, on_last_step: bool,
                standards_met: bool, achievements: Iterable[Achievement], previous_was_early: bool,
                award_rules: Sequence[AwardRule], params: Parameters) -> EarlyRaise:
    """R-13: whether a person may be raised early in the review year, by how many months (the best unused
    achievement in the window, its months by the unit's scale in force on its date, at most max_months),
    and the new step's date (the next raise then counts from it)."""
    year_end = date(review_year, 12, 31)
    reasons = []
    if on_last_step:
        reasons.append("last_step")
    if not standards_met:
        reasons.append("standards_not_met")
    if regular_date > add_months(year_end, params.int("early_raise.lacking_months", year_end)):
        reasons.append("too_far")
    if previous_was_early:
        reasons.append("previous_was_early")
    first, last = achievement_window(review_year, period_months, params)
    best: tuple[int, Achievement, AwardRule] | None = None
    for a in achievements:
        if a.used or not (first <= a.on <= last):
            continue
        rule = in_force((r for r in award_rules if r.code == a.code), a.on)
        if rule is not None and (best is None or rule.months > best[0]):
            best = (rule.months, a, rule)
    if best is None:
        reasons.append("no_achievement")
    if reasons:
        return EarlyRaise(False, tuple(reasons))
    months, achievement, rule = best  # type: ignore[misc]
    months = min(months, params.int("early_raise.max_months", year_end))
    return EarlyRaise(True, (), months, add_months(regular_date, -months), achievement,
                      params.get("early_raise.max_months", year_end).legal_basis + "; " + rule.legal_basis)


@dataclass(frozen=True)
class Quota:
    places: int
    remainder: Decimal  # what the rounding left (carried to next year where the unit's regulation says so)


def early_raise_quota(payroll_count: int, review_year: int, params: Parameters,
                      carried: Decimal = Decimal(0)) -> Quota:
    """R-13: at most quota_percent (10 %) of the unit's payroll list in the year, rounded as the unit's
    regulation says (down | half_up | up); a carried remainder from the previous year is added first."""
    on = date(review_year, 12, 31)
    exact = Decimal(payroll_count) * params.int("early_raise.quota_percent", on) / 100 + carried
    mode = params.text("early_raise.quota_rounding", on)
    rounding = {"down": ROUND_FLOOR, "half_up": ROUND_HALF_UP, "up": ROUND_CEILING}[mode]
    places = int(exact.quantize(Decimal(1), rounding=rounding))
    return Quota(places, max(exact - places, Decimal(0)))


def within_quota(candidates: Sequence[T], quota: Quota) -> tuple[list[T], list[T]]:
    """The candidates (already ranked by the unit) who fit the quota, and those who do not."""
    return list(candidates[:quota.places]), list(candidates[quota.places:])


# ---------------------------------------------------------------------------------------------------------
# early raise before retirement


def pre_retirement_raise(*, regular_date: date, retirement_date: date, notice_issued: bool, standards_met: bool,
                         on_last_step: bool, params: Parameters) -> date | None:
    """R-14: with a retirement notice, the standards met and a next step, a regular date falling after the
    retirement date but at most `months` (12) after it moves that many months earlier. Outside the quota."""
    months = params.int("pre_retirement.months", retirement_date)
    if not notice_issued or not standards_met or on_last_step:
        return None
    if retirement_date < regular_date <= add_months(retirement_date, months):
        return add_months(regular_date, -months)
    return None


# ---------------------------------------------------------------------------------------------------------
# seniority beyond the frame


@dataclass(frozen=True)
class BeyondFrameStep:
    on: date
    percent: int
    legal_basis: str = ""


def beyond_frame_applies(table: str, params: Parameters, on: date) -> bool:
    """Not for chuyên gia cao cấp (nor the elected-position table, which is not in the salary grades)."""
    excluded = params.find("beyond_frame.excluded_tables", on)
    return excluded is None or table not in {t.strip() for t in excluded.value.split(";")}


def beyond_frame_first(*, last_step_since: date, period_months: int, params: Parameters,
                       extension_months: int = 0, non_counted_months: int = 0) -> BeyondFrameStep:
    """R-15: after `period_months` (36 for A0-A3, 24 for B, C, Bảng 4) on the last step, plus extensions
    and non-counted time: the first rate (5 %)."""
    on = add_months(last_step_since, period_months + extension_months + non_counted_months)
    row = params.get("beyond_frame.first_percent", on)
    return BeyondFrameStep(on, int(row.value), row.legal_basis)


def beyond_frame_next(current: BeyondFrameStep, *, params: Parameters, extension_months: int = 0,
                      non_counted_months: int = 0) -> BeyondFrameStep:
    """R-15: +1 % every further 12 months (delayed by extensions and non-counted time); no cap."""
    on = add_months(current.on, 12 + extension_months + non_counted_months)
    row = params.get("beyond_frame.yearly_percent", on)
    return BeyondFrameStep(on, current.percent + int(row.value), row.legal_basis)


def beyond_frame_schedule(*, last_step_since: date, period_months: int, until: date,
                          params: Parameters) -> list[BeyondFrameStep]:
    """The rates reached up to `until` when nothing delays them."""
    steps = [beyond_frame_first(last_step_since=last_step_since, period_months=period_months, params=params)]
    if steps[0].on > until:
        return []
    while (nxt := beyond_frame_next(steps[-1], params=params)).on <= until:
        steps.append(nxt)
    return steps


def beyond_frame_percent_on(schedule: Sequence[BeyondFrameStep], day: date) -> int:
    return max((s.percent for s in schedule if s.on <= day), default=0)


# ---------------------------------------------------------------------------------------------------------
# retirement

GENDER_WORD = {"1": "nam", "2": "nu"}  # gender catalog code -> the word of retirement_age.csv


@dataclass(frozen=True)
class AgeOfYear:
    """A row of retirement_age_by_year: the age (in months) at which each gender retires in that year."""

    year: int
    male_months: int
    female_months: int


@dataclass(frozen=True)
class RetirementRow:
    """A row of retirement_age: the retirement month of one birth month."""

    gender: str  # nam | nu
    birth_month: str  # YYYY-MM
    age_months: int
    retirement_date: date
    pension_from: date


class RetirementAges:
    """The retirement-age catalogs: by year of retirement (the law's schedule) and by month of birth."""

    def __init__(self, by_year: Iterable[AgeOfYear], by_birth_month: Iterable[RetirementRow] = ()) -> None:
        self.by_year = sorted(by_year, key=lambda r: r.year)
        self.by_birth_month = {(r.gender, r.birth_month): r for r in by_birth_month}
        if not self.by_year:
            raise ValueError("retirement_age_by_year has no rows")

    def age_months(self, gender: str, year: int) -> int:
        """The applicable age in a year; before the first row the first row's, after the last the last's."""
        row = self.by_year[0]
        for r in self.by_year:
            if r.year <= year:
                row = r
        return row.male_months if gender == "nam" else row.female_months


@dataclass(frozen=True)
class RetirementOverride:
    """An early or late retirement recorded for one person, on its legal basis (R-20)."""

    retirement_date: date  # the last day of work
    kind: Literal["early", "late"]
    legal_basis: str


@dataclass(frozen=True)
class Retirement:
    retirement_date: date  # the last day of work
    pension_from: date
    notice_due: date
    decision_due: date
    age_months: int | None  # the applicable age (None for an override)
    source: Literal["catalog", "schedule", "override"]
    legal_basis: str


def retirement_month(gender: str, birth: date, ages: RetirementAges) -> tuple[int, int, int]:
    """R-20's algorithm: the first year Y in which the birth month plus the age of Y falls in Y or earlier.
    Returns (year, month, age in months)."""
    born = birth.year * 12 + birth.month - 1
    for year in range(birth.year, birth.year + 120):
        age = ages.age_months(gender, year)
        m = born + age
        if m // 12 <= year:
            return m // 12, m % 12 + 1, age
    raise RuleNotInForce("retirement_age_by_year", birth)  # pragma: no cover - ages are below 120 years


def retirement(*, gender: str, birth_date: date, ages: RetirementAges, params: Parameters,
               override: RetirementOverride | None = None) -> Retirement:
    """R-20 and R-21: the last day of work (the end of the month the person reaches the applicable age; the
    catalog's row for the birth month when it has one, else the schedule by year; an override wins), the
    pension from the next day, the notice due 6 months and the decision 3 months before it, by the rules
    in force on the retirement date."""
    word = GENDER_WORD.get(gender, gender)
    if override is not None:
        last, age, source, basis = override.retirement_date, None, "override", override.legal_basis
    else:
        row = ages.by_birth_month.get((word, f"{birth_date.year:04d}-{birth_date.month:02d}"))
        if row is not None:
            last, age, source = row.retirement_date, row.age_months, "catalog"
        else:
            year, month, age = retirement_month(word, birth_date, ages)
            last, source = month_end(year, month), "schedule"
        found = params.find("retirement.legal_basis", last)
        basis = found.value if found else ""
    notice = params.get("retirement.notice_months", last)
    decision = params.get("retirement.decision_months", last)
    return Retirement(
        retirement_date=last, pension_from=last + timedelta(days=1),
        notice_due=add_months(last, -int(notice.value)), decision_due=add_months(last, -int(decision.value)),
        age_months=age, source=source,  # type: ignore[arg-type]
        legal_basis="; ".join(dict.fromkeys(b for b in (basis, notice.legal_basis) if b)))


def remaining_service_months(on: date, pension_from: date) -> int:
    """Whole months of service left from `on` to the retirement moment (the day the pension starts)."""
    return whole_months(on, pension_from)


# ---------------------------------------------------------------------------------------------------------
# appointment terms


@dataclass(frozen=True)
class Term:
    start: date
    end: date
    procedure_start_by: date  # the reappointment procedure starts at the latest here
    warn_from: date  # the dashboard warns from here; overdue after procedure_start_by
    decision_due_by: date | None  # the decision at the latest one working day before the end [medium]
    legal_basis: str


def term_end(start: date, years: int) -> date:
    """R-30: start + years - 1 day."""
    return after_years(start, years) - timedelta(days=1)


def appointment_term(start: date, params: Parameters, calendar: WorkCalendar | None = None,
                     years: int | None = None) -> Term:
    """R-30, R-31 by the rules in force on the term's start (`years` for a shorter term, e.g. one that
    runs until retirement, R-32)."""
    row = params.get("appointment.term_years", start)
    end = term_end(start, years if years is not None else int(row.value))
    procedure = params.get("appointment.procedure_days", start)
    warn = params.int("appointment.warn_days", start)
    decision_due_by = None
    if calendar is not None:
        n = params.int("appointment.decision_working_days_before", start)
        d = end
        while n > 0:
            d -= timedelta(days=1)
            n -= calendar.is_working_day(d)
        decision_due_by = d
    return Term(start, end, end - timedelta(days=int(procedure.value)), end - timedelta(days=warn),
                decision_due_by, "; ".join(dict.fromkeys((row.legal_basis, procedure.legal_basis))))


TermEndPath = Literal["reappoint", "until_retirement", "extend_until_retirement"]


@dataclass(frozen=True)
class AtTermEnd:
    path: TermEndPath
    remaining_months: int
    new_term_end: date  # the end of the next term (or of the extension: the last day of work)
    legal_basis: str


def at_term_end(*, end: date, retirement_date: date, params: Parameters) -> AtTermEnd:
    """R-32: at the end of a term, by the service left after it: less than 24 months -> the post is
    extended until retirement (no reappointment procedure); 24 to 60 months -> the reappointment term runs
    until retirement; otherwise a full new term."""
    start = end + timedelta(days=1)
    left = remaining_service_months(start, retirement_date + timedelta(days=1))
    extend = params.get("appointment.extend_below_months", start)
    until = params.get("appointment.until_retirement_below_months", start)
    if left < int(extend.value):
        return AtTermEnd("extend_until_retirement", left, retirement_date, extend.legal_basis)
    if left < int(until.value):
        return AtTermEnd("until_retirement", left, retirement_date, until.legal_basis)
    return AtTermEnd("reappoint", left, term_end(start, params.int("appointment.term_years", start)),
                     params.get("appointment.term_years", start).legal_basis)


def may_be_appointed(*, completion_on: date, retirement_date: date, params: Parameters) -> bool:
    """R-32: a first appointment or one to a higher post needs the full term (60 months) of service left
    from the expected completion of the procedure (exceptions are the competent authority's)."""
    left = remaining_service_months(completion_on, retirement_date + timedelta(days=1))
    return left >= params.int("appointment.min_service_months", completion_on)


def public_employee_ready_for_higher_post(*, months_in_post: int, first_appointment: bool, on: date,
                                          params: Parameters) -> bool:
    """R-32 (public employees, 2025 rules): 24 months in the current or an equivalent post, unless first."""
    if first_appointment:
        return True
    row = params.find("appointment.vc_months_in_post", on)
    return row is None or months_in_post >= int(row.value)


def party_discipline_appointable_from(*, penalty: str, decided_on: date, params: Parameters) -> date | None:
    """R-32 (Quy định 377-QĐ/TW): the first day a disciplined Party-managed cadre may be appointed to a
    higher post (24 months after a reprimand, 36 after a warning, 60 after a dismissal); None when no
    such rule covers the decision."""
    row = params.find(f"appointment.party_wait_months.{penalty}", decided_on)
    return add_months(decided_on, int(row.value)) if row else None
