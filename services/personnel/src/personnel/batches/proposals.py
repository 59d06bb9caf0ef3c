"""What a batch proposes for people picked from a due list (issue 12, item 4): the new step and coefficient
(salary-grades catalog) or beyond-frame rate, the effective date (R-10, R-15; an early raise on the date the
officer gives, with its reason, R-13/R-14), the monthly amount = coefficient x the base salary in force on that
date (R-03, R-04); for retirement, the status the decision gives from the pension's first day (R-20)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.errors import FieldError, Lang, ValidationFailed, request_language
from common.events.contracts.transfer import Decision, RetirementDecided
from common.events.envelope import Envelope
from common.outbox import add_event
from personnel.batches import rules as batch_rules
from personnel.batches import schemas, service
from personnel.batches.rules import ProfilePatch, month_before, month_of
from personnel.careers import early_raise, reference, rules
from personnel.careers.repository import catalog_items
from personnel.careers.tables import DueEntry
from personnel.errors import MESSAGES
from personnel.persons.tables import Person
from personnel.profiles.schema import Profile

DUE_KIND = {"salary_raise": "raise", "early_raise": "raise", "beyond_frame": "beyond_frame"}


def _dec(value: Any) -> Decimal | None:
    return Decimal(str(value)) if value not in (None, "") else None


def _amount(coefficient: Decimal | None, percent: int | None, bases: list[rules.BaseSalary],
            on: date) -> tuple[int | None, int | None]:
    """(base salary in force on the date, monthly amount of the coefficient, plus the beyond-frame rate)."""
    if coefficient is None:
        return None, None
    try:
        base = rules.base_salary_on(bases, on).amount_vnd
    except rules.RuleNotInForce:
        return None, None
    amount = rules.monthly_amount(coefficient, base)
    if percent:
        amount += rules.beyond_frame_amount(coefficient, percent, base)
    return base, amount


def salary_patch(*, kind: str, profile: Profile, step: int | None, coefficient: Decimal | None,
                 percent: int | None, on: date, amount: int | None) -> ProfilePatch:
    """The salary section at the new step (or rate) from `on`, the open salary-history row closed the month
    before and the new row appended (its decision number is the batch's, filled at approval)."""
    s = profile.salary
    if kind == "beyond_frame":
        values: dict[str, Any] = {"salary.beyond_frame_percent": percent,
                                  "salary.beyond_frame_effective_on": on.isoformat()}
    else:
        values = {"salary.salary_step": step, "salary.salary_coefficient": str(coefficient),
                  "salary.salary_effective_on": on.isoformat(), "salary.beyond_frame_percent": None,
                  "salary.beyond_frame_effective_on": None}
    row = {"from_month": month_of(on), "to_month": None, "rank_code": s.rank_code,
           "step": step if kind != "beyond_frame" else s.salary_step,
           "coefficient": str(coefficient if kind != "beyond_frame" else s.salary_coefficient),
           "amount": amount, "decision_number": None}
    return ProfilePatch(set=values, close_open={"salary_history": month_before(on)}, append={"salary_history": [row]})


def _refuse_bad_list(person_ids: list[Any]) -> None:
    """An empty list, the same person twice: 422 before anything is read."""
    problems = batch_rules.item_problems(person_ids)
    if problems:
        raise ValidationFailed(problems[0][1], fields=[
            FieldError(f.replace("items", "person_ids").removesuffix(".person_id"), c) for f, c in problems])


def _problem(p: schemas.SalaryProposal, code: str, lang: Lang, **params: Any) -> schemas.SalaryProposal:
    p.problem, p.problem_message = code, MESSAGES.text(code, lang, **params)
    return p


async def salary(session: AsyncSession, principal: Principal, *, query: schemas.SalaryProposalQuery, today: date,
                 request: Request | None = None) -> schemas.SalaryProposals:
    lang: Lang = request_language(request) if request is not None else "vi"
    _refuse_bad_list(query.person_ids)
    people, _ = await service._people(session, principal, None, query.person_ids)
    due_kind = DUE_KIND[query.kind]
    entries = {e.person_id: e for e in (await session.scalars(select(DueEntry).where(
        DueEntry.person_id.in_(query.person_ids), DueEntry.kind == due_kind))).all()}  # type: ignore[attr-defined]
    found = await catalog_items(session, ["base_salary", "salary_grades"])
    bases = reference.base_salaries(found["base_salary"])
    used = await early_raise.used_early(session, query.person_ids) if query.kind == "early_raise" else {}
    out = []
    for pid in query.person_ids:
        person = people[pid]
        out.append(_salary_one(query, person, entries.get(pid), bases, today, lang, used.get(pid, [])))
    return schemas.SalaryProposals(kind=query.kind, items=out)


def _salary_one(query: schemas.SalaryProposalQuery, person: Person, entry: DueEntry | None,
                bases: list[rules.BaseSalary], today: date, lang: Lang,
                used: list[early_raise.UsedEarly]) -> schemas.SalaryProposal:
    d = entry.details if entry is not None else {}
    p = schemas.SalaryProposal(person_id=person.id, full_name=person.full_name, unit_id=person.unit_id,
                               rank_code=d.get("rank_code"), salary_group=d.get("salary_group"), step=d.get("step"),
                               coefficient=d.get("coefficient"), new_step=d.get("next_step"),
                               new_coefficient=d.get("next_coefficient"), effective_on=entry.due_on if entry else None,
                               base_salary=None, monthly_amount=None)
    if not person.is_active:
        return _problem(p, "batch.person_left", lang, full_name=person.full_name)
    if entry is None or not person.profile:
        return _problem(p, "batch.not_due", lang, full_name=person.full_name)
    profile = Profile.model_validate(person.profile)
    reason = query.reasons.get(str(person.id))
    if query.kind == "beyond_frame":
        p.beyond_frame_percent = d.get("beyond_frame_percent")
        p.new_step, p.new_coefficient = p.step, p.coefficient
    elif p.new_step is None or p.new_coefficient is None:
        return _problem(p, "batch.no_next_step", lang, full_name=person.full_name)
    on = entry.due_on
    extra: dict[str, Any] = {}
    if query.kind == "early_raise":
        year = (query.effective_on or today).year
        if reason and reason.strip():
            on = query.dates.get(str(person.id)) or query.effective_on or today.replace(day=1)
            p.reason = reason.strip()
        else:
            try:
                found = early_raise.candidate(profile=profile, details=d, regular_date=entry.due_on, review_year=year,
                                              used=used, data=reference.rule_data())
            except rules.RuleNotInForce:
                found = None
            if found is None or not found.eligible or found.new_date is None or found.achievement is None:
                if query.dates.get(str(person.id)) or query.effective_on:
                    return _problem(p, "batch.early_reason_required", lang, full_name=person.full_name)
                return _problem(p, "batch.early_not_eligible", lang, full_name=person.full_name, year=year)
            a = found.achievement
            on = found.new_date
            p.reason = f"{a.code} ({a.on.strftime('%d/%m/%Y')}): {found.months} tháng"
            extra = {"achievement_code": a.code, "achievement_on": a.on.isoformat(), "months": found.months}
        if on >= entry.due_on:
            return _problem(p, "batch.early_not_earlier", lang, due_on=entry.due_on)
    p.effective_on = on
    if on > today:  # the profile takes no date in the future: the decision is entered once the date has come
        return _problem(p, "batch.effective_in_future", lang, on=on)
    coefficient = _dec(p.new_coefficient)
    p.base_salary, p.monthly_amount = _amount(coefficient, p.beyond_frame_percent, bases, on)
    patch = salary_patch(kind=query.kind, profile=profile, step=p.new_step, coefficient=coefficient,
                         percent=p.beyond_frame_percent, on=on, amount=p.monthly_amount)
    p.item = schemas.ItemCreate(person_id=person.id, patch=patch, effective_on=on, reason=p.reason, summary={
        "rank_code": p.rank_code, "salary_group": p.salary_group, "step": p.step, "coefficient": p.coefficient,
        "new_step": p.new_step, "new_coefficient": p.new_coefficient, "beyond_frame_percent": p.beyond_frame_percent,
        "base_salary": p.base_salary, "monthly_amount": p.monthly_amount, "regular_due_on": entry.due_on.isoformat(),
        **extra})
    return p


async def retirement(session: AsyncSession, principal: Principal, *, query: schemas.RetirementProposalQuery,
                     request: Request | None = None) -> schemas.SalaryProposals:
    """Retirement decisions: no change to the profile; approval hands the decision to transfer's leaving flow
    (_retire), which records the status NGHI_HUU from the pension's first day."""
    lang: Lang = request_language(request) if request is not None else "vi"
    _refuse_bad_list(query.person_ids)
    people, _ = await service._people(session, principal, None, query.person_ids)
    entries = {e.person_id: e for e in (await session.scalars(select(DueEntry).where(
        DueEntry.person_id.in_(query.person_ids), DueEntry.kind == "retirement"))).all()}  # type: ignore[attr-defined]
    out = []
    for pid in query.person_ids:
        person, entry = people[pid], entries.get(pid)
        p = schemas.SalaryProposal(person_id=pid, full_name=person.full_name, unit_id=person.unit_id, rank_code=None,
                                   salary_group=None, step=None, coefficient=None, new_step=None, new_coefficient=None,
                                   effective_on=None, base_salary=None, monthly_amount=None)
        if not person.is_active:
            out.append(_problem(p, "batch.person_left", lang, full_name=person.full_name))
            continue
        if entry is None:
            out.append(_problem(p, "batch.not_due", lang, full_name=person.full_name))
            continue
        pension_from = date.fromisoformat(entry.details["pension_from"])
        p.effective_on = pension_from
        source = entry.details.get("source")
        p.item = schemas.ItemCreate(person_id=pid, patch=ProfilePatch(), effective_on=pension_from, summary={
            "retirement_date": entry.details.get("retirement_date"), "pension_from": pension_from.isoformat(),
            "source": source, "leaving_form": LEAVING_FORM.get(str(source), "NGHI_HUU")})
        out.append(p)
    return schemas.SalaryProposals(kind="retirement", items=out)


LEAVING_FORM = {"early": "NGHI_HUU_TRUOC_TUOI", "late": "NGHI_HUU_SAU_TUOI"}


async def _retire(session: AsyncSession, *, batch: Any, item: Any, person: Person, principal: Principal,
                  today: date) -> None:
    """Hand the approved decision to the leaving flow of services/transfer (12.4): it opens the person's
    leaving case, already decided, with its deadline, and the status comes back through the move saga
    (moves.service.apply) on the pension's first day. Nothing here changes the status itself, so a
    retirement is recorded one way whether it starts as a batch or as a leaving case."""
    on = item.effective_on or (today + timedelta(days=1))
    retirement_date = item.summary.get("retirement_date")
    payload = RetirementDecided(
        decision_id=f"{batch.id}:{person.id}", batch_id=str(batch.id), person_id=str(person.id),
        unit_id=person.unit_id, full_name=person.full_name,
        leaving_form=str(item.summary.get("leaving_form") or "NGHI_HUU"),
        decision=Decision(number=batch.decision_number or "", signed_on=batch.decision_signed_on or today,
                          effective_on=on, signer=batch.signer),
        retirement_date=date.fromisoformat(retirement_date) if retirement_date else None,
        decided_by=principal.username)
    add_event(session, Envelope.of(payload, source="personnel", subject=str(person.id), actor=principal.subject,
                                   unit_id=person.unit_id))


service.register_kind("retirement", after_apply=_retire)
