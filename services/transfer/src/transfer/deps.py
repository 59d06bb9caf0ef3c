"""Typed dependency aliases: who may read and who may act on cases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Request

from common.auth import PROVINCE_ADMIN, UNIT_LEADER, UNIT_OFFICER, VIEWER, Principal, require_roles
from transfer.config import TransferSettings

Reader = Annotated[Principal, require_roles(VIEWER, UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN)]
# Personnel officers open cases and take their steps (Art. 10: the units' personnel staff).
Editor = Annotated[Principal, require_roles(UNIT_OFFICER, PROVINCE_ADMIN)]


def settings_of(request: Request) -> TransferSettings:
    settings: TransferSettings = request.app.state.settings
    return settings
