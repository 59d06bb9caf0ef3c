"""Use cases of annual evaluation rounds (R-40..R-43). Nothing here commits; the request commits once.

The Department of Home Affairs (province admin) opens a round for a year with its closing date and closes it.
Each unit's officer enters the unit's list (one line per working person of the unit: self-assessment, score
where the rules in force use points, level), saves it as often as needed (every save is checked: a line against
the rules of its year and staff group, the quota and the head not above the unit; a list with an error is
refused whole) and submits it. The unit's leader, who neither entered nor submitted it (common.duties), approves
it with the decision: each result becomes the rated year's row of the record's evaluations table, a new approved
version (persons.versions.publish_version: search columns, the outbox event, due_entry refreshed before the
commit), all in the approval's transaction. A closed round refuses entries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.db import utcnow
from common.duties import ensure_separate
from common.errors import Conflict, FieldError, Lang, NotFound, Phrase, ValidationFailed, invalid
from common.scope import ensure_in_scope
from personnel.careers.rules import RuleNotInForce
from personnel.errors import MESSAGES
from personnel.evaluations import repository, rules, schemas
from personnel.evaluations.reference import evaluation_data
from personnel.evaluations.tables import EvaluationEntry, EvaluationRound, EvaluationSheet
from personnel.persons.tables import Person
from personnel.persons.versions import publish_version
from personnel.registers.service import ForcingDiscipline, disciplines_forcing_rating

HEAD_TITLES = (
    "giám đốc",
    "chủ tịch",
    "chánh văn phòng",
    "chánh thanh tra",
    "trưởng",
    "bí thư",
    "hiệu trưởng",
    "viện trưởng",
    "cục trưởng",
    "chi cục trưởng",
)
STATE_PHRASES = {
    "new": "evaluation.state.new",
    "draft": "evaluation.state.draft",
    "submitted": "evaluation.state.submitted",
    "approved": "evaluation.state.approved",
}


# ---------------------------------------------------------------------------------------------------------
# Rounds


def round_public(r: EvaluationRound, today: date | None = None) -> schemas.EvaluationRoundPublic:
    today = today or clock.today()
    return schemas.EvaluationRoundPublic(
        id=r.id,
        year=r.year,
        closes_on=r.closes_on,
        state=r.state,
        note=r.note,
        opened_by=r.opened_by,
        opened_at=r.opened_at,
        closed_by=r.closed_by,
        closed_at=r.closed_at,
        overdue=today > r.closes_on,
    )


async def list_rounds(session: AsyncSession) -> list[schemas.EvaluationRoundPublic]:
    today = clock.today()
    return [round_public(r, today) for r in await repository.rounds(session)]


async def get_round(
    session: AsyncSession, round_id: uuid.UUID, *, for_update: bool = False, for_share: bool = False
) -> EvaluationRound:
    """for_share: entries of many units go on together while the round cannot be closed under them; closing
    takes the row for update."""
    r = await repository.round_by_id(session, round_id, for_update=for_update, for_share=for_share)
    if r is None:
        raise NotFound()
    return r


async def open_round(
    session: AsyncSession, principal: Principal, *, body: schemas.EvaluationRoundCreate, audit: AuditContext
) -> schemas.EvaluationRoundPublic:
    today = clock.today()
    if not (2015 <= body.year <= today.year):
        raise invalid("year", "evaluation.year_out_of_range", current=today.year)
    if await repository.round_of_year(session, body.year) is not None:
        raise Conflict("evaluation.round_exists", year=body.year)
    closes_on = body.closes_on or rules.closing_date(
        evaluation_data().params, body.year, special_year_end=body.special_year_end
    )
    if not (date(body.year, 12, 1) <= closes_on <= date(body.year + 1, 3, 31)):
        raise invalid("closes_on", "evaluation.closing_before_year_end")
    r = EvaluationRound(year=body.year, closes_on=closes_on, note=body.note, opened_by=principal.username)
    session.add(r)
    await session.flush()
    await audit.record(
        session,
        action="create",
        resource_type="evaluation_round",
        resource_id=str(r.id),
        unit_id=principal.unit_id,
        detail={"year": r.year, "closes_on": closes_on.isoformat()},
    )
    return round_public(r, today)


async def close_round(
    session: AsyncSession, principal: Principal, *, round_id: uuid.UUID, audit: AuditContext
) -> schemas.EvaluationRoundPublic:
    r = await get_round(session, round_id, for_update=True)
    if r.state == "closed":
        raise Conflict("evaluation.round_already_closed", year=r.year)
    r.state, r.closed_by, r.closed_at = "closed", principal.username, utcnow()
    await audit.record(
        session,
        action="close",
        resource_type="evaluation_round",
        resource_id=str(r.id),
        unit_id=principal.unit_id,
        detail={"year": r.year},
    )
    return round_public(r)


# ---------------------------------------------------------------------------------------------------------
# A unit's list


def _ratings(person: Person) -> dict[int, str | None]:
    rows = (person.profile or {}).get("evaluations") or []
    return {int(e["year"]): e.get("rating") for e in rows if e.get("year") is not None}


def _started_on(person: Person) -> date | None:
    text = ((person.profile or {}).get("recruitment") or {}).get("first_recruited_on")
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _looks_like_head(position: str | None) -> bool:
    p = (position or "").strip().lower()
    return bool(p) and not p.startswith("phó") and p.startswith(HEAD_TITLES)


def _rule(person_category: str | None, year: int) -> rules.EvaluationRule | None:
    try:
        return rules.rule_for(evaluation_data().rules, staff_category=person_category, year=year)
    except RuleNotInForce:
        return None


def _as_rule_entry(e: EvaluationEntry | schemas.EvaluationEntryInput, staff_category: str | None) -> rules.Entry:
    return rules.Entry(
        person_id=e.person_id,
        staff_category=staff_category,
        rating=e.rating,
        score=e.score,
        months_worked=e.months_worked,
        leave_exception=e.leave_exception,
        is_head=e.is_head,
        forced=e.forced,
    )


def _forcing_params(f: ForcingDiscipline, name: str, year: int) -> dict[str, Any]:
    return {"name": name, "form": f.form_name or f.form, "number": f.decision_number or "—", "on": f.decided_on,
            "year": year}


def _forcing_errors(entries: Sequence[tuple[int, uuid.UUID, str | None]], forcing: dict[uuid.UUID, ForcingDiscipline],
                    names: dict[uuid.UUID, str], year: int) -> list[FieldError]:
    """A line rated above "Không hoàn thành nhiệm vụ" for someone a discipline of the year forces (R-40)."""
    return [FieldError(f"entries[{i}].rating", "evaluation.discipline_forces",
                       **_forcing_params(forcing[pid], names.get(pid, ""), year))
            for i, pid, rating in entries
            if pid in forcing and rating not in (None, rules.NOT_COMPLETED, rules.NOT_RATED)]


def _issues(year: int, entries: Sequence[rules.Entry], *, unit_rating: str | None, complete: bool) -> list[rules.Issue]:
    data = evaluation_data()
    out: list[rules.Issue] = []
    rule_of: dict[uuid.UUID, rules.EvaluationRule] = {}
    checked = []
    for e in entries:
        rule = _rule(e.staff_category, year)
        if rule is None:
            out.append(
                rules.Issue(
                    "rating",
                    "evaluation.no_rule",
                    {"year": year, "group": rules.group_of(e.staff_category)},
                    e.person_id,
                )
            )
            continue
        rule_of[e.person_id] = rule
        checked.append(e)
    minimum = int(rules.parameter(data.params, "min_months_worked", year).value)
    percent = rules.quota_percent(data.params, year, unit_rating=unit_rating)
    out.extend(
        rules.check_list(
            rule_of, checked, unit_rating=unit_rating, percent=percent, minimum_months=minimum, complete=complete
        )
    )
    return out


def _flag(ratings: dict[int, str | None], staff_category: str | None, lang: Lang) -> schemas.EvaluationPoorFlag | None:
    flag = rules.poor_flag(ratings, staff_category)
    if flag is None:
        return None
    return schemas.EvaluationPoorFlag(
        years=flag.years,
        procedure=flag.procedure,
        message=MESSAGES.text(f"evaluation.procedure.{flag.procedure}", lang),
    )


async def _visible_unit(session: AsyncSession, principal: Principal, unit_id: str) -> str:
    await ensure_in_scope(session, principal, unit_id)
    name = await repository.unit_name(session, unit_id)
    if name is None:
        raise NotFound()
    return name


async def read_sheet(
    session: AsyncSession,
    principal: Principal,
    *,
    round_id: uuid.UUID,
    unit_id: str,
    lang: Lang,
    audit: AuditContext | None = None,
) -> schemas.EvaluationSheetPublic:
    r = await get_round(session, round_id)
    name = await _visible_unit(session, principal, unit_id)
    sheet = await repository.sheet(session, round_id, unit_id)
    saved = {e.person_id: e for e in await repository.entries(session, sheet.id)} if sheet else {}
    if sheet is not None and sheet.state == "approved":
        people = await repository.people(session, list(saved))
        order = sorted(saved, key=lambda pid: (people[pid].name_sort if pid in people else "", str(pid)))
    else:
        unit = await repository.unit_people(session, unit_id)
        people = {p.id: p for p in unit}
        order = [p.id for p in unit]
    forcing = await disciplines_forcing_rating(session, [people[pid] for pid in order if pid in people], r.year)
    lines: list[schemas.EvaluationEntryPublic] = []
    checked: list[rules.Entry] = []
    for pid in order:
        p = people.get(pid)
        e = saved.get(pid)
        category = (e.staff_category if e else None) or (p.staff_category if p else None)
        ratings = _ratings(p) if p else {}
        if e is None:
            months = rules.months_worked(r.year, started_on=_started_on(p)) if p else 12
            e = EvaluationEntry(
                sheet_id=uuid.uuid4(),
                person_id=pid,
                full_name=p.full_name if p else "",
                staff_category=category,
                months_worked=months,
                is_head=_looks_like_head(p.position if p else None),
            )
            if not rules.is_rated(months, leave_exception=False):
                e.rating = rules.NOT_RATED
            elif pid in forcing:  # proposed from the record, as the rule forces it
                e.forced, e.rating = True, rules.NOT_COMPLETED
                e.forced_reason = MESSAGES.text("evaluation.discipline_forces", "vi",
                                                **_forcing_params(forcing[pid], e.full_name, r.year))
            is_saved = False
        else:
            is_saved = True
        rule = _rule(category, r.year)
        with_this = {**ratings, r.year: e.rating} if e.rating else ratings
        flag = (
            _flag({y: v for y, v in with_this.items() if y <= r.year}, category, lang)
            if e.rating == rules.NOT_COMPLETED
            else None
        )
        lines.append(
            schemas.EvaluationEntryPublic(
                person_id=pid,
                full_name=(p.full_name if p else e.full_name),
                birth_date=p.birth_date if p else None,
                position=p.position if p else None,
                staff_category=category,
                months_worked=e.months_worked,
                leave_exception=e.leave_exception,
                is_head=e.is_head,
                forced=e.forced,
                forced_reason=e.forced_reason,
                forcing_discipline=MESSAGES.text("evaluation.discipline_forces", lang, **_forcing_params(
                    forcing[pid], p.full_name if p else e.full_name, r.year)) if pid in forcing else None,
                self_assessment=e.self_assessment,
                score=e.score,
                rating=e.rating,
                score_level=rules.level_of_score(e.score) if e.score is not None else None,
                scheme=rule.scheme if rule else None,
                score_required=bool(rule and rule.score_required),
                levels=list(rule.levels) if rule else [],
                legal_basis=rule.legal_basis if rule else None,
                previous_year_rating=ratings.get(r.year - 1),
                poor_flag=flag,
                saved=is_saved,
                applied_version=e.applied_version,
            )
        )
        checked.append(_as_rule_entry(e, category))
    unit_rating = sheet.unit_rating if sheet else None
    data = evaluation_data()
    percent = rules.quota_percent(data.params, r.year, unit_rating=unit_rating)
    quotas = [
        schemas.EvaluationQuota(
            task_group=q.task_group,
            good=q.good,
            excellent=q.excellent,
            percent=q.percent,
            allowed=q.allowed,
            exceeded=q.exceeded,
        )
        for q in rules.quotas(checked, percent=percent)
    ]
    issues = [
        schemas.EvaluationIssue(
            person_id=i.person_id, field=i.field, code=i.code, message=MESSAGES.text(i.code, lang, **_phrases(i.params))
        )
        for i in _issues(r.year, checked, unit_rating=unit_rating, complete=True)
        if not (i.person_id in forcing and i.code == "evaluation.forced_not_completed")
    ]
    # A line saved above "Không hoàn thành nhiệm vụ" before the discipline reached the record.
    issues += [
        schemas.EvaluationIssue(person_id=line.person_id, field="rating", code="evaluation.discipline_forces",
                                message=line.forcing_discipline or "")
        for line in lines
        if line.forcing_discipline and line.rating not in (None, rules.NOT_COMPLETED, rules.NOT_RATED)
    ]
    if audit is not None:
        await audit.record(
            session,
            action="read",
            resource_type="evaluation_sheet",
            resource_id=str(sheet.id) if sheet else f"{r.year}:{unit_id}",
            unit_id=unit_id,
            detail={"year": r.year},
        )
    return schemas.EvaluationSheetPublic(
        round=round_public(r),
        unit_id=unit_id,
        unit_name=name,
        sheet_id=sheet.id if sheet else None,
        state=sheet.state if sheet else "new",
        revision=sheet.revision if sheet else 0,
        unit_rating=unit_rating,
        created_by=sheet.created_by if sheet else None,
        updated_by=sheet.updated_by if sheet else None,
        submitted_by=sheet.submitted_by if sheet else None,
        submitted_at=sheet.submitted_at if sheet else None,
        decided_by=sheet.decided_by if sheet else None,
        decided_at=sheet.decided_at if sheet else None,
        decision_number=sheet.decision_number if sheet else None,
        decision_signed_on=sheet.decision_signed_on if sheet else None,
        reject_reason=sheet.reject_reason if sheet else None,
        entries=lines,
        quotas=quotas,
        issues=issues,
    )


def _phrases(params: Any) -> dict[str, Any]:
    """Level codes inside a message read as their names (evaluation_levels), in the message's language."""
    out = {}
    for k, v in dict(params).items():
        key = f"evaluation.level.{str(v).lower()}"
        out[k] = Phrase(key) if k in ("level", "unit_level") and key in MESSAGES else v
    return out


