"""Use cases of the award and discipline registers: enter a decision for one or many people (submitted at
once), approve it (another account; writes each record), reject it, list and export, and each person's
effects. Nothing here commits; the request commits once at its boundary.

The records are written through the batch decisions (personnel.batches, kinds "reward" and "discipline"):
a register decision is a batch with one item per person, whose patch appends the award or the discipline;
the batch's approval (one leader, not the maker, common.duties) publishes every record's new version. The
register keeps what the batch does not: the form, level, violation, year of achievement, the number's
uniqueness per issuer, an award's use for an early raise."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import PROVINCE_ADMIN, UNIT_LEADER, Principal
from common.catalogs import CatalogLookup, load_lookup
from common.db import utcnow
from common.duties import approval_refusal, ensure_separate
from common.errors import Conflict, FieldError, NotFound, ValidationFailed, invalid
from common.scope import UnitNode, ensure_in_scope, scope_clause
from personnel.batches import schemas as batch_schemas
from personnel.batches import service as batches
from personnel.batches.rules import ProfilePatch
from personnel.batches.tables import Batch, BatchItem
from personnel.careers import early_raise, reference
from personnel.careers.rules import add_months
from personnel.persons import service as persons
from personnel.persons.tables import Person
from personnel.profiles.schema import Profile
from personnel.registers import rules, schemas
from personnel.registers.tables import RegisterDecision, RegisterEntry

AWARD_CATALOGS = ("award_forms", "emulation_titles")
STAFF_NAMES = {"cadre": "cán bộ", "civil_servant": "công chức", "public_employee": "viên chức",
               "contract_worker": "người lao động"}


def _vn(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "…"


def discipline_form(lookup: CatalogLookup, code: str) -> rules.DisciplineForm | None:
    item = lookup.item("discipline_forms", code)
    if item is None or not item.active:
        return None
    applies = str(item.attributes.get("applies_to") or "")
    return rules.DisciplineForm(item.code, item.name, frozenset(p.strip() for p in applies.split(";") if p.strip()),
                                item.valid_from, item.valid_to)


def staff_category(person: Person) -> str:
    return str(((person.profile or {}).get("recruitment") or {}).get("staff_category") or "civil_servant")


async def _unit_names(session: AsyncSession, unit_ids: set[str]) -> dict[str, str]:
    if not unit_ids:
        return {}
    rows = await session.execute(select(UnitNode.unit_id, UnitNode.name).where(UnitNode.unit_id.in_(unit_ids)))  # type: ignore[attr-defined]
    return {u: n for u, n in rows.all()}


def early_raise_text(use_on: date | None, state: str, number: str | None, signed_on: date | None) -> str:
    """The register's words for an award an early raise used (R-13), with the batch decision."""
    text = "Đã dùng để nâng lương trước thời hạn"
    if use_on:
        text += f" từ ngày {_vn(use_on)}"
    if state == "approved" and number:
        text += f" (quyết định {number}" + (f" ngày {_vn(signed_on)})" if signed_on else ")")
    elif state in ("draft", "submitted"):
        text += " (quyết định nâng lương đang " + ("chờ duyệt)" if state == "submitted" else "soạn thảo)")
    elif state == "recorded":
        text += " (ghi nhận trên sổ)"
    return text


async def early_raise_uses(session: AsyncSession, person_ids: Sequence[uuid.UUID],
                           ) -> dict[tuple[uuid.UUID, str, date], schemas.EarlyRaiseUsage]:
    """The early raises (R-13) that used an achievement, by (person, achievement code, achievement date): the
    batch decisions naming it (an approved one before a draft), computed from the batches, never typed."""
    if not person_ids:
        return {}
    rows = (await session.execute(
        select(BatchItem.person_id, BatchItem.effective_on, BatchItem.summary, Batch.id, Batch.state,
               Batch.decision_number, Batch.decision_signed_on)
        .join(Batch, Batch.id == BatchItem.batch_id)  # type: ignore[arg-type]
        .where(BatchItem.kind == early_raise.EARLY_KIND, BatchItem.person_id.in_(person_ids),  # type: ignore[attr-defined]
               Batch.state.in_(early_raise.LIVE_BATCH_STATES)))).all()  # type: ignore[attr-defined]
    out: dict[tuple[uuid.UUID, str, date], schemas.EarlyRaiseUsage] = {}
    for pid, on, summary, batch_id, state, number, signed in rows:
        code, when = (summary or {}).get("achievement_code"), (summary or {}).get("achievement_on")
        if not code or not when:
            continue
        key = (pid, str(code), date.fromisoformat(str(when)))
        if key in out and out[key].state == "approved":
            continue
        out[key] = schemas.EarlyRaiseUsage(effective_on=on, batch_id=batch_id, decision_number=number,
                                         decision_signed_on=signed, state=state,
                                         text=early_raise_text(on, state, number, signed))
    return out


