"""Typed dependencies of the org API: who may read, who may change."""

from __future__ import annotations

from typing import Annotated

from common.auth import PROVINCE_ADMIN, SYSTEM_ADMIN, UNIT_OFFICER, Principal, require_roles

# Reads: every signed-in account (scope limits what it sees). Changes: the province's administrators
# (Sở Nội vụ) and system administrators. The audit of changes: common.audit.Audit.
AdminPrincipal = Annotated[Principal, require_roles(PROVINCE_ADMIN, SYSTEM_ADMIN)]
# A unit's own proposals (its job-position plan): its officers, within their scope, and the administrators.
UnitEditor = Annotated[Principal, require_roles(UNIT_OFFICER, PROVINCE_ADMIN, SYSTEM_ADMIN)]
