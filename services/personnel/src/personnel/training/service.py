"""Use cases of training: courses and programmes, who attends, completion written into the records (through
a batch decision of kind "training": an officer submits the completions with the decision recognising them,
another account approves once), and the planning of political-theory and state-management training with the
counts per unit. Nothing here commits; the request commits once at its boundary."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, extract, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import PROVINCE_ADMIN, UNIT_LEADER, Principal
from common.catalogs import load_lookup
from common.errors import Conflict, FieldError, NotFound, ValidationFailed, invalid
from common.scope import UnitNode, ensure_in_scope, scope_clause
from personnel.batches import schemas as batch_schemas
from personnel.batches import service as batches
from personnel.batches.rules import ProfilePatch
from personnel.batches.tables import Batch, BatchItem
from personnel.careers import reference
from personnel.persons import service as persons
from personnel.persons.tables import Person
from personnel.registers import rules as register_rules
from personnel.training import rules, schemas
from personnel.training.tables import TrainingAttendance, TrainingCourse

PENDING = ("enrolled", "completion_submitted")
MODES = "training_modes"  # DM_HINH_THUC_DAO_TAO: a course's mode is one of its codes (as the profile's training rows)


async def _unit_names(session: AsyncSession, unit_ids: set[str]) -> dict[str, str]:
    if not unit_ids:
        return {}
    rows = await session.execute(select(UnitNode.unit_id, UnitNode.name).where(UnitNode.unit_id.in_(unit_ids)))  # type: ignore[attr-defined]
    return {u: n for u, n in rows.all()}


async def _public(session: AsyncSession, principal: Principal, courses: Sequence[TrainingCourse], *,
                  with_attendees: bool) -> list[schemas.CoursePublic]:
    ids = [c.id for c in courses]
    rows: dict[uuid.UUID, list[TrainingAttendance]] = {i: [] for i in ids}
    if ids:
        for a in (await session.scalars(select(TrainingAttendance).where(TrainingAttendance.course_id.in_(ids))  # type: ignore[attr-defined]
                                        .order_by(TrainingAttendance.full_name))).all():
            rows[a.course_id].append(a)
    units = await _unit_names(session, {c.unit_id for c in courses} | {a.unit_id for r in rows.values() for a in r})
    catalogs = set(rules.LEVEL_CATALOG.values()) | {MODES}
    lookup = await load_lookup(session, catalogs, clock.today())
    leader = bool({UNIT_LEADER, PROVINCE_ADMIN} & set(principal.roles))
    out = []
    for c in courses:
        p = schemas.CoursePublic.model_validate(c, from_attributes=True)
        mine = rows[c.id]
        p.unit_name = units.get(c.unit_id)
        p.level_name = lookup.name(rules.LEVEL_CATALOG.get(c.kind, ""), c.level_code) if c.level_code else None
        p.mode_name = lookup.name(MODES, c.mode) if c.mode else None
        p.attendee_count = len(mine)
        p.completed_count = sum(1 for a in mine if a.state == "completed")
        p.pending_count = sum(1 for a in mine if a.state == "completion_submitted")
        p.may_approve = leader and any(a.state == "completion_submitted" and a.submitted_by != principal.username
                                       for a in mine)
        if with_attendees:
            p.attendees = [schemas.AttendancePublic.model_validate(a, from_attributes=True).model_copy(
                update={"unit_name": units.get(a.unit_id)}) for a in mine]
        out.append(p)
    return out


async def _audit(session: AsyncSession, action: str, c: TrainingCourse, audit: AuditContext, **detail: Any) -> None:
    await audit.record(session, action=action, resource_type="training_course", resource_id=str(c.id),
                       unit_id=c.unit_id, detail={"name": c.name, **detail})


async def create_course(session: AsyncSession, principal: Principal, *, body: schemas.CourseCreate,
                        audit: AuditContext) -> schemas.CoursePublic:
    """A course in the register of a unit of the account's scope (its own by default; another: 404)."""
    problems = rules.course_problems(starts_on=body.starts_on, ends_on=body.ends_on, location=body.location,
                                     country=body.country)
    catalog = rules.LEVEL_CATALOG.get(body.kind)
    lookup = await load_lookup(session, {MODES} | ({catalog} if catalog else set()), clock.today())
    if body.level_code and (catalog is None or lookup.item(catalog, body.level_code) is None):
        problems.append(("level_code", "training.unknown_level"))
    if body.mode and lookup.item(MODES, body.mode) is None:
        problems.append(("mode", "training.unknown_mode"))
    if problems:
        catalog = rules.LEVEL_CATALOG.get(body.kind, "—")
        errors = [FieldError(f, c, level=body.level_code or "", catalog=catalog) for f, c in problems]
        raise ValidationFailed(errors[0].code, fields=errors, **errors[0].params)
    unit_id = body.unit_id or principal.unit_id
    if not unit_id:
        raise invalid("unit_id", "change_request.unit_required")
    await ensure_in_scope(session, principal, unit_id)
    c = TrainingCourse(**body.model_dump(exclude={"unit_id"}), unit_id=unit_id, created_by=principal.username)
    session.add(c)
    await session.flush()
    await _audit(session, "create", c, audit)
    return (await _public(session, principal, [c], with_attendees=True))[0]