def recorded_use(on: date) -> schemas.EarlyRaiseUsage:
    return schemas.EarlyRaiseUsage(effective_on=on, state="recorded", text=early_raise_text(on, "recorded", None, None))


def _may_approve(principal: Principal, d: RegisterDecision) -> bool:
    return (d.state == "submitted" and bool({UNIT_LEADER, PROVINCE_ADMIN} & set(principal.roles))
            and approval_refusal(principal, (d.created_by, d.submitted_by)) is None)


async def _public(session: AsyncSession, principal: Principal, decisions: Sequence[RegisterDecision],
                  *, with_entries: bool = True) -> list[schemas.DecisionPublic]:
    await _sync(session, decisions)
    ids = [d.id for d in decisions]
    entries: dict[uuid.UUID, list[RegisterEntry]] = {i: [] for i in ids}
    if with_entries and ids:
        for e in (await session.scalars(select(RegisterEntry).where(RegisterEntry.decision_id.in_(ids))  # type: ignore[attr-defined]
                                        .order_by(RegisterEntry.full_name))).all():
            entries[e.decision_id].append(e)
    units = await _unit_names(session, {d.unit_id for d in decisions} | {e.unit_id for es in entries.values()
                                                                            for e in es})
    lookup = await load_lookup(session, {"discipline_forms", *AWARD_CATALOGS}, clock.today())
    uses = await early_raise_uses(session, list({e.person_id for d in decisions if d.kind == "award"
                                                 for e in entries[d.id]}))
    out = []
    for d in decisions:
        name = (lookup.name("discipline_forms", d.form) if d.kind == "discipline"
                else lookup.name("award_forms", d.form) or lookup.name("emulation_titles", d.form))
        p = schemas.DecisionPublic.model_validate(d, from_attributes=True)
        p.unit_name, p.form_name, p.may_approve = units.get(d.unit_id), name, _may_approve(principal, d)
        if d.kind == "discipline" and d.form.startswith("VC_"):
            p.valid_until = add_months(d.signed_on, rules.VC_VALIDITY_MONTHS) - timedelta(days=1)
        p.entries = [schemas.RegisterEntryPublic.model_validate(e, from_attributes=True).model_copy(
            update={"unit_name": units.get(e.unit_id), "early_raise": uses.get((e.person_id, d.form, d.signed_on)) or (
                recorded_use(e.used_for_early_raise_on) if e.used_for_early_raise_on else None)
                if d.kind == "award" else None}) for e in entries[d.id]]
        out.append(p)
    return out


async def _audit(session: AsyncSession, action: str, d: RegisterDecision, audit: AuditContext, **detail: Any) -> None:
    await audit.record(session, action=action, resource_type="register_decision", resource_id=str(d.id),
                       unit_id=d.unit_id, detail={"kind": d.kind, "number": d.number, **detail})


