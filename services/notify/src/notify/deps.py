"""Typed dependency aliases: who may read, write, approve."""

from __future__ import annotations

from typing import Annotated

from fastapi import Request

from common.auth import PROVINCE_ADMIN, SYSTEM_ADMIN, UNIT_LEADER, UNIT_OFFICER, VIEWER, Principal, require_roles
from notify.config import NotifySettings

# Every account of a unit reads news, its unit's announcements and its messages.
Reader = Annotated[Principal, require_roles(VIEWER, UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN, SYSTEM_ADMIN)]
# Officers and leaders draft news, send and acknowledge announcements.
Writer = Annotated[Principal, require_roles(UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN, SYSTEM_ADMIN)]
# The Department of Home Affairs' editors publish (approve) news.
NewsEditor = Annotated[Principal, require_roles(PROVINCE_ADMIN)]


def settings_of(request: Request) -> NotifySettings:
    settings: NotifySettings = request.app.state.settings
    return settings
