"""Use cases of the career clocks: the calculator (no person involved), a person's due dates computed from
the approved record, and a person's early or late retirement. The decisions are careers.rules; the data
they judge by is the catalog copy (salary grades, retirement ages, ranks, the holiday calendar) and the
rule tables of careers/data."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.errors import Lang, NotFound, ServiceUnavailable, ValidationFailed, invalid
from common.workdays import WorkCalendar
from personnel.careers import reference, repository, rules
from personnel.careers.schemas import (
    DueDates,
    ExtensionPublic,
    NextRaiseAnswer,
    NextRaiseQuery,
    Problem,
    ReappointmentAnswer,
    ReappointmentQuery,
    RetirementAnswer,
    RetirementDue,
    RetirementOverridePublic,
    RetirementOverrideSet,
    RetirementQuery,
    SalaryDue,
    TermDue,
)
from personnel.careers.stale import mark_stale
from personnel.careers.tables import RetirementOverride
from personnel.errors import MESSAGES
from personnel.persons import repository as persons_repository
from personnel.persons import service as persons
from personnel.profiles.schema import Profile

FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)
HOLIDAY_CATALOG = "holiday_calendar_2024_2026"


def _check_range(field: str, day: date) -> None:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise invalid(field, "careers.date_out_of_range")


def _no_rule(field: str, exc: rules.RuleNotInForce) -> ValidationFailed:
    return invalid(field, "careers.no_rule_in_force", on=exc.on, rule=exc.key)


async def _catalogs(session: AsyncSession, *names: str) -> dict[str, list]:
    found = await repository.catalog_items(session, names)
    for name in names:
        if not found[name]:
            raise ServiceUnavailable("careers.catalog_missing", catalog=name)
    return found


async def _ages(session: AsyncSession, gender: str, birth_date: date) -> rules.RetirementAges:
    """The schedule by year and, when the catalog has it, the row of the person's birth month."""
    by_year = (await _catalogs(session, "retirement_age_by_year"))["retirement_age_by_year"]
    word = rules.GENDER_WORD.get(gender, gender)
    code = f"{word}:{birth_date.year:04d}-{birth_date.month:02d}"
    row = await repository.catalog_item(session, "retirement_age", code)
    return reference.retirement_ages(by_year, [row] if row else [])


# ---------------------------------------------------------------------------------------------------------
# The calculator


async def retirement(session: AsyncSession, *, query: RetirementQuery) -> RetirementAnswer:
    _check_range("birth_date", query.birth_date)
    if query.birth_date > clock.today():
        raise invalid("birth_date", "careers.birth_date_in_future")
    ages = await _ages(session, query.gender, query.birth_date)
    try:
        found = rules.retirement(gender=query.gender, birth_date=query.birth_date, ages=ages,
                                 params=reference.rule_data().params)
    except rules.RuleNotInForce as exc:
        raise _no_rule("birth_date", exc) from exc
    return RetirementAnswer(retirement_date=found.retirement_date, pension_from=found.pension_from,
                            notice_due=found.notice_due, decision_due=found.decision_due)


async def next_raise(session: AsyncSession, *, query: NextRaiseQuery) -> NextRaiseAnswer:
    _check_range("step_start", query.step_start)
    grades = reference.salary_grades((await _catalogs(session, "salary_grades"))["salary_grades"])
    period = grades.raise_period(query.salary_group, query.step_start)
    if period is None:
        raise invalid("salary_group", "careers.unknown_salary_group")
    due = rules.next_raise_date(query.step_start, period, query.extension_months)
    _check_range("step_start", due)
    return NextRaiseAnswer(next_raise=due)


def reappointment(*, query: ReappointmentQuery) -> ReappointmentAnswer:
    _check_range("term_start", query.term_start)
    try:
        term = rules.appointment_term(query.term_start, reference.rule_data().params)
    except rules.RuleNotInForce as exc:
        raise _no_rule("term_start", exc) from exc
    _check_range("term_start", term.end)
    return ReappointmentAnswer(term_end=term.end, procedure_start_by=term.procedure_start_by)


# ---------------------------------------------------------------------------------------------------------
# A person's due dates