async def create(session: AsyncSession, principal: Principal, *, body: schemas.DecisionCreate,
                 audit: AuditContext) -> schemas.DecisionPublic:
    """Enter a decision and submit it for approval. Every person must be visible to the account (404
    otherwise, revealing nothing); the form is judged by the decision's date (R-50)."""
    today = clock.today()
    if not body.person_ids:
        raise invalid("person_ids", "register.people_required")
    if len(set(body.person_ids)) != len(body.person_ids):
        raise invalid("person_ids", "register.person_repeated")
    if body.signed_on > today:
        raise invalid("signed_on", "register.decision_in_future")
    people = [await persons.get_visible(session, principal, pid) for pid in body.person_ids]
    lookup = await load_lookup(session, {"discipline_forms", *AWARD_CATALOGS}, today)
    errors: list[FieldError] = []
    for i, person in enumerate(people):
        if person.version == 0 or not person.profile:
            errors.append(FieldError(f"person_ids[{i}]", "register.person_not_approved", full_name=person.full_name))
    if body.kind == "discipline":
        form = discipline_form(lookup, body.form)
        for i, person in enumerate(people):
            category = staff_category(person)
            problem = rules.form_problem(form, staff_category=category, decided_on=body.signed_on)
            if problem == "register.discipline_form_not_for_staff":
                errors.append(FieldError(f"person_ids[{i}]", problem, form=form.name if form else body.form,
                                         full_name=person.full_name, category=STAFF_NAMES.get(category, category)))
            elif problem is not None:
                raise invalid("form", problem, form=form.name if form else body.form, on=_vn(body.signed_on),
                              valid_from=_vn(form.valid_from if form else None),
                              valid_to=_vn(form.valid_to if form else None))
    else:
        if not any(lookup.item(c, body.form) for c in AWARD_CATALOGS):
            raise invalid("form", "register.unknown_award_form")
        if body.achievement_year and body.achievement_year > body.signed_on.year:
            raise invalid("achievement_year", "register.achievement_after_decision")
    if errors:
        raise ValidationFailed(errors[0].code, fields=errors, **errors[0].params)
    number_key, issuer_key = rules.decision_key(body.number), rules.decision_key(body.issuer)
    candidates = (await session.scalars(select(RegisterDecision).where(
        RegisterDecision.issuer_key == issuer_key, RegisterDecision.number_key == number_key,
        RegisterDecision.state != "rejected"))).all()
    await _sync(session, candidates)
    same = next((c for c in candidates if c.state != "rejected"), None)
    if same is not None:
        raise Conflict("register.duplicate_decision", number=same.number, issuer=same.issuer, on=_vn(same.signed_on))
    d = RegisterDecision(
        kind=body.kind, unit_id=principal.unit_id or people[0].unit_id, number=body.number, number_key=number_key,
        signed_on=body.signed_on, issuer=body.issuer, issuer_key=issuer_key, signer=body.signer, form=body.form,
        level=body.level if body.kind == "award" else None,
        achievement_year=(body.achievement_year or body.signed_on.year) if body.kind == "award" else None,
        violation=body.violation if body.kind == "discipline" else None, duty_related=body.duty_related,
        note=body.note, person_count=len(people), created_by=principal.username, submitted_by=principal.username)
    await _load_emulation_codes(session)
    patch = ProfilePatch(append=profile_rows(d))
    form_name = (lookup.name("discipline_forms", d.form) if d.kind == "discipline"
                 else lookup.name("award_forms", d.form) or lookup.name("emulation_titles", d.form)) or d.form
    batch = await batches.create(
        session, principal, kind=BATCH_KIND[d.kind], audit=audit, title=f"{form_name} ({d.number})"[:300],
        note=d.note, decision=batch_schemas.Decision(decision_number=d.number, decision_signed_on=d.signed_on,
                                                     signer=d.signer, issuer=d.issuer),
        items=[batches.ItemInput(person_id=p.id, patch=patch, summary={"form": d.form, "form_name": form_name})
               for p in people])
    await batches.submit(session, principal, batch_id=batch.id, today=today, audit=audit)
    d.batch_id, d.unit_id = batch.id, batch.unit_id
    session.add(d)
    await session.flush()
    for person in people:
        session.add(RegisterEntry(decision_id=d.id, person_id=person.id, unit_id=person.unit_id,
                                  full_name=person.full_name, staff_category=staff_category(person)))
    await session.flush()
    await _audit(session, "create", d, audit, people=len(people), batch_id=str(batch.id))
    return (await _public(session, principal, [d]))[0]


async def _visible(session: AsyncSession, principal: Principal, decision_id: uuid.UUID,
                   *, for_update: bool = False) -> RegisterDecision:
    stmt = select(RegisterDecision).where(RegisterDecision.id == decision_id)
    if for_update:
        stmt = stmt.with_for_update()
    d = (await session.scalars(stmt)).first()
    if d is None:
        raise NotFound()
    await ensure_in_scope(session, principal, d.unit_id)
    return d


async def read(session: AsyncSession, principal: Principal, *, decision_id: uuid.UUID,
               audit: AuditContext) -> schemas.DecisionPublic:
    d = await _visible(session, principal, decision_id)
    await _audit(session, "read", d, audit)
    return (await _public(session, principal, [d]))[0]


BATCH_KIND = {"award": "reward", "discipline": "discipline"}