async def _visible(session: AsyncSession, principal: Principal, course_id: uuid.UUID,
                   *, for_update: bool = False) -> TrainingCourse:
    stmt = select(TrainingCourse).where(TrainingCourse.id == course_id)
    if for_update:
        stmt = stmt.with_for_update()
    c = (await session.scalars(stmt)).first()
    if c is None:
        raise NotFound()
    await ensure_in_scope(session, principal, c.unit_id)
    return c


async def read(session: AsyncSession, principal: Principal, *, course_id: uuid.UUID) -> schemas.CoursePublic:
    return (await _public(session, principal, [await _visible(session, principal, course_id)],
                          with_attendees=True))[0]


async def listing(session: AsyncSession, principal: Principal, *, kind: str | None, year: int | None,
                  unit_id: str | None, offset: int, limit: int) -> schemas.CoursePage:
    where: list[Any] = [scope_clause(principal, TrainingCourse.unit_id)]
    if kind:
        where.append(TrainingCourse.kind == kind)
    if year:
        where.append(extract("year", TrainingCourse.starts_on) <= year)
        where.append(extract("year", TrainingCourse.ends_on) >= year)
    if unit_id:
        where.append(TrainingCourse.id.in_(select(TrainingAttendance.course_id).where(  # type: ignore[attr-defined]
            TrainingAttendance.unit_id.in_(select(UnitNode.unit_id).where(UnitNode.path.contains([unit_id]))))))  # type: ignore[attr-defined]
    total = int(await session.scalar(select(func.count()).select_from(TrainingCourse).where(*where)) or 0)
    rows = (await session.scalars(select(TrainingCourse).where(*where).order_by(
        TrainingCourse.starts_on.desc()).offset(offset).limit(limit))).all()  # type: ignore[attr-defined]
    return schemas.CoursePage(items=await _public(session, principal, rows, with_attendees=False), total=total)


KIND_NAMES = {"professional": "Chuyên môn, nghiệp vụ", "political_theory": "Lý luận chính trị",
              "state_management": "Quản lý nhà nước", "defence_security": "Quốc phòng - an ninh", "it": "Tin học",
              "language": "Ngoại ngữ", "other": "Khác"}
FUNDING_NAMES = {"state": "Ngân sách nhà nước", "unit": "Đơn vị", "self": "Cá nhân tự túc", "sponsor": "Tài trợ"}
ATTENDANCE_NAMES = {"enrolled": "Đang học", "completion_submitted": "Hoàn thành, chờ duyệt",
                    "completed": "Đã hoàn thành", "dropped": "Thôi học"}


