"""The deadline rules: read by anyone signed in, added (never edited) by the Department of Home Affairs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from common.app import SessionDep
from common.audit import Audit
from common.auth import PROVINCE_ADMIN, CurrentPrincipal, Principal, require_roles
from transfer.deadlines import rules, service
from transfer.deadlines.schemas import RuleCreate, RulePublic
from transfer.deadlines.tables import DeadlineRule

router = APIRouter(prefix="/deadline-rules", tags=["deadlines"])
Admin = Annotated[Principal, require_roles(PROVINCE_ADMIN)]


def public(rule: DeadlineRule) -> RulePublic:
    name = rules.OBLIGATIONS.get(rule.obligation, (rule.obligation, ""))[0]
    return RulePublic.model_validate({**rule.model_dump(), "obligation_name": name})


@router.get("")
async def list_rules(session: SessionDep, principal: CurrentPrincipal) -> list[RulePublic]:
    """Every rule, old ones too: each obligation is judged by the rule in force on its own date."""
    return [public(r) for r in await service.all_rules(session)]


@router.post("", status_code=201)
async def add_rule(data: RuleCreate, session: SessionDep, principal: Admin, audit: Audit) -> RulePublic:
    """A newer rule for an obligation, from its valid_from; the rule before it ends the day before."""
    return public(await service.add_rule(session, data=data, audit=audit))