def _field_errors(issues: Sequence[rules.Issue], index: dict[uuid.UUID, int]) -> list[FieldError]:
    out = []
    for i in issues:
        if i.person_id is not None and i.person_id in index and i.field != "unit_rating":
            path = f"entries[{index[i.person_id]}].{i.field}"
        elif i.code == "evaluation.quota_exceeded":
            path = "quota"
        else:
            path = i.field
        out.append(FieldError(path, i.code, **_phrases(i.params)))
    return out


def _ensure_open(r: EvaluationRound) -> None:
    if r.state != "open":
        raise Conflict("evaluation.round_closed", year=r.year)


def _ensure_state(sheet: EvaluationSheet | None, *states: str) -> None:
    state = sheet.state if sheet else "new"
    if state not in states:
        raise Conflict("evaluation.sheet_state", state=Phrase(STATE_PHRASES[state]))


async def save_sheet(
    session: AsyncSession,
    principal: Principal,
    *,
    round_id: uuid.UUID,
    unit_id: str,
    body: schemas.EvaluationSheetSave,
    lang: Lang,
    audit: AuditContext,
) -> schemas.EvaluationSheetPublic:
    """The officer's entry: the whole list at once (lines of people no longer in the unit are dropped). Every
    line is checked against the rules of its year and group, then the quota and the head; any error refuses the
    whole save, which changes nothing."""
    r = await get_round(session, round_id, for_share=True)
    await _visible_unit(session, principal, unit_id)
    _ensure_open(r)
    sheet = await repository.sheet(session, round_id, unit_id, for_update=True)
    _ensure_state(sheet, "new", "draft")
    if sheet is not None and body.revision != sheet.revision:
        raise Conflict("evaluation.stale_sheet", revision=sheet.revision, yours=body.revision)
    people = {p.id: p for p in await repository.unit_people(session, unit_id)}
    errors: list[FieldError] = []
    index: dict[uuid.UUID, int] = {}
    for i, e in enumerate(body.entries):
        if e.person_id not in people:
            errors.append(FieldError(f"entries[{i}].person_id", "evaluation.person_not_in_unit"))
        elif e.person_id in index:
            errors.append(FieldError(f"entries[{i}].person_id", "evaluation.duplicate_person"))
        else:
            index[e.person_id] = i
    if body.unit_rating is not None and body.unit_rating not in rules.RANK:
        errors.append(FieldError("unit_rating", "evaluation.unit_rating_invalid"))
    forcing = await disciplines_forcing_rating(session, list(people.values()), r.year)
    checked = [
        replace(_as_rule_entry(e, people[e.person_id].staff_category), forced=True)
        if e.person_id in forcing
        else _as_rule_entry(e, people[e.person_id].staff_category)
        for e in body.entries
        if e.person_id in people and index.get(e.person_id) is not None
    ]
    if not errors:
        errors.extend(_forcing_errors([(i, e.person_id, e.rating) for i, e in enumerate(body.entries)], forcing,
                                      {pid: p.full_name for pid, p in people.items()}, r.year))
        issues = _issues(r.year, checked, unit_rating=body.unit_rating, complete=False)
        # The discipline's own message already says why the rating is forced.
        errors.extend(_field_errors([i for i in issues if not (
            i.person_id in forcing and i.code == "evaluation.forced_not_completed")], index))
    if errors:
        raise ValidationFailed("evaluation.invalid_list", fields=errors, count=len(errors))
    now = utcnow()
    if sheet is None:
        sheet = EvaluationSheet(
            round_id=r.id, unit_id=unit_id, created_by=principal.username, updated_by=principal.username
        )
        session.add(sheet)
        await session.flush()
        existing: dict[uuid.UUID, EvaluationEntry] = {}
    else:
        existing = {e.person_id: e for e in await repository.entries(session, sheet.id)}
    for pid, old in existing.items():
        if pid not in index:
            await session.delete(old)
    for e in body.entries:
        row = existing.get(e.person_id) or EvaluationEntry(sheet_id=sheet.id, person_id=e.person_id)
        p = people[e.person_id]
        row.full_name, row.staff_category = p.full_name, p.staff_category
        row.months_worked, row.leave_exception, row.is_head = e.months_worked, e.leave_exception, e.is_head
        row.forced, row.forced_reason, row.self_assessment = e.forced, e.forced_reason, e.self_assessment
        if e.person_id in forcing and not row.forced:  # the record's discipline forces it, whatever was typed
            row.forced = True
            row.forced_reason = MESSAGES.text("evaluation.discipline_forces", "vi", **_forcing_params(
                forcing[e.person_id], p.full_name, r.year))
        row.score, row.rating, row.updated_at = e.score, e.rating, now
        session.add(row)
    sheet.unit_rating = body.unit_rating
    sheet.revision += 1
    sheet.updated_by, sheet.updated_at, sheet.reject_reason = principal.username, now, None
    await session.flush()
    await audit.record(
        session,
        action="update",
        resource_type="evaluation_sheet",
        resource_id=str(sheet.id),
        unit_id=unit_id,
        detail={"year": r.year, "revision": sheet.revision, "lines": len(body.entries)},
    )
    return await read_sheet(session, principal, round_id=round_id, unit_id=unit_id, lang=lang)