async def export_rows(session: AsyncSession, principal: Principal, *, kind: str | None, year: int | None,
                      unit_id: str | None, audit: AuditContext) -> list[dict[str, Any]]:
    """The training register as a list per unit: one row per attendee of each course of the account's scope
    (those of the unit's subtree when a unit is given), ordered by unit, name and course."""
    if unit_id:
        await ensure_in_scope(session, principal, unit_id)
    where: list[Any] = [scope_clause(principal, TrainingCourse.unit_id)]
    if kind:
        where.append(TrainingCourse.kind == kind)
    if year:
        where.append(extract("year", TrainingCourse.starts_on) <= year)
        where.append(extract("year", TrainingCourse.ends_on) >= year)
    stmt = (select(TrainingAttendance, TrainingCourse)
            .join(TrainingCourse, TrainingCourse.id == TrainingAttendance.course_id)  # type: ignore[arg-type]
            .where(*where))
    if unit_id:
        stmt = stmt.where(TrainingAttendance.unit_id.in_(  # type: ignore[attr-defined]
            select(UnitNode.unit_id).where(UnitNode.path.contains([unit_id]))))  # type: ignore[attr-defined]
    pairs = (await session.execute(stmt.limit(20000))).all()
    units = await _unit_names(session, {a.unit_id for a, _ in pairs})
    catalogs = set(rules.LEVEL_CATALOG.values()) | {MODES}
    lookup = await load_lookup(session, catalogs, clock.today())
    rows: list[dict[str, Any]] = []
    for a, c in pairs:
        rows.append({
            "unit": units.get(a.unit_id, a.unit_id), "full_name": a.full_name, "course": c.name,
            "kind": KIND_NAMES.get(c.kind, c.kind),
            "location": "Trong nước" if c.location == "domestic" else f"Nước ngoài ({c.country or '—'})",
            "mode": (lookup.name(MODES, c.mode) or c.mode) if c.mode else "", "specialty": c.specialty or "",
            "school": c.school, "starts_on": c.starts_on.strftime("%d/%m/%Y"),
            "ends_on": c.ends_on.strftime("%d/%m/%Y"), "diploma": c.diploma or "",
            "level": (lookup.name(rules.LEVEL_CATALOG.get(c.kind, ""), c.level_code) or c.level_code)
            if c.level_code else "",
            "funding": FUNDING_NAMES.get(c.funding, c.funding), "state": ATTENDANCE_NAMES.get(a.state, a.state),
            "completed_on": a.completed_on.strftime("%d/%m/%Y") if a.completed_on else "",
            "_order": (units.get(a.unit_id, a.unit_id), a.full_name, c.starts_on)})
    rows.sort(key=lambda r: r.pop("_order"))
    for i, r in enumerate(rows, 1):
        r["no"] = i
    await audit.record(session, action="export", resource_type="training_course", resource_id="list",
                       unit_id=unit_id, detail={"kind": kind, "year": year, "rows": len(rows)})
    return rows


def restricted_until(person: Person, on: date) -> date | None:
    """R-50: the end of the time a discipline in the record forbids sending the person to training, if the
    course starts within it (registers.rules.discipline_effect, judged on the course's start)."""
    profile = person.profile or {}
    category = str((profile.get("recruitment") or {}).get("staff_category") or "civil_servant")
    table = reference.rule_data().extensions
    ends = []
    for d in profile.get("disciplines") or []:
        day = d.get("decided_on") or (f"{d['from_month']}-01" if d.get("from_month") else None)
        if not d.get("form") or not day:
            continue
        effect = register_rules.discipline_effect(register_rules.DisciplineFact(d["form"], date.fromisoformat(day)),
                                                  staff_category=category, table=table, today=on)
        if effect.restricted and effect.restricted_until:
            ends.append(effect.restricted_until)
    return max(ends, default=None)


async def add_attendees(session: AsyncSession, principal: Principal, *, course_id: uuid.UUID,
                        body: schemas.AttendeesAdd, audit: AuditContext) -> schemas.CoursePublic:
    """Everyone must be visible to the account (404 otherwise), approved, not already on the list, and not
    barred from training by a discipline when the course starts (R-50: 12 months for a reprimand or a warning,
    24 for a dismissal from post)."""
    c = await _visible(session, principal, course_id, for_update=True)
    if len(set(body.person_ids)) != len(body.person_ids):
        raise invalid("person_ids", "register.person_repeated")
    people = [await persons.get_visible(session, principal, pid) for pid in body.person_ids]
    already = set((await session.scalars(select(TrainingAttendance.person_id).where(
        TrainingAttendance.course_id == c.id, TrainingAttendance.person_id.in_(body.person_ids)))).all())  # type: ignore[attr-defined]
    errors = []
    for i, p in enumerate(people):
        if p.version == 0 or not p.profile:
            errors.append(FieldError(f"person_ids[{i}]", "register.person_not_approved", full_name=p.full_name))
        elif p.id in already:
            errors.append(FieldError(f"person_ids[{i}]", "training.already_enrolled", full_name=p.full_name))
        elif (until := restricted_until(p, c.starts_on)) is not None:
            errors.append(FieldError(f"person_ids[{i}]", "training.restricted_by_discipline", full_name=p.full_name,
                                     until=until.strftime("%d/%m/%Y")))
    if errors:
        raise ValidationFailed(errors[0].code, fields=errors, **errors[0].params)
    for p in people:
        session.add(TrainingAttendance(course_id=c.id, person_id=p.id, unit_id=p.unit_id, full_name=p.full_name,
                                       enrolled_by=principal.username))
    await session.flush()
    await _audit(session, "update", c, audit, enrolled=len(people))
    return await read(session, principal, course_id=c.id)