class _Problems:
    def __init__(self, lang: Lang) -> None:
        self.lang, self.items = lang, []  # type: ignore[var-annotated]

    def add(self, field: str, code: str, **params: object) -> None:
        self.items.append(Problem(field=field, code=code, message=MESSAGES.text(code, self.lang, **params)))


def _penalties(profile: Profile) -> list[rules.Penalty]:
    out = []
    for d in profile.disciplines:
        day = d.decided_on or (date.fromisoformat(d.from_month + "-01") if d.from_month else None)
        if day is not None:
            out.append(rules.Penalty(d.form, day))
    return out


def _override_public(row: RetirementOverride) -> RetirementOverridePublic:
    return RetirementOverridePublic.model_validate(row, from_attributes=True)


async def due_dates(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID, audit: AuditContext,
                    lang: Lang) -> DueDates:
    """The next step raise or beyond-frame rate, the retirement with its notice and decision dates, and
    the end of the current appointment term, from the approved record, judged today. Outside the account's
    scope the person does not exist (404, as GET /persons/{id})."""
    person = await persons.get_visible(session, principal, person_id)
    today = clock.today()
    answer = DueDates(person_id=person.id, version=person.version, status=person.status, as_of=today)
    if person.version == 0 or not person.profile:
        return answer
    problems = _Problems(lang)
    try:
        profile = Profile.model_validate(person.profile)
    except ValidationError:
        problems.add("profile", "validation_failed")
        answer.problems = problems.items
        return answer
    data = reference.rule_data()
    found = await repository.catalog_items(session, ["salary_grades", "ranks", "retirement_age_by_year",
                                                     HOLIDAY_CATALOG])
    calendar = WorkCalendar.from_overrides(
        (day, str(i.attributes.get("kind") or "day_off"), i.name) for i in found[HOLIDAY_CATALOG]
        if (day := _as_date(i.code)) is not None)

    ident = profile.identity
    override = await repository.retirement_override(session, person.id)
    retirement = None
    for catalog, field in (("retirement_age_by_year", "identity.birth_date"), ("salary_grades", "salary"),
                           ("ranks", "salary.rank_code")):
        if not found[catalog]:
            problems.add(field, "careers.catalog_missing", catalog=catalog)
    if ident.gender in rules.GENDER_WORD and found["retirement_age_by_year"]:
        row = await repository.catalog_item(session, "retirement_age", f"{rules.GENDER_WORD[ident.gender]}:"
                                            f"{ident.birth_date.year:04d}-{ident.birth_date.month:02d}")
        ages = reference.retirement_ages(found["retirement_age_by_year"], [row] if row else [])
        rule_override = (rules.RetirementOverride(override.retirement_date, override.kind, override.legal_basis)  # type: ignore[arg-type]
                         if override is not None and override.retirement_date is not None else None)
        try:
            retirement = rules.retirement(gender=ident.gender, birth_date=ident.birth_date, ages=ages,
                                          params=data.params, override=rule_override)
        except rules.RuleNotInForce as exc:
            problems.add("identity.birth_date", "careers.no_rule_in_force", on=exc.on, rule=exc.key)
    if retirement is not None:
        years, months = divmod(retirement.age_months, 12) if retirement.age_months is not None else (None, None)
        answer.retirement = RetirementDue(
            retirement_date=retirement.retirement_date, pension_from=retirement.pension_from,
            notice_due=retirement.notice_due, decision_due=retirement.decision_due, age_years=years,
            age_months=months, source=retirement.source, legal_basis=retirement.legal_basis,
            override=_override_public(override) if override is not None else None)

    if person.is_active:
        events = await persons_repository.status_events(session, person.id)
        answer.salary = _salary_due(profile, found=found, data=data, calendar=calendar, retirement=retirement,
                                    events=[(e.effective_on, e.status) for e in events], today=today,
                                    problems=problems)
        answer.appointments = _terms(profile, data=data, calendar=calendar, retirement=retirement, today=today,
                                     problems=problems)
    answer.problems = problems.items
    await audit.record(session, action="read", resource_type="person", resource_id=str(person.id),
                       unit_id=person.unit_id, detail={"view": "due_dates"})
    return answer


