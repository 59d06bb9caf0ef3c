"""Where a case may go: any active unit of the province, not only those in the officer's scope (the
sending unit addresses a transfer to a unit it does not manage). Unit names are the public structure of
the administration, not personal data."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from common.app import SessionDep
from transfer.deps import Reader
from transfer.units import repository, rules
from transfer.units.schemas import UnitChoice

router = APIRouter(prefix="/units", tags=["receiving units"])


@router.get("")
async def search_units(session: SessionDep, principal: Reader,
                       q: Annotated[str, Query(min_length=1, max_length=100)],
                       limit: Annotated[int, Query(ge=1, le=50)] = 30) -> list[UnitChoice]:
    """Units a case may be addressed to, found by code or name (diacritics optional)."""
    units = await repository.active_units(session)
    by_id = {u.unit_id: u for u in units}
    return [UnitChoice(unit_id=unit_id, name=by_id[unit_id].name,
                       path_names=[by_id[p].name if p in by_id else p for p in by_id[unit_id].path])
            for unit_id in rules.matching(((u.unit_id, u.name) for u in units), q, limit)]