def completion_patch(c: TrainingCourse, held: dict[str, Any]) -> ProfilePatch:
    """The course as a row of the record's training table and, for political theory or state management,
    the level it gives when higher than the one held (rules.raises_level)."""
    row = {"kind": c.kind, "from_month": c.starts_on.strftime("%Y-%m"), "to_month": c.ends_on.strftime("%Y-%m"),
           "institution": (c.school + (f" ({c.country})" if c.location == "abroad" and c.country else ""))[:300],
           "field": c.specialty, "mode": c.mode, "degree": c.diploma,
           "qualification": c.level_code if c.kind == "professional" else None}
    sets = {}
    if c.kind in rules.FIELD:
        path = rules.FIELD[c.kind]
        if rules.raises_level(c.kind, (held.get("education") or {}).get(path.split(".")[1]), c.level_code):
            sets[path] = c.level_code
    return ProfilePatch(set=sets, append={"training": [row]})


async def submit_completions(session: AsyncSession, principal: Principal, *, course_id: uuid.UUID,
                             body: schemas.CompletionSubmit, audit: AuditContext) -> schemas.CoursePublic:
    c = await _visible(session, principal, course_id, for_update=True)
    if body.completed_on < c.starts_on:
        raise invalid("completed_on", "training.completion_before_start", starts_on=c.starts_on.strftime("%d/%m/%Y"))
    found = {a.person_id: a for a in (await session.scalars(select(TrainingAttendance).where(
        TrainingAttendance.course_id == c.id, TrainingAttendance.person_id.in_(body.person_ids),  # type: ignore[attr-defined]
        TrainingAttendance.state == "enrolled").with_for_update())).all()}
    missing = [i for i, pid in enumerate(body.person_ids) if pid not in found]
    if missing:
        raise ValidationFailed("training.not_enrolled",
                               fields=[FieldError(f"person_ids[{i}]", "training.not_enrolled") for i in missing])
    people = {p.id: p for p in [await persons.get_visible(session, principal, pid) for pid in body.person_ids]}
    batch = await batches.create(
        session, principal, kind="training", audit=audit, title=f"Hoàn thành: {c.name}"[:300],
        decision=batch_schemas.Decision(decision_number=body.decision_number,
                                        decision_signed_on=body.decision_signed_on, issuer=body.issuer or c.school),
        items=[batches.ItemInput(person_id=pid, patch=completion_patch(c, people[pid].profile or {}),
                                 summary={"course": c.name, "kind": c.kind, "level": c.level_code})
               for pid in body.person_ids])
    await batches.submit(session, principal, batch_id=batch.id, today=clock.today(), audit=audit)
    for pid in body.person_ids:
        a = found[pid]
        a.state, a.batch_id, a.completed_on = "completion_submitted", batch.id, body.completed_on
        a.certificate_number, a.submitted_by = body.decision_number, principal.username
    await _audit(session, "update", c, audit, completions=len(found), batch_id=str(batch.id))
    return await read(session, principal, course_id=c.id)


async def _after_apply(session: AsyncSession, *, batch: Batch, item: BatchItem, person: Person,
                       principal: Principal, today: date) -> None:
    """Batch approval (from the course or the batch screen): the attendance is completed."""
    a = (await session.scalars(select(TrainingAttendance).where(TrainingAttendance.batch_id == batch.id,
                                                                TrainingAttendance.person_id == person.id))).first()
    if a is not None:
        a.state, a.applied_version = "completed", item.applied_version
        a.decided_by, a.decided_at = batch.decided_by, batch.decided_at