def profile_rows(d: RegisterDecision) -> dict[str, list[dict[str, Any]]]:
    """The rows the decision appends to each record: an award (an emulation title goes on an evaluation
    row of its year, the profile's place for it), or a discipline with its validity for a public employee
    (R-50: 12 months)."""
    if d.kind == "discipline":
        row: dict[str, Any] = {"from_month": d.signed_on.strftime("%Y-%m"), "form": d.form,
                               "violation": d.violation, "decided_by": d.issuer, "decision_number": d.number,
                               "decided_on": d.signed_on.isoformat()}
        if d.form.startswith("VC_"):
            row["to_month"] = add_months(d.signed_on, rules.VC_VALIDITY_MONTHS).strftime("%Y-%m")
        return {"disciplines": [row]}
    if d.form in _EMULATION_CODES:
        return {"evaluations": [{"year": d.achievement_year or d.signed_on.year, "emulation_title": d.form,
                                 "award": f"{d.number} ({d.issuer})"[:300]}]}
    return {"awards": [{"year": d.achievement_year or d.signed_on.year, "form": d.form, "level": d.level,
                        "decision_number": d.number, "decided_on": d.signed_on.isoformat(), "issuer": d.issuer}]}


_EMULATION_CODES: set[str] = set()


async def _load_emulation_codes(session: AsyncSession) -> None:
    if not _EMULATION_CODES:
        lookup = await load_lookup(session, {"emulation_titles"}, clock.today())
        _EMULATION_CODES.update(lookup.codes("emulation_titles"))


async def _decision_of_batch(session: AsyncSession, batch_id: uuid.UUID) -> RegisterDecision | None:
    return (await session.scalars(select(RegisterDecision).where(RegisterDecision.batch_id == batch_id)
                                  .with_for_update())).first()


async def _after_apply(session: AsyncSession, *, batch: Batch, item: BatchItem, person: Person,
                       principal: Principal, today: date) -> None:
    """Batch approval (from the register or the batch screen): the register follows its batch."""
    d = await _decision_of_batch(session, batch.id)
    if d is None:
        return
    d.state, d.decided_by, d.decided_at = "approved", batch.decided_by, batch.decided_at
    entry = (await session.scalars(select(RegisterEntry).where(RegisterEntry.decision_id == d.id,
                                                               RegisterEntry.person_id == person.id))).first()
    if entry is not None:
        entry.applied_version = item.applied_version


batches.register_kind("reward", after_apply=_after_apply)
batches.register_kind("discipline", after_apply=_after_apply)


async def approve(session: AsyncSession, principal: Principal, *, decision_id: uuid.UUID,
                  audit: AuditContext) -> schemas.DecisionPublic:
    """Approve once for everyone named: the batch's approval gives each record a new approved version with
    the decision's number and date. Not by the account that entered it, never by the system administrator."""
    d = await _visible(session, principal, decision_id, for_update=True)
    await _sync(session, [d])
    if d.state != "submitted" or d.batch_id is None:
        raise Conflict("register.not_submitted", state=d.state)
    ensure_separate(principal, (d.created_by, d.submitted_by))
    await batches.approve(session, principal, batch_id=d.batch_id, body=batch_schemas.Approve(),
                          today=clock.today(), audit=audit)
    d.state = "approved"
    await _audit(session, "approve", d, audit, people=d.person_count)
    return (await _public(session, principal, [d]))[0]


async def reject(session: AsyncSession, principal: Principal, *, decision_id: uuid.UUID, reason: str,
                 audit: AuditContext) -> schemas.DecisionPublic:
    d = await _visible(session, principal, decision_id, for_update=True)
    await _sync(session, [d])
    if d.state != "submitted" or d.batch_id is None:
        raise Conflict("register.not_submitted", state=d.state)
    if not reason.strip():
        raise invalid("reason", "register.reason_required")
    ensure_separate(principal, (d.created_by, d.submitted_by))
    await batches.reject(session, principal, batch_id=d.batch_id, reason=reason.strip(), audit=audit)
    d.state, d.decided_by, d.decided_at, d.reject_reason = "rejected", principal.username, utcnow(), reason.strip()
    await _audit(session, "reject", d, audit, reason=d.reject_reason)
    return (await _public(session, principal, [d]))[0]


BATCH_STATE = {"draft": "submitted", "submitted": "submitted", "approved": "approved", "rejected": "rejected",
               "withdrawn": "rejected"}