def _as_date(code: str) -> date | None:
    try:
        return date.fromisoformat(code.strip())
    except ValueError:
        return None


def _salary_due(profile: Profile, *, found: dict[str, list], data: reference.RuleData, calendar: WorkCalendar,
                retirement: rules.Retirement | None, events: list[tuple[date, str]], today: date,
                problems: _Problems) -> SalaryDue | None:
    s = profile.salary
    if not (s.rank_code and s.salary_step and s.salary_effective_on):
        return None
    if not (found["ranks"] and found["salary_grades"]):
        return None  # reported once as a missing catalog
    rank = reference.rank_groups(i for i in found["ranks"] if i.code == s.rank_code).get(s.rank_code)
    if rank is None:
        problems.add("salary.rank_code", "careers.unknown_rank")
        return None
    group, table = rank
    grades = reference.salary_grades(found["salary_grades"])
    start = s.salary_effective_on
    codes = rules.check_salary_step(grades, group=group, table=table, step=s.salary_step,
                                    coefficient=s.salary_coefficient, on=start)
    for code in codes:
        problems.add("salary.salary_coefficient" if code == "careers.coefficient_not_of_step" else "salary.salary_step",
                     code)
    if any(c != "careers.coefficient_not_of_step" for c in codes):
        return None
    period = grades.raise_period(group, start) or 0
    last = grades.last_step(group, table, start) or s.salary_step
    params = data.params
    clock_args = dict(staff_category=profile.recruitment.staff_category, extension_table=data.extensions,
                      ratings=[rules.Rating(e.year, e.rating) for e in profile.evaluations],
                      penalties=_penalties(profile), calendar=calendar, params=params,
                      non_counted_periods=rules.status_periods(
                          events, [(st, a, b) for st, a, b, _ in data.non_counted_statuses], today))
    try:
        if s.salary_step < last:
            due = rules.holding_period_due(start=start, period_months=period, **clock_args)  # type: ignore[arg-type]
            nxt = grades.step(group, s.salary_step + 1, table, due.due_on)
            early = (rules.pre_retirement_raise(regular_date=due.due_on, retirement_date=retirement.retirement_date,
                                                notice_issued=True, standards_met=True, on_last_step=False,
                                                params=params) if retirement is not None else None)
            answer = SalaryDue(kind="step_raise", rank_code=s.rank_code, salary_group=group, salary_table=table,
                               step=s.salary_step, coefficient=s.salary_coefficient, held_since=start,
                               due_on=due.due_on, next_step=nxt.step if nxt else None,
                               next_coefficient=nxt.coefficient if nxt else None, period_months=period,
                               extension_months=due.extension_months, non_counted_months=due.non_counted_months,
                               early_before_retirement=early,
                               legal_basis=params.get("regular_raise.legal_basis", start).value)
        elif rules.beyond_frame_applies(table, params, start):
            if s.beyond_frame_percent and s.beyond_frame_effective_on:
                start = s.beyond_frame_effective_on
                due = rules.holding_period_due(start=start, period_months=12, **clock_args)  # type: ignore[arg-type]
                step = params.get("beyond_frame.yearly_percent", due.due_on)
                percent = int(s.beyond_frame_percent) + int(step.value)
            else:
                due = rules.holding_period_due(start=start, period_months=period, **clock_args)  # type: ignore[arg-type]
                step = params.get("beyond_frame.first_percent", due.due_on)
                percent = int(step.value)
            answer = SalaryDue(kind="beyond_frame", rank_code=s.rank_code, salary_group=group, salary_table=table,
                               step=s.salary_step, coefficient=s.salary_coefficient, held_since=start,
                               due_on=due.due_on, beyond_frame_percent=percent, period_months=due.period_months,
                               extension_months=due.extension_months, non_counted_months=due.non_counted_months,
                               legal_basis=step.legal_basis)
        else:
            return None
    except rules.RuleNotInForce as exc:
        problems.add("salary.salary_effective_on", "careers.no_rule_in_force", on=exc.on, rule=exc.key)
        return None
    answer.extensions = [ExtensionPublic(event=e.event, on=e.on, months=e.months, source=e.source,
                                         legal_basis=e.legal_basis) for e in due.extensions.items]
    for p in due.extensions.unmatched:
        problems.add("disciplines", "careers.unmatched_penalty", form=p.form, on=p.decided_on)
    return answer


