"""Use cases of the unit tree: create, rename, update, move, dissolve (merge and split: reorganize.py).

Each public function takes the tree lock, checks the rules (rules.py) against the locked rows, then
writes the latest state (`unit`), a dated version (`unit_version`), a history entry (`unit_change`)
and the outbox events, all in the caller's transaction. Nothing is committed here."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.db import utcnow
from common.errors import Conflict, FieldError, NotFound, invalid
from common.text import fold
from org.catalogs import service as catalog_service
from org.headcount import service as headcount_service
from org.units import events, rules
from org.units import repository as repo
from org.units.schemas import DecisionIn, UnitCreate, UnitDissolve, UnitMove, UnitRename, UnitUpdate
from org.units.tables import Unit, UnitChange, UnitVersion

VERSIONED = ("name", "short_name", "unit_type", "unit_block", "management_level", "parent_id", "address",
             "sort_order")
UNIT_CATALOGS = {"unit_type": "unit_types", "unit_block": "unit_blocks", "management_level": "management_levels"}


def node(unit: Unit) -> rules.Node:
    return rules.Node(unit.unit_id, tuple(unit.path), unit.active, unit.established_on, unit.last_changed_on)


def search_text(unit_id: str, name: str, short_name: str | None) -> str:
    return fold(f"{unit_id} {name} {short_name or ''}")


async def require(session: AsyncSession, unit_id: str, field: str | None = None) -> Unit:
    """The unit, locked; NotFound for the path's unit, a field error for a unit named in the body."""
    unit = (await repo.lock_units(session, [unit_id])).get(unit_id)
    if unit is None:
        if field:
            raise invalid(field, "unit.not_found", unit_id=unit_id)
        raise NotFound()
    return unit


def duplicate_code(unit_id: str) -> Conflict:
    return Conflict("duplicate_unit_code", unit_id=unit_id, fields=[FieldError("unit_id", "unit.code_in_use",
                                                                               unit_id=unit_id)])


def record_change(session: AsyncSession, unit_id: str, kind: str, decision: DecisionIn, actor: str,
                  detail: dict[str, Any] | None = None, reorganization_id: uuid.UUID | None = None) -> UnitChange:
    change = UnitChange(unit_id=unit_id, kind=kind, effective_on=decision.on,
                        decision_number=decision.decision_number, decision_date=decision.decision_date,
                        signer=decision.signer, reorganization_id=reorganization_id, detail=detail or {},
                        actor=actor)
    session.add(change)
    return change


async def open_version_from(session: AsyncSession, unit: Unit, on: date, change_id: uuid.UUID) -> None:
    """Close the version valid until now at `on` and open one with the unit's new state (a second change
    on the same day corrects that day's version instead)."""
    current = await repo.open_version(session, unit.unit_id)
    if current is not None and current.valid_from == on:
        version = current
    else:
        if current is not None:
            current.valid_to = on
        version = UnitVersion(unit_id=unit.unit_id, valid_from=on, name=unit.name)
        session.add(version)
    for attr in VERSIONED:
        setattr(version, attr, getattr(unit, attr))
    version.change_id = change_id


async def check_catalog_codes(session: AsyncSession, values: dict[str, str | None]) -> None:
    for attr, value in values.items():
        if value is not None and attr in UNIT_CATALOGS:
            await catalog_service.ensure_item(session, UNIT_CATALOGS[attr], value, field=attr)


async def insert_unit(session: AsyncSession, *, fields: dict[str, Any], unit_id: str, parent: Unit | None,
                      decision: DecisionIn, actor: str, kind: str = "create",
                      reorganization_id: uuid.UUID | None = None) -> Unit:
    """Add a unit whose code and parent were already checked."""
    unit = Unit(unit_id=unit_id, parent_id=parent.unit_id if parent else None,
                path=[*(parent.path if parent else []), unit_id],
                name_search=search_text(unit_id, fields["name"], fields.get("short_name")),
                established_on=decision.on, last_changed_on=decision.on,
                decision_number=decision.decision_number, decision_date=decision.decision_date,
                signer=decision.signer, **fields)
    session.add(unit)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent create of the same code, past the lock's check
        raise duplicate_code(unit_id) from exc
    change = record_change(session, unit_id, kind, decision, actor, {"parent_id": unit.parent_id},
                           reorganization_id)
    await open_version_from(session, unit, decision.on, change.id)
    events.unit_created(session, unit, actor, decision.on, decision.decision_number)
    return unit


async def create_unit(session: AsyncSession, *, data: UnitCreate, audit: AuditContext) -> Unit:
    rules.check_code(data.unit_id)
    await repo.lock_tree(session)
    if await repo.get(session, data.unit_id) is not None:
        raise duplicate_code(data.unit_id)
    parent = await require(session, data.parent_id, "parent_id") if data.parent_id else None
    if parent is not None:
        rules.check_parent_for_new_unit(node(parent), data.on)
    fields = data.model_dump(include=set(VERSIONED) - {"parent_id"})
    await check_catalog_codes(session, fields)
    unit = await insert_unit(session, fields=fields, unit_id=data.unit_id, parent=parent, decision=data,
                             actor=audit.actor_id)
    await audit.record(session, action="create", resource_type="unit", resource_id=unit.unit_id,
                       unit_id=unit.unit_id, detail={"decision": data.decision_number})
    return unit


