"""Merge (several units into one) and split (one into several), with the people moves they announce.

Org does not move people itself: it records which person (or, by default, everyone left in a unit)
goes where and announces it in org.unit.reorganized.v1; the transfer service turns that into transfers,
so every record follows through the usual flow and nothing is lost."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.errors import invalid
from common.events.contracts.org import PersonMove, StaffMove, UnitReorganized
from common.events.envelope import Envelope
from common.outbox import add_event
from org.headcount import service as headcount_service
from org.units import repository as repo
from org.units import rules
from org.units.schemas import ReorganizationCreate, ReorganizationPublic, ReorgTarget
from org.units.service import (
    apply_dissolve,
    apply_move,
    check_catalog_codes,
    duplicate_code,
    insert_unit,
    node,
    record_change,
)
from org.units.tables import Reorganization, Unit


def _new_fields(t: ReorgTarget) -> dict[str, object]:
    if not t.name:
        raise invalid("targets", "reorganization.new_unit_needs_name", unit_id=t.unit_id)
    return t.model_dump(include={"name", "short_name", "unit_type", "unit_block", "management_level", "address",
                                 "sort_order"})


async def reorganize(session: AsyncSession, *, data: ReorganizationCreate,
                     audit: AuditContext) -> ReorganizationPublic:
    actor = audit.actor_id
    await repo.lock_tree(session)
    on = data.on
    sources = list(data.source_unit_ids)
    if data.kind == "split" and len(sources) != 1:
        raise invalid("source_unit_ids", "reorganization.split_one_source")
    if data.kind == "merge" and len(data.targets) != 1:
        raise invalid("targets", "reorganization.merge_one_target")
    new_targets = [t for t in data.targets if t.new]
    for t in new_targets:
        rules.check_code(t.unit_id)
        if await repo.get(session, t.unit_id) is not None:
            raise duplicate_code(t.unit_id)
    first_parent = (await repo.get(session, sources[0]))
    default_parent = first_parent.parent_id if first_parent else None
    parent_of = {t.unit_id: t.parent_id or default_parent for t in new_targets}
    wanted = set(sources) | {t.unit_id for t in data.targets if not t.new} | {p for p in parent_of.values() if p}
    units = await repo.lock_units(session, wanted)
    missing = sorted(wanted - units.keys())
    if missing:
        uid = missing[0]
        raise invalid("source_unit_ids" if uid in sources else "targets", "unit.not_found", unit_id=uid)
    target_nodes: list[rules.Node] = []
    for t in data.targets:
        if t.new:
            parent = units.get(parent_of[t.unit_id] or "")
            if parent is not None:
                rules.check_parent_for_new_unit(node(parent), on)
            path = (*(parent.path if parent else ()), t.unit_id)
            target_nodes.append(rules.Node(t.unit_id, path, True, on, on))
            await check_catalog_codes(session, _new_fields(t))  # type: ignore[arg-type]
        else:
            target_nodes.append(node(units[t.unit_id]))
    children = {s: await repo.active_children(session, s) for s in sources}
    staff = await headcount_service.staff_of(session, sources)
    moves = [rules.PersonMoveIn(m.person_id, m.from_unit_id, m.to_unit_id) for m in data.person_moves]
    if data.kind == "merge":
        plan = rules.plan_merge(sources=[node(units[s]) for s in sources], target=target_nodes[0],
                                target_is_new=data.targets[0].new, effective_on=on, children=children,
                                staff=staff, person_moves=moves)
    else:
        plan = rules.plan_split(source=node(units[sources[0]]), targets=target_nodes,
                                new_target_ids=[t.unit_id for t in new_targets], effective_on=on,
                                children=children[sources[0]], child_moves=data.child_moves,
                                staff=staff[sources[0]], person_moves=moves,
                                default_target=data.default_target_unit_id, keep_source=data.keep_source)

    target_ids = [t.unit_id for t in data.targets]
    reorg = Reorganization(kind=data.kind, effective_on=on, decision_number=data.decision_number,
                           decision_date=data.decision_date, signer=data.signer, source_unit_ids=sources,
                           target_unit_ids=target_ids, person_moves=[m.model_dump() for m in data.person_moves],
                           default_moves=[{"from_unit_id": s, "to_unit_id": t} for s, t in plan.default_moves.items()],
                           actor=actor)
    session.add(reorg)
    detail = {"sources": sources, "targets": target_ids}
    for t in data.targets:
        if t.new:
            parent = units.get(parent_of[t.unit_id] or "")
            units[t.unit_id] = await insert_unit(session, fields=_new_fields(t), unit_id=t.unit_id, parent=parent,
                                                 decision=data, actor=actor, kind=data.kind,
                                                 reorganization_id=reorg.id)
        else:
            record_change(session, t.unit_id, data.kind, data, actor, detail, reorg.id)
    for child_id, dest in plan.child_moves.items():
        child = await _locked(session, child_id)
        rules.check_move(node(child), node(units[dest]), on)
        await apply_move(session, child, units[dest], data, actor, kind=data.kind, reorganization_id=reorg.id)
    for s in plan.dissolve:
        await apply_dissolve(session, units[s], data, actor, kind=data.kind, detail=detail,
                             reorganization_id=reorg.id)
    if data.kind == "split" and data.keep_source:
        record_change(session, sources[0], "split", data, actor, detail, reorg.id)

    add_event(session, Envelope.of(
        UnitReorganized(kind=data.kind, source_unit_ids=sources, target_unit_ids=target_ids, effective_on=on,
                        decision_number=data.decision_number, decision_date=data.decision_date,
                        signer=data.signer, reorganization_id=str(reorg.id), dissolved_unit_ids=plan.dissolve,
                        moves=[PersonMove(**m.model_dump()) for m in data.person_moves],
                        default_moves=[StaffMove(from_unit_id=s, to_unit_id=t)
                                       for s, t in plan.default_moves.items()]),
        source="org", subject=sources[0], actor=actor, unit_id=sources[0]))
    await audit.record(session, action=data.kind, resource_type="reorganization", resource_id=str(reorg.id),
                       unit_id=sources[0], detail={"sources": sources, "targets": target_ids,
                                                   "decision": data.decision_number})
    return ReorganizationPublic(id=reorg.id, kind=data.kind, effective_on=on, decision_number=data.decision_number,
                                source_unit_ids=sources, target_unit_ids=target_ids, dissolved_unit_ids=plan.dissolve,
                                moved_units=plan.child_moves, person_moves=data.person_moves,
                                default_moves=plan.default_moves)


async def _locked(session: AsyncSession, unit_id: str) -> Unit:
    return (await repo.lock_units(session, [unit_id]))[unit_id]
