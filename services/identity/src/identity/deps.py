"""Typed dependencies of the identity service's routes."""

from typing import Annotated

from fastapi import Depends, Request

from common.auth import PROVINCE_ADMIN, SYSTEM_ADMIN, UNIT_LEADER, Principal, require_roles
from identity.config import IdentitySettings
from identity.directory import Directory


def get_directory(request: Request) -> Directory:
    return request.app.state.directory  # type: ignore[no-any-return]


def get_settings(request: Request) -> IdentitySettings:
    return request.app.state.settings  # type: ignore[no-any-return]


DirectoryDep = Annotated[Directory, Depends(get_directory)]
SettingsDep = Annotated[IdentitySettings, Depends(get_settings)]
# The Sở Nội vụ and the system administrator.
ProvinceAdmin = Annotated[Principal, require_roles(PROVINCE_ADMIN, SYSTEM_ADMIN)]
# Those who may read the account list of their scope.
AccountReader = Annotated[Principal, require_roles(PROVINCE_ADMIN, UNIT_LEADER, SYSTEM_ADMIN)]