async def _sync(session: AsyncSession, decisions: Sequence[RegisterDecision]) -> None:
    """A batch rejected or withdrawn on the batch screen: the register shows it so (and frees its number)."""
    ids = [d.batch_id for d in decisions if d.batch_id is not None and d.state == "submitted"]
    if not ids:
        return
    states = dict((await session.execute(select(Batch.id, Batch.state).where(Batch.id.in_(ids)))).all())  # type: ignore[attr-defined]
    for d in decisions:
        state = BATCH_STATE.get(states.get(d.batch_id, ""), d.state)
        if state != d.state:
            d.state = state


def _filters(principal: Principal, *, kind: str | None, state: str | None, year: int | None,
             unit_id: str | None, person_id: uuid.UUID | None) -> list[Any]:
    where: list[Any] = [scope_clause(principal, RegisterDecision.unit_id)]
    if kind:
        where.append(RegisterDecision.kind == kind)
    if state:
        where.append(RegisterDecision.state == state)
    if year:
        where.append(extract("year", RegisterDecision.signed_on) == year)
    if unit_id:
        where.append(RegisterDecision.id.in_(select(RegisterEntry.decision_id).where(  # type: ignore[attr-defined]
            RegisterEntry.unit_id.in_(select(UnitNode.unit_id).where(UnitNode.path.contains([unit_id]))))))  # type: ignore[attr-defined]
    if person_id:
        where.append(RegisterDecision.id.in_(select(RegisterEntry.decision_id).where(  # type: ignore[attr-defined]
            RegisterEntry.person_id == person_id)))
    return where


async def listing(session: AsyncSession, principal: Principal, *, kind: str | None, state: str | None,
                  year: int | None, unit_id: str | None, person_id: uuid.UUID | None, offset: int,
                  limit: int) -> schemas.DecisionPage:
    where = _filters(principal, kind=kind, state=state, year=year, unit_id=unit_id, person_id=person_id)
    total = int(await session.scalar(select(func.count()).select_from(RegisterDecision).where(*where)) or 0)
    rows = (await session.scalars(select(RegisterDecision).where(*where).order_by(
        RegisterDecision.signed_on.desc(), RegisterDecision.created_at.desc())  # type: ignore[attr-defined]
        .offset(offset).limit(limit))).all()
    return schemas.DecisionPage(items=await _public(session, principal, rows), total=total)


STATE_NAMES = {"submitted": "Chờ duyệt", "approved": "Đã duyệt", "rejected": "Bị từ chối"}


async def export_rows(session: AsyncSession, principal: Principal, *, kind: str | None, state: str | None,
                      year: int | None, unit_id: str | None, audit: AuditContext) -> list[dict[str, Any]]:
    """One row per person of each decision, ordered by unit and name (the list per unit)."""
    where = _filters(principal, kind=kind, state=state, year=year, unit_id=unit_id, person_id=None)
    decisions = (await session.scalars(select(RegisterDecision).where(*where)
                                       .order_by(RegisterDecision.signed_on).limit(5000))).all()
    page = await _public(session, principal, decisions)
    rows = []
    for d in page:
        for e in d.entries:
            if unit_id and e.unit_id != unit_id and not await _under(session, e.unit_id, unit_id):
                continue
            rows.append({"unit": e.unit_name or e.unit_id, "full_name": e.full_name,
                         "kind": "Khen thưởng" if d.kind == "award" else "Kỷ luật", "form": d.form_name or d.form,
                         "level": d.level or "", "achievement_year": d.achievement_year or "",
                         "violation": d.violation or "", "number": d.number,
                         "signed_on": d.signed_on.strftime("%d/%m/%Y"), "issuer": d.issuer,
                         "state": STATE_NAMES.get(d.state, d.state),
                         "early_raise": e.early_raise.text if e.early_raise else ""})
    rows.sort(key=lambda r: (r["unit"], r["full_name"]))
    for i, r in enumerate(rows, 1):
        r["no"] = i
    await audit.record(session, action="export", resource_type="register_decision", resource_id="list",
                       unit_id=unit_id, detail={"kind": kind, "year": year, "rows": len(rows)})
    return rows


async def _under(session: AsyncSession, unit_id: str, ancestor: str) -> bool:
    return await session.scalar(select(UnitNode.unit_id).where(
        UnitNode.unit_id == unit_id, UnitNode.path.contains([ancestor]))) is not None  # type: ignore[attr-defined]