async def submit_sheet(
    session: AsyncSession, principal: Principal, *, round_id: uuid.UUID, unit_id: str, lang: Lang, audit: AuditContext
) -> schemas.EvaluationSheetPublic:
    """The list goes to the leader: every working person of the unit has a result (or is not rated), the
    scores where required, the quota and the head checked again."""
    r = await get_round(session, round_id, for_share=True)
    await _visible_unit(session, principal, unit_id)
    _ensure_open(r)
    sheet = await repository.sheet(session, round_id, unit_id, for_update=True)
    _ensure_state(sheet, "draft")
    assert sheet is not None
    saved = {e.person_id: e for e in await repository.entries(session, sheet.id)}
    people = {p.id: p for p in await repository.unit_people(session, unit_id)}
    errors: list[FieldError] = []
    index = {pid: i for i, pid in enumerate(people)}
    for pid in people:
        if pid not in saved:
            errors.append(FieldError(f"entries[{index[pid]}].rating", "evaluation.rating_required"))
    checked = [_as_rule_entry(e, e.staff_category) for pid, e in saved.items() if pid in people]
    # A discipline recorded since the last save still forces the year's rating.
    forcing = await disciplines_forcing_rating(session, list(people.values()), r.year)
    errors.extend(_forcing_errors([(index[pid], pid, e.rating) for pid, e in saved.items() if pid in people],
                                  forcing, {pid: p.full_name for pid, p in people.items()}, r.year))
    errors.extend(_field_errors(_issues(r.year, checked, unit_rating=sheet.unit_rating, complete=True), index))
    if errors:
        raise ValidationFailed("evaluation.invalid_list", fields=errors, count=len(errors))
    for pid, e in saved.items():
        if pid not in people:
            await session.delete(e)  # left the unit since the last save
        else:
            e.previous_rating = _ratings(people[pid]).get(r.year)
    sheet.state, sheet.submitted_by, sheet.submitted_at = "submitted", principal.username, utcnow()
    await session.flush()
    await audit.record(
        session,
        action="submit",
        resource_type="evaluation_sheet",
        resource_id=str(sheet.id),
        unit_id=unit_id,
        detail={"year": r.year, "lines": len(checked)},
    )
    return await read_sheet(session, principal, round_id=round_id, unit_id=unit_id, lang=lang)