batches.register_kind("training", after_apply=_after_apply)


async def _sync(session: AsyncSession, course_id: uuid.UUID) -> None:
    """Completions whose batch was rejected or withdrawn on the batch screen are back to enrolled."""
    rows = (await session.execute(select(TrainingAttendance, Batch.state).join(
        Batch, Batch.id == TrainingAttendance.batch_id).where(  # type: ignore[arg-type]
        TrainingAttendance.course_id == course_id, TrainingAttendance.state == "completion_submitted"))).all()
    for a, state in rows:
        if state in ("rejected", "withdrawn"):
            a.state, a.batch_id, a.completed_on, a.certificate_number = "enrolled", None, None, None


async def approve_completions(session: AsyncSession, principal: Principal, *, course_id: uuid.UUID,
                              audit: AuditContext) -> schemas.CoursePublic:
    """Approve every completion waiting on this course (each submission is one batch): the records get the
    course and the level. Not by the account that submitted them (common.duties, in batches.approve)."""
    c = await _visible(session, principal, course_id, for_update=True)
    await _sync(session, c.id)
    batch_ids = set((await session.scalars(select(TrainingAttendance.batch_id).where(
        TrainingAttendance.course_id == c.id, TrainingAttendance.state == "completion_submitted"))).all())
    batch_ids.discard(None)
    if not batch_ids:
        raise Conflict("training.nothing_to_approve")
    for batch_id in sorted(batch_ids, key=str):
        await batches.approve(session, principal, batch_id=batch_id, body=batch_schemas.Approve(),  # type: ignore[arg-type]
                              today=clock.today(), audit=audit)
    await _audit(session, "approve", c, audit, batches=len(batch_ids))
    return await read(session, principal, course_id=c.id)


# ---------------------------------------------------------------------------------------------------------
# Planning of political-theory and state-management training


async def plan_summary(session: AsyncSession, principal: Principal, *, kind: str,
                       unit_id: str | None) -> schemas.PlanSummary:
    """Per unit in the account's scope: working people, those whose rank needs a level of `kind`
    (rules.requirements), those lacking it, and who is planned (enrolled in a course of that kind not yet
    completed): one grouped query, the judgement in rules.plan_counts."""
    today = clock.today()
    if unit_id:
        await ensure_in_scope(session, principal, unit_id)
    held = (Person.political_theory_level if kind == "political_theory"
            else Person.profile["education"]["state_management_level"].astext)  # type: ignore[index]
    planned = exists().where(and_(
        TrainingAttendance.person_id == Person.id, TrainingAttendance.state.in_(PENDING),  # type: ignore[attr-defined]
        TrainingAttendance.course_id == TrainingCourse.id, TrainingCourse.kind == kind))
    where: list[Any] = [Person.is_active.is_(True), Person.version > 0,  # type: ignore[attr-defined]
                        scope_clause(principal, Person.unit_id)]
    if unit_id:
        where.append(Person.unit_id.in_(select(UnitNode.unit_id).where(UnitNode.path.contains([unit_id]))))  # type: ignore[attr-defined]
    stmt = (select(Person.unit_id, Person.rank_code, held.label("held"), planned.label("planned"), func.count())
            .where(*where).group_by(Person.unit_id, Person.rank_code, held, planned))
    rows = [rules.PersonLevel(u, r, h, bool(p), int(n)) for u, r, h, p, n in (await session.execute(stmt)).all()]
    counts = rules.plan_counts(kind, rows, today)
    names = await _unit_names(session, {c.unit_id for c in counts})

    def public(c: rules.UnitCount, name: str | None) -> schemas.PlanUnit:
        return schemas.PlanUnit(unit_id=c.unit_id, unit_name=name, people=c.people, required=c.required,
                                lacking=c.lacking, lacking_planned=c.lacking_planned,
                                lacking_unplanned=c.lacking - c.lacking_planned, planned=c.planned)

    total = rules.UnitCount("*")
    for c in counts:
        for f in ("people", "required", "lacking", "lacking_planned", "planned"):
            setattr(total, f, getattr(total, f) + getattr(c, f))
    return schemas.PlanSummary(kind=kind, as_of=today,  # type: ignore[arg-type]
                               units=[public(c, names.get(c.unit_id)) for c in counts],
                               total=public(total, "Tổng cộng"))
