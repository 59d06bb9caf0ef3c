"""The Keycloak admin API as the identity service uses it: users, roles, sessions, sign-in events.

Keycloak is the authority for credentials and sessions; this module translates its answers into the
service's error codes (identity.errors) so that a weak password or a taken username reads the same
as every other validation error."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from keycloak import KeycloakAdmin, KeycloakOpenIDConnection
from keycloak.exceptions import KeycloakError

from common.errors import Conflict, FieldError, NotFound, ServiceUnavailable, ValidationFailed
from identity.config import IdentitySettings

log = logging.getLogger(__name__)

# Keycloak's password-policy message keys -> the codes of identity.errors.
_PASSWORD_CODES = {
    "invalidPasswordMinLengthMessage": "password.min_length",
    "invalidPasswordMinUpperCaseCharsMessage": "password.min_upper_case",
    "invalidPasswordMinLowerCaseCharsMessage": "password.min_lower_case",
    "invalidPasswordMinDigitsMessage": "password.min_digits",
    "invalidPasswordMinSpecialCharsMessage": "password.min_special",
    "invalidPasswordNotUsernameMessage": "password.not_username",
    "invalidPasswordHistoryMessage": "password.recently_used",
}


def _body(exc: KeycloakError) -> dict[str, Any]:
    try:
        parsed = json.loads(exc.response_body or b"{}")
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def password_error(exc: KeycloakError) -> ValidationFailed | None:
    """The policy violation Keycloak reported, as a field error on `password`; None if it is another error."""
    body = _body(exc)
    key = str(body.get("error") or body.get("errorMessage") or "")
    if exc.response_code != 400 or not key.startswith("invalidPassword"):
        return None
    params = body.get("params") or []
    number = str(params[0]) if params else _first_number(str(body.get("error_description", ""))) or "1"
    return ValidationFailed("weak_password",
                            fields=[FieldError("password", _PASSWORD_CODES.get(key, "password.policy"), n=number)])


def _first_number(text: str) -> str | None:
    digits = "".join(ch if ch.isdigit() else " " for ch in text).split()
    return digits[0] if digits else None


def _translate(exc: KeycloakError) -> Exception:
    weak = password_error(exc)
    if weak is not None:
        return weak
    if exc.response_code == 409:
        return Conflict("duplicate_username", fields=[FieldError("username", "duplicate_username")])
    if exc.response_code == 404:
        return NotFound()
    if exc.response_code in (400, 422):
        log.warning("identity provider refused a request: %s", _body(exc) or exc)
        return ValidationFailed("account.directory_refused")
    return ServiceUnavailable()


@dataclass(frozen=True)
class DirectoryUser:
    id: str
    username: str
    unit_id: str | None
    enabled: bool
    full_name: str | None
    email: str | None
    required_actions: tuple[str, ...] = ()


def _user(rep: dict[str, Any]) -> DirectoryUser:
    unit = (rep.get("attributes") or {}).get("unit_id") or [None]
    name = " ".join(p for p in (rep.get("firstName"), rep.get("lastName")) if p) or None
    return DirectoryUser(id=rep["id"], username=rep["username"], unit_id=unit[0], enabled=bool(rep.get("enabled")),
                         full_name=name, email=rep.get("email"),
                         required_actions=tuple(rep.get("requiredActions") or ()))


class Directory:
    """Async facade over python-keycloak's KeycloakAdmin, signed in as identity's own admin client."""

    def __init__(self, settings: IdentitySettings) -> None:
        self.connection = KeycloakOpenIDConnection(
            server_url=settings.keycloak_internal_url + "/",
            realm_name=settings.keycloak_realm,
            client_id=settings.admin_client_id,
            client_secret_key=settings.admin_client_secret,
            timeout=15,
        )
        self.admin = KeycloakAdmin(connection=self.connection)
        self._client_uuids: dict[str, str] = {}

    async def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return await getattr(self.admin, method)(*args, **kwargs)
        except KeycloakError as exc:
            raise _translate(exc) from exc
        except OSError as exc:
            raise ServiceUnavailable("identity_provider_unreachable") from exc

    async def create_user(self, *, username: str, unit_id: str, password: str, full_name: str | None,
                          email: str | None) -> str:
        first, _, last = (full_name or "").rpartition(" ")
        payload: dict[str, Any] = {
            "username": username, "enabled": True, "attributes": {"unit_id": [unit_id]},
            "firstName": first or last or None, "lastName": last if first else None,
            "email": email, "emailVerified": bool(email),
            # temporary: the person must choose their own password at the first sign-in.
            "credentials": [{"type": "password", "value": password, "temporary": True}],
        }
        return str(await self._call("a_create_user", {k: v for k, v in payload.items() if v is not None}))

    async def delete_user(self, user_id: str) -> None:
        await self._call("a_delete_user", user_id)

    async def get_user(self, user_id: str) -> DirectoryUser:
        return _user(await self._call("a_get_user", user_id))

    async def set_roles(self, user_id: str, *, add: set[str], remove: set[str]) -> None:
        if remove:
            reps = [await self._call("a_get_realm_role", name) for name in sorted(remove)]
            await self._call("a_delete_realm_roles_of_user", user_id, reps)
        if add:
            reps = [await self._call("a_get_realm_role", name) for name in sorted(add)]
            await self._call("a_assign_realm_roles", user_id, reps)

    async def realm_roles(self, user_id: str) -> set[str]:
        return {r["name"] for r in await self._call("a_get_realm_roles_of_user", user_id)}

    async def set_enabled(self, user_id: str, enabled: bool) -> None:
        await self._call("a_update_user", user_id, {"enabled": enabled})

    async def end_sessions(self, user_id: str) -> None:
        """Logs the user out everywhere: every session ends and refresh tokens stop working."""
        await self._call("a_user_logout", user_id)

    async def remove_second_factor(self, user_id: str) -> int:
        """Deletes the account's authenticator apps (OTP credentials); the next browser sign-in of an
        administrator asks to set up a new one. Returns how many there were."""
        found = [c for c in await self._call("a_get_credentials", user_id) if c.get("type") == "otp"]
        for credential in found:
            await self._call("a_delete_credential", user_id, credential["id"])
        return len(found)

    async def set_temporary_password(self, user_id: str, password: str) -> None:
        await self._call("a_set_user_password", user_id, password, temporary=True)

    async def users(self, page: int = 500) -> list[DirectoryUser]:
        out: list[DirectoryUser] = []
        first = 0
        while True:
            batch = await self._call("a_get_users", {"first": first, "max": page, "briefRepresentation": False})
            out += [_user(u) for u in batch if not u["username"].startswith("service-account-")]
            if len(batch) < page:
                return out
            first += page

    async def role_members(self, role: str, page: int = 500) -> set[str]:
        ids: set[str] = set()
        first = 0
        while True:
            batch = await self._call("a_get_realm_role_members", role, {"first": first, "max": page})
            ids |= {u["id"] for u in batch}
            if len(batch) < page:
                return ids
            first += page

    async def signin_events(self, *, date_from: str, first: int, max_results: int) -> list[dict[str, Any]]:
        """LOGIN and LOGIN_ERROR events, newest first."""
        return list(await self._call("a_get_events", {"type": ["LOGIN", "LOGIN_ERROR"], "dateFrom": date_from,
                                                      "first": first, "max": max_results}))

    async def client_sessions(self, client_id: str) -> list[dict[str, Any]]:
        if client_id not in self._client_uuids:
            uuid = await self._call("a_get_client_id", client_id)
            if uuid is None:
                return []
            self._client_uuids[client_id] = uuid
        return list(await self._call("a_get_client_all_sessions", self._client_uuids[client_id]))

    async def password_policy(self) -> str:
        realm = await self._call("a_get_realm", self.connection.realm_name)
        return str(realm.get("passwordPolicy") or "")

    async def password_set_at(self, user_id: str) -> int | None:
        """When the user's password was last set (epoch milliseconds), or None without one."""
        creds = await self._call("a_get_credentials", user_id)
        dates = [c.get("createdDate") for c in creds if c.get("type") == "password" and c.get("createdDate")]
        return max(dates) if dates else None

    async def clear_failed_sign_ins(self, user_id: str) -> None:
        """Lift a brute-force lockout (after an unlock or a reset by the Sở Nội vụ)."""
        await self._call("a_clear_bruteforce_attempts_for_user", user_id)