async def approve_sheet(
    session: AsyncSession,
    principal: Principal,
    *,
    round_id: uuid.UUID,
    unit_id: str,
    body: schemas.EvaluationApprove,
    lang: Lang,
    audit: AuditContext,
) -> schemas.EvaluationSheetPublic:
    """The leader's approval with the decision: each result becomes the year's row of the person's evaluations,
    a new approved version of the record in this transaction. A record whose rating of the year changed since
    submission, or that left, refuses the whole approval with the person's name (nothing is written)."""
    r = await get_round(session, round_id)
    await _visible_unit(session, principal, unit_id)
    sheet = await repository.sheet(session, round_id, unit_id, for_update=True)
    _ensure_state(sheet, "submitted")
    assert sheet is not None
    ensure_separate(principal, (sheet.created_by, sheet.updated_by, sheet.submitted_by))
    lines = await repository.entries(session, sheet.id)
    people = await repository.people(session, [e.person_id for e in lines], for_update=True)
    for e in lines:
        p = people.get(e.person_id)
        if p is None or p.version == 0 or not p.is_active or p.unit_id != unit_id:
            raise Conflict("evaluation.record_left", name=e.full_name)
        if _ratings(p).get(r.year) != e.previous_rating:
            raise Conflict("evaluation.record_changed", name=e.full_name, year=r.year)
    now = utcnow()
    for e in lines:
        if e.rating is None:
            continue
        p = people[e.person_id]
        profile = dict(p.profile or {})
        profile["evaluations"] = rules.with_rating(profile.get("evaluations") or [], r.year, e.rating)
        publish_version(
            session,
            p,
            profile,
            at=now,
            approved_by=principal.username,
            submitted_by=sheet.submitted_by or "",
            actor=principal.subject,
            decision_number=body.decision_number,
            decision_signed_on=body.decision_signed_on,
        )
        e.applied_version = p.version
        await audit.record(
            session,
            action="approve",
            resource_type="person",
            resource_id=str(p.id),
            unit_id=unit_id,
            detail={"evaluation_sheet_id": str(sheet.id), "year": r.year, "rating": e.rating, "version": p.version},
        )
    sheet.state, sheet.decided_by, sheet.decided_at = "approved", principal.username, now
    sheet.decision_number, sheet.decision_signed_on = body.decision_number, body.decision_signed_on
    await session.flush()
    await audit.record(
        session,
        action="approve",
        resource_type="evaluation_sheet",
        resource_id=str(sheet.id),
        unit_id=unit_id,
        detail={"year": r.year, "lines": len(lines), "decision_number": body.decision_number},
    )
    return await read_sheet(session, principal, round_id=round_id, unit_id=unit_id, lang=lang)


