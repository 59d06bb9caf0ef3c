"""Typed dependency aliases: who may read, edit and approve person records."""

from __future__ import annotations

from typing import Annotated

from fastapi import Request

from common.auth import PROVINCE_ADMIN, UNIT_LEADER, UNIT_OFFICER, VIEWER, Principal, require_roles
from personnel.config import PersonnelSettings

Reader = Annotated[Principal, require_roles(VIEWER, UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN)]
Editor = Annotated[Principal, require_roles(UNIT_OFFICER, PROVINCE_ADMIN)]
Approver = Annotated[Principal, require_roles(UNIT_LEADER, PROVINCE_ADMIN)]


def settings_of(request: Request) -> PersonnelSettings:
    settings: PersonnelSettings = request.app.state.settings
    return settings