async def use_for_early_raise(session: AsyncSession, principal: Principal, *, entry_id: uuid.UUID,
                              raised_on: date, audit: AuditContext) -> schemas.DecisionPublic:
    """Record that an award was used for an early raise (R-13): it is never used again."""
    entry = await session.get(RegisterEntry, entry_id, with_for_update=True)
    if entry is None:
        raise NotFound()
    d = await _visible(session, principal, entry.decision_id)
    await persons.get_visible(session, principal, entry.person_id)
    if d.kind != "award" or d.state != "approved":
        raise invalid("entry_id", "register.award_only")
    if entry.used_for_early_raise_on is not None:
        raise Conflict("register.award_already_used", on=_vn(entry.used_for_early_raise_on))
    entry.used_for_early_raise_on = raised_on
    await _audit(session, "update", d, audit, person_id=str(entry.person_id), early_raise_on=raised_on.isoformat())
    return (await _public(session, principal, [d]))[0]


# ---------------------------------------------------------------------------------------------------------
# A person's effects


async def effects(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID,
                  audit: AuditContext) -> schemas.PersonEffects:
    """The effects of the person's disciplines and awards as the approved record holds them (typed in or
    written by an approved decision), judged today, with what the register knows besides (duty-related,
    an award's use for an early raise, decisions still waiting)."""
    person = await persons.get_visible(session, principal, person_id)
    today = clock.today()
    profile = Profile.model_validate(person.profile) if person.profile else None
    category = profile.recruitment.staff_category if profile else "civil_servant"
    lookup = await load_lookup(session, {"discipline_forms", "ranks", *AWARD_CATALOGS}, today)
    rank = profile.salary.rank_code if profile else None
    rank_item = lookup.item("ranks", rank) if rank else None
    pay_group = str(rank_item.attributes.get("group")) if rank_item and rank_item.attributes.get("group") else None
    rows = (await session.execute(select(RegisterEntry, RegisterDecision).join(
        RegisterDecision, RegisterDecision.id == RegisterEntry.decision_id).where(  # type: ignore[arg-type]
        RegisterEntry.person_id == person.id))).all()
    by_number = {(d.kind, rules.decision_key(d.number)): (e, d) for e, d in rows if d.state == "approved"}
    # An achievement is used by an early raise decided (or pending) through a batch (careers.early_raise,
    # the due lists' early-raise candidates) or recorded on the register's entry.
    used_by_batch = {u.achievement: u.effective_on for u in (await early_raise.used_early(session, [person.id])).get(
        person.id, []) if u.achievement is not None}
    pending = sum(1 for _, d in rows if d.state == "submitted")

    disciplines: list[tuple[rules.DisciplineFact, str | None]] = []
    awards: list[tuple[rules.AwardFact, str | None, uuid.UUID | None]] = []
    if profile is not None:
        for row in profile.disciplines:
            day = row.decided_on or (date.fromisoformat(row.from_month + "-01") if row.from_month else None)
            if day is None:
                continue
            match = by_number.get(("discipline", rules.decision_key(row.decision_number or "")))
            disciplines.append((rules.DisciplineFact(row.form, day, match[1].duty_related if match else True),
                                row.decision_number))
        for award in profile.awards:
            day = award.decided_on or date(award.year, 12, 31)
            match = by_number.get(("award", rules.decision_key(award.decision_number or "")))
            entry = match[0] if match else None
            used = (entry.used_for_early_raise_on if entry else None) or used_by_batch.get((award.form, day))
            awards.append((rules.AwardFact(award.form, day, used), award.decision_number, entry.id if entry else None))
    # Emulation titles are on the evaluation rows, without their decision: the register has it.
    for e, d in rows:
        if d.state == "approved" and d.kind == "award" and d.form in lookup.codes("emulation_titles"):
            used = e.used_for_early_raise_on or used_by_batch.get((d.form, d.signed_on))
            awards.append((rules.AwardFact(d.form, d.signed_on, used), d.number, e.id))
    data = reference.rule_data()
    out = rules.effects(staff_category=category, pay_group=pay_group, disciplines=[f for f, _ in disciplines],
                        awards=[f for f, _, _ in awards], extension_table=data.extensions, award_rules=data.awards,
                        params=data.params, today=today)
    numbers_d = {(f.form, f.decided_on): n for f, n in disciplines}
    extra_a = {(f.code, f.decided_on): (n, i) for f, n, i in awards}

    uses = await early_raise_uses(session, [person.id])

    def award_public(a: rules.AwardEffect) -> schemas.AwardEffectPublic:
        n, i = extra_a.get((a.code, a.decided_on), (None, None))
        use = uses.get((person.id, a.code, a.decided_on)) or (recorded_use(a.used_on) if a.used_on else None)
        return schemas.AwardEffectPublic(
            code=a.code, name=lookup.name("award_forms", a.code) or lookup.name("emulation_titles", a.code),
            decided_on=a.decided_on, decision_number=n, early_raise_months=a.early_raise_months,
            usable_until=a.usable_until, usable=a.usable, used_on=a.used_on, entry_id=i, early_raise=use)

    answer = schemas.PersonEffects(
        person_id=person.id, as_of=today, staff_category=category, pay_group=pay_group, review_year=today.year,
        extension_months=out.extension_months, forced_ratings=list(out.forced_ratings),
        restricted_until=out.restricted_until,
        disciplines=[schemas.DisciplineEffectPublic(
            form=x.form, form_name=lookup.name("discipline_forms", x.form), decided_on=x.decided_on,
            decision_number=numbers_d.get((x.form, x.decided_on)), extension_months=x.extension_months,
            extension_basis=x.extension_basis, in_force_until=x.in_force_until, in_force=x.in_force,
            restricted_until=x.restricted_until, restricted=x.restricted, forced_rating_year=x.forced_rating_year)
            for x in out.disciplines],
        awards=[award_public(a) for a in out.awards],
        best_usable_award=award_public(out.best_usable_award) if out.best_usable_award else None,
        pending_decisions=pending)
    await audit.record(session, action="read", resource_type="person", resource_id=str(person.id),
                       unit_id=person.unit_id, detail={"view": "register_effects"})
    return answer