async def reject_sheet(
    session: AsyncSession,
    principal: Principal,
    *,
    round_id: uuid.UUID,
    unit_id: str,
    body: schemas.EvaluationReject,
    lang: Lang,
    audit: AuditContext,
) -> schemas.EvaluationSheetPublic:
    """The leader returns the list to the unit for correction, with a reason."""
    r = await get_round(session, round_id)
    await _visible_unit(session, principal, unit_id)
    sheet = await repository.sheet(session, round_id, unit_id, for_update=True)
    _ensure_state(sheet, "submitted")
    assert sheet is not None
    if not body.reason.strip():
        raise invalid("reason", "evaluation.reason_required")
    sheet.state, sheet.reject_reason = "draft", body.reason
    sheet.decided_by, sheet.decided_at = principal.username, utcnow()
    await audit.record(
        session,
        action="reject",
        resource_type="evaluation_sheet",
        resource_id=str(sheet.id),
        unit_id=unit_id,
        detail={"year": r.year, "reason": body.reason},
    )
    return await read_sheet(session, principal, round_id=round_id, unit_id=unit_id, lang=lang)


# ---------------------------------------------------------------------------------------------------------
# Progress and a person's evaluations


async def progress(session: AsyncSession, principal: Principal, *, round_id: uuid.UUID) -> schemas.EvaluationProgress:
    r = await get_round(session, round_id)
    today = clock.today()
    rows = await repository.progress(session, principal, round_id)
    flagged = await _flagged_per_unit(session, [row.sheet_id for row in rows if row.sheet_id and row.poor], r.year)
    out = []
    for row in rows:
        state = row.state or "new"
        out.append(
            schemas.EvaluationProgressRow(
                unit_id=row.unit_id,
                unit_name=row.unit_name,
                to_rate=int(row.to_rate),
                rated=int(row.rated),
                state=state,
                submitted_at=row.submitted_at,
                decided_at=row.decided_at,
                poor=int(row.poor or 0),
                flagged=flagged.get(row.sheet_id, 0),
                late=today > r.closes_on and state != "approved",
            )
        )
    return schemas.EvaluationProgress(
        round=round_public(r, today),
        as_of=today,
        rows=out,
        units=len(out),
        approved=sum(1 for x in out if x.state == "approved"),
        late=sum(1 for x in out if x.late),
        to_rate=sum(x.to_rate for x in out),
        rated=sum(x.rated for x in out),
    )