def _terms(profile: Profile, *, data: reference.RuleData, calendar: WorkCalendar,
           retirement: rules.Retirement | None, today: date, problems: _Problems) -> list[TermDue]:
    pos = profile.positions
    start = pos.reappointed_on or pos.appointed_on
    if start is None:
        return []
    try:
        term = rules.appointment_term(start, data.params, calendar)
        after = (rules.at_term_end(end=term.end, retirement_date=retirement.retirement_date, params=data.params)
                 if retirement is not None else None)
    except rules.RuleNotInForce as exc:
        field = "positions.reappointed_on" if pos.reappointed_on else "positions.appointed_on"
        problems.add(field, "careers.no_rule_in_force", on=exc.on, rule=exc.key)
        return []
    state = ("ended" if today > term.end else "overdue" if today >= term.procedure_start_by
             else "warning" if today >= term.warn_from else "running")
    return [TermDue(position=pos.current_position, term_start=term.start, term_end=term.end,
                    procedure_start_by=term.procedure_start_by, warn_from=term.warn_from,
                    decision_due_by=term.decision_due_by, state=state,  # type: ignore[arg-type]
                    at_term_end=after.path if after else None,
                    remaining_months_at_term_end=after.remaining_months if after else None,
                    legal_basis=term.legal_basis)]


# ---------------------------------------------------------------------------------------------------------
# Early or late retirement of one person


async def set_retirement_override(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID,
                                  body: RetirementOverrideSet, audit: AuditContext) -> RetirementOverridePublic:
    """Recorded by a leader on its legal basis: an early retirement before the statutory date (at most
    early_max_years before it), a late one after it."""
    person = await persons.get_visible(session, principal, person_id, for_update=True)
    if person.version == 0 or not person.profile:
        raise NotFound()
    _check_range("retirement_date", body.retirement_date)
    ident = Profile.model_validate(person.profile).identity
    params = reference.rule_data().params
    try:
        statutory = rules.retirement(gender=ident.gender, birth_date=ident.birth_date,
                                     ages=await _ages(session, ident.gender, ident.birth_date), params=params)
        if body.kind == "early":
            if body.retirement_date >= statutory.retirement_date:
                raise invalid("retirement_date", "careers.override_not_earlier", statutory=statutory.retirement_date)
            years = params.int("retirement.early_max_years", statutory.retirement_date)
            if body.retirement_date < rules.add_months(statutory.pension_from, -12 * years) - timedelta(days=1):
                raise invalid("retirement_date", "careers.override_too_early", years=years,
                              statutory=statutory.retirement_date)
        elif body.retirement_date <= statutory.retirement_date:
            raise invalid("retirement_date", "careers.override_not_later", statutory=statutory.retirement_date)
    except rules.RuleNotInForce as exc:
        raise _no_rule("retirement_date", exc) from exc
    row = RetirementOverride(person_id=person.id, recorded_by=principal.username, **body.model_dump())
    session.add(row)
    await session.flush()
    mark_stale(session, person.id)
    await audit.record(session, action="retirement_override", resource_type="person", resource_id=str(person.id),
                       unit_id=person.unit_id, detail={"kind": body.kind,
                                                       "retirement_date": body.retirement_date.isoformat(),
                                                       "legal_basis": body.legal_basis})
    return _override_public(row)


async def withdraw_retirement_override(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID,
                                       audit: AuditContext) -> None:
    """Back to the statutory date: a withdrawal row (the earlier rows stay, as every record here)."""
    person = await persons.get_visible(session, principal, person_id, for_update=True)
    if person.version == 0 or await repository.retirement_override(session, person.id) is None:
        raise NotFound()
    session.add(RetirementOverride(person_id=person.id, retirement_date=None, kind="withdrawn", legal_basis="",
                                   recorded_by=principal.username))
    await session.flush()
    mark_stale(session, person.id)
    await audit.record(session, action="retirement_override", resource_type="person", resource_id=str(person.id),
                       unit_id=person.unit_id, detail={"kind": "withdrawn"})

