"""Typed dependency aliases: who may read reports."""

from __future__ import annotations

from typing import Annotated

from common.auth import PROVINCE_ADMIN, UNIT_LEADER, UNIT_OFFICER, VIEWER, Principal, require_roles

Reader = Annotated[Principal, require_roles(VIEWER, UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN)]
Editor = Annotated[Principal, require_roles(UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN)]