async def _change_attributes(session: AsyncSession, unit: Unit, kind: str, changes: dict[str, Any],
                             decision: DecisionIn, actor: str) -> Unit:
    rules.check_active(node(unit))
    rules.check_effective_on(node(unit), decision.on)
    before = {k: getattr(unit, k) for k in changes}
    for attr, value in changes.items():
        setattr(unit, attr, value)
    unit.name_search = search_text(unit.unit_id, unit.name, unit.short_name)
    unit.last_changed_on = decision.on
    unit.updated_at = utcnow()
    change = record_change(session, unit.unit_id, kind, decision, actor, {"before": before, "after": changes})
    await open_version_from(session, unit, decision.on, change.id)
    events.unit_updated(session, unit, actor, decision.on, decision.decision_number)
    return unit


async def rename_unit(session: AsyncSession, *, unit_id: str, data: UnitRename, audit: AuditContext) -> Unit:
    await repo.lock_tree(session)
    unit = await require(session, unit_id)
    changes: dict[str, Any] = {"name": data.name}
    if "short_name" in data.model_fields_set:
        changes["short_name"] = data.short_name
    await audit.record(session, action="rename", resource_type="unit", resource_id=unit_id, unit_id=unit_id,
                       detail={"name": data.name, "decision": data.decision_number})
    return await _change_attributes(session, unit, "rename", changes, data, audit.actor_id)


async def update_unit(session: AsyncSession, *, unit_id: str, data: UnitUpdate, audit: AuditContext) -> Unit:
    await repo.lock_tree(session)
    unit = await require(session, unit_id)
    if data.row_version != unit.revision:  # another change came first: never overwritten silently
        raise Conflict("unit.stale", revision=unit.revision)
    changes = data.model_dump(include=set(VERSIONED) & data.model_fields_set)
    if not changes:
        raise invalid("body", "unit.nothing_to_change")
    await check_catalog_codes(session, changes)
    await audit.record(session, action="update", resource_type="unit", resource_id=unit_id, unit_id=unit_id,
                       detail={"decision": data.decision_number})
    return await _change_attributes(session, unit, "update", changes, data, audit.actor_id)


async def apply_move(session: AsyncSession, unit: Unit, parent: Unit, decision: DecisionIn, actor: str,
                     kind: str = "move", reorganization_id: uuid.UUID | None = None) -> list[Unit]:
    """Re-parent a unit already checked by rules.check_move; rewrite and announce every descendant's path."""
    old_prefix = list(unit.path)
    new_prefix = [*parent.path, unit.unit_id]
    before = unit.parent_id
    unit.parent_id, unit.path = parent.unit_id, new_prefix
    unit.last_changed_on, unit.updated_at = decision.on, utcnow()
    change = record_change(session, unit.unit_id, kind, decision, actor,
                           {"from_parent_id": before, "to_parent_id": parent.unit_id}, reorganization_id)
    await open_version_from(session, unit, decision.on, change.id)
    events.unit_updated(session, unit, actor, decision.on, decision.decision_number)
    moved = [unit]
    for desc in await repo.descendants(session, unit.unit_id):
        desc.path = list(rules.rebase_path(desc.path, old_prefix, new_prefix))
        desc.updated_at = utcnow()
        events.unit_updated(session, desc, actor, decision.on, decision.decision_number)
        moved.append(desc)
    return moved


async def move_unit(session: AsyncSession, *, unit_id: str, data: UnitMove, audit: AuditContext) -> list[Unit]:
    await repo.lock_tree(session)
    unit = await require(session, unit_id)
    parent = await require(session, data.parent_id, "parent_id")
    if unit.parent_id == parent.unit_id:
        raise invalid("parent_id", "unit.already_under_parent")
    rules.check_move(node(unit), node(parent), data.on)
    moved = await apply_move(session, unit, parent, data, audit.actor_id)
    await audit.record(session, action="move", resource_type="unit", resource_id=unit_id, unit_id=unit_id,
                       detail={"parent_id": data.parent_id, "decision": data.decision_number,
                               "units_affected": len(moved)})
    return moved


async def apply_dissolve(session: AsyncSession, unit: Unit, decision: DecisionIn, actor: str, kind: str = "dissolve",
                         detail: dict[str, Any] | None = None, reorganization_id: uuid.UUID | None = None) -> Unit:
    unit.active = False
    unit.dissolved_on = unit.last_changed_on = decision.on
    unit.updated_at = utcnow()
    current = await repo.open_version(session, unit.unit_id)
    if current is not None:
        current.valid_to = decision.on
    record_change(session, unit.unit_id, kind, decision, actor, detail, reorganization_id)
    events.unit_dissolved(session, unit, actor, decision.on, decision.decision_number)
    return unit


async def dissolve_unit(session: AsyncSession, *, unit_id: str, data: UnitDissolve, audit: AuditContext) -> Unit:
    await repo.lock_tree(session)
    unit = await require(session, unit_id)
    children = await repo.active_children(session, unit_id)
    staff = (await headcount_service.staff_of(session, [unit_id]))[unit_id]
    rules.check_dissolvable(node(unit), data.on, children, staff)
    await audit.record(session, action="dissolve", resource_type="unit", resource_id=unit_id, unit_id=unit_id,
                       detail={"decision": data.decision_number})
    return await apply_dissolve(session, unit, data, audit.actor_id,
                                detail={"note": data.note} if data.note else None)