@dataclass(frozen=True)
class ForcingDiscipline:
    """A discipline that forces a year's rating to "Không hoàn thành nhiệm vụ" (R-40): reprimand or higher,
    for a violation in performing duties, decided in that year."""

    form: str
    form_name: str | None
    decision_number: str | None
    decided_on: date


async def disciplines_forcing_rating(session: AsyncSession, people: Sequence[Person],
                                     year: int) -> dict[uuid.UUID, ForcingDiscipline]:
    """For an evaluation round: the people whose record (or approved register decision) holds a discipline
    forcing the year's rating, each with the first such decision. Computed from the record, never typed."""
    ids = [p.id for p in people]
    if not ids:
        return {}
    # The register knows whether the violation was duty-related; a record without its decision counts as one.
    duty: dict[tuple[uuid.UUID, str], bool] = {}
    for e, d in (await session.execute(select(RegisterEntry, RegisterDecision).join(
            RegisterDecision, RegisterDecision.id == RegisterEntry.decision_id).where(  # type: ignore[arg-type]
            RegisterEntry.person_id.in_(ids), RegisterDecision.kind == "discipline",  # type: ignore[attr-defined]
            RegisterDecision.state == "approved"))).all():
        duty[(e.person_id, rules.decision_key(d.number))] = d.duty_related
    table = reference.rule_data().extensions
    lookup: CatalogLookup | None = None
    out: dict[uuid.UUID, ForcingDiscipline] = {}
    for person in people:
        found: list[ForcingDiscipline] = []
        for row in (person.profile or {}).get("disciplines") or []:
            day = _day_of(row)
            if day is None or day.year != year or not row.get("form"):
                continue
            number = row.get("decision_number")
            fact = rules.DisciplineFact(row["form"], day, duty.get((person.id, rules.decision_key(number or "")), True))
            effect = rules.discipline_effect(fact, staff_category=person.staff_category or "civil_servant", table=table,
                                             today=day)
            if effect.forced_rating_year == year:
                if lookup is None:
                    lookup = await load_lookup(session, {"discipline_forms"}, date(year, 12, 31))
                found.append(ForcingDiscipline(row["form"], lookup.name("discipline_forms", row["form"]), number, day))
        if found:
            out[person.id] = min(found, key=lambda f: f.decided_on)
    return out


def _day_of(row: dict[str, Any]) -> date | None:
    try:
        if row.get("decided_on"):
            return date.fromisoformat(str(row["decided_on"])[:10])
        if row.get("from_month"):
            return date.fromisoformat(str(row["from_month"])[:7] + "-01")
    except ValueError:
        return None
    return None