async def _flagged_per_unit(session: AsyncSession, sheet_ids: list[uuid.UUID], year: int) -> dict[uuid.UUID, int]:
    out: dict[uuid.UUID, int] = {}
    for sid in sheet_ids:
        lines = [e for e in await repository.entries(session, sid) if e.rating == rules.NOT_COMPLETED]
        people = await repository.people(session, [e.person_id for e in lines])
        for e in lines:
            p = people.get(e.person_id)
            ratings = {**(_ratings(p) if p else {}), year: e.rating}
            if rules.consecutive_poor(ratings, year):
                out[sid] = out.get(sid, 0) + 1
    return out


async def person_evaluations(
    session: AsyncSession, principal: Principal, *, person_id: uuid.UUID, lang: Lang, audit: AuditContext
) -> schemas.PersonEvaluations:
    """The record's evaluations by year, the lists not yet approved that rate the person, and the R-43 flag."""
    from personnel.persons import service as persons

    p = await persons.get_visible(session, principal, person_id)
    rows = sorted(((p.profile or {}).get("evaluations") or []), key=lambda e: int(e.get("year") or 0))
    history = [
        schemas.EvaluationHistoryRow(
            year=int(e["year"]), rating=e.get("rating"), emulation_title=e.get("emulation_title"), award=e.get("award")
        )
        for e in rows
        if e.get("year") is not None
    ]
    pending = [
        schemas.EvaluationPendingRow(year=x.year, unit_id=x.unit_id, state=x.state, rating=x.rating, score=x.score)
        for x in await repository.pending_of(session, p.id)
    ]
    await audit.record(
        session,
        action="read",
        resource_type="person",
        resource_id=str(p.id),
        unit_id=p.unit_id,
        detail={"view": "evaluations"},
    )
    return schemas.PersonEvaluations(
        person_id=p.id, history=history, pending=pending, poor_flag=_flag(_ratings(p), p.staff_category, lang)
    )


def score_level(score: Decimal | None) -> str | None:
    return rules.level_of_score(score) if score is not None else None
