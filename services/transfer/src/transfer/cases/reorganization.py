"""org merged, split or dissolved units: one case moves everyone of the units concerned, by the
reorganisation's decision. Idempotent: a reorganisation makes one case, whatever is redelivered."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.org import UnitReorganized
from transfer.cases import events, repository
from transfer.cases.service import record_step
from transfer.cases.tables import TransferCase
from transfer.people.tables import PersonRef


async def apply(session: AsyncSession, reorg: UnitReorganized, *, actor: str) -> TransferCase | None:
    key = reorg.reorganization_id or f"{reorg.kind}:{reorg.decision_number}:{','.join(reorg.source_unit_ids)}"
    if await session.scalar(select(TransferCase.id).where(TransferCase.reorganization_id == key)) is not None:
        return None
    destinations: dict[uuid.UUID, tuple[str, str]] = {}  # person -> (from unit, to unit)
    named = {uuid.UUID(m.person_id): (m.from_unit_id, m.to_unit_id) for m in reorg.moves}
    for default in reorg.default_moves:
        people = (await session.scalars(select(PersonRef).where(
            PersonRef.unit_id == default.from_unit_id, PersonRef.is_active))).all()
        for person in people:
            destinations[person.person_id] = (default.from_unit_id, default.to_unit_id)
    destinations.update(named)  # people named one by one go where they are named
    signed_on = reorg.decision_date or reorg.effective_on
    case = TransferCase(
        kind="reorganization", state="accepted", person_id=None,
        full_name=f"Sắp xếp tổ chức: {len(destinations)} người", from_unit_id=reorg.source_unit_ids[0],
        to_unit_id=reorg.target_unit_ids[0] if reorg.target_unit_ids else None,
        decision_number=reorg.decision_number, decision_signed_on=min(signed_on, reorg.effective_on),
        effective_on=reorg.effective_on, signer=reorg.signer, reorganization_id=key, created_by=actor,
        created_unit_id=reorg.source_unit_ids[0],
        note=f"{reorg.kind}: {', '.join(reorg.source_unit_ids)} -> {', '.join(reorg.target_unit_ids)}")
    session.add(case)
    await session.flush()
    names = await repository.unit_names(session, {to for _, to in destinations.values()})
    for person_id, (from_unit, to_unit) in sorted(destinations.items()):
        events.decide_move(session, case, person_id=person_id, to_unit_id=to_unit, to_unit_name=names.get(to_unit),
                           from_unit_id=from_unit, actor=actor)
    record_step(session, case, "create", None, by=actor, note=case.note)
    events.case_changed(session, case, "create", actor)
    if not destinations:
        case.state = "done"  # nobody to move
    return case
