"""Verification of Keycloak access tokens into a Principal, and the role dependencies.

Keys are fetched from the realm's JWKS endpoint and cached; an unknown key id triggers one refetch
(key rotation). Signature, issuer, audience and expiry are all checked; a token without a unit is refused."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Annotated

import anyio
import jwt
from fastapi import Depends, Request
from redis.exceptions import RedisError

# LOCK_TTL_SECONDS and locked_key: identity's lock endpoints import them from here.
from common.account_locks import LOCK_TTL_SECONDS, LockedAccounts, locked_key  # noqa: F401
from common.errors import Forbidden, ServiceUnavailable, Unauthorized

# The roles of the system (realm roles in Keycloak).
SYSTEM_ADMIN = "system_admin"
PROVINCE_ADMIN = "province_admin"  # Sở Nội vụ: the whole province
UNIT_LEADER = "unit_leader"  # approves (kiểm duyệt)
UNIT_OFFICER = "unit_officer"  # enters and edits
VIEWER = "viewer"  # reads and reports
ALL_ROLES = (SYSTEM_ADMIN, PROVINCE_ADMIN, UNIT_LEADER, UNIT_OFFICER, VIEWER)
SERVICE_ROLE = "service"  # service accounts (client credentials) of our own services


@dataclass(frozen=True)
class Principal:
    subject: str
    username: str
    unit_id: str
    roles: frozenset[str] = field(default_factory=frozenset)
    name: str | None = None

    def has_any(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def is_province_wide(self) -> bool:
        return self.has_any(SYSTEM_ADMIN, PROVINCE_ADMIN, SERVICE_ROLE)


KEY_TTL = 600.0  # seconds a signing key is trusted before the key set is asked again
VERIFIED_TOKENS = 4096  # tokens whose checked principal is kept until they expire (a few MB at most)


class TokenVerifier:
    def __init__(self, *, jwks_url: str, issuer: str, audience: str, leeway: int = 10,
                 locks: LockedAccounts | None = None, pinned_keys: dict[str, jwt.PyJWK] | None = None) -> None:
        self.issuer = issuer
        self.audience = audience
        self.leeway = leeway
        # An account locked by the Department of Home Affairs is refused at once, not only when its
        # current access token expires: identity marks it in Redis for as long as such a token can live.
        self.locks = locks
        # PyJWKClient fetches the key set (blocking, so in a thread) and refetches it when a token names
        # an unknown key id; keys already seen are kept here for KEY_TTL so a request needs no thread hop.
        self._jwks = jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=600, timeout=5)
        self._keys: dict[str, tuple[float, jwt.PyJWK]] = {}
        # Keys known in advance by key id (a realm's keys configured offline), trusted before the key set.
        self._pinned = dict(pinned_keys or {})
        self._verified: dict[str, tuple[float, Principal]] = {}  # token -> (its exp, what it says)

    async def _signing_key(self, token: str) -> jwt.PyJWK:
        kid = jwt.get_unverified_header(token).get("kid")
        if isinstance(kid, str) and kid in self._pinned:
            return self._pinned[kid]
        cached = self._keys.get(kid) if isinstance(kid, str) else None
        if cached and time.monotonic() - cached[0] < KEY_TTL:
            return cached[1]
        key = await anyio.to_thread.run_sync(self._jwks.get_signing_key_from_jwt, token)
        if isinstance(kid, str):
            self._keys[kid] = (time.monotonic(), key)
        return key

    async def verify(self, token: str) -> Principal:
        principal = await self._principal(token)
        if self.locks is not None:
            try:
                locked = await self.locks.is_locked(principal.subject)
            except RedisError as exc:
                raise ServiceUnavailable() from exc
            if locked:
                raise Unauthorized("account_locked")
        return principal

    async def _principal(self, token: str) -> Principal:
        # A client sends the same token with every request until it expires. Once its signature and claims
        # have been checked, only its expiry can change the answer, so the answer is kept until then.
        known = self._verified.get(token)
        if known is not None and time.time() < known[0] + self.leeway:
            return known[1]
        try:
            key = await self._signing_key(token)
        except jwt.PyJWKClientConnectionError as exc:
            raise ServiceUnavailable("identity_provider_unreachable") from exc
        except (jwt.PyJWKClientError, jwt.DecodeError) as exc:
            raise Unauthorized() from exc
        try:
            claims = jwt.decode(
                token,
                key.key,
                algorithms=["RS256", "PS256", "ES256"],
                issuer=self.issuer,
                audience=self.audience,
                leeway=self.leeway,
                options={"require": ["exp", "iat", "iss", "sub"]},
            )
        except jwt.InvalidTokenError as exc:
            raise Unauthorized() from exc
        principal = principal_from_claims(claims)
        if len(self._verified) >= VERIFIED_TOKENS:
            del self._verified[next(iter(self._verified))]  # the oldest
        self._verified[token] = (float(claims["exp"]), principal)
        return principal


def principal_from_claims(claims: dict[str, object]) -> Principal:
    unit = claims.get("unit_id")
    if not isinstance(unit, str) or not unit:
        raise Unauthorized("account_without_unit")
    realm_access = claims.get("realm_access")
    raw_roles = realm_access.get("roles", []) if isinstance(realm_access, dict) else []
    roles = frozenset(r for r in raw_roles if r in (*ALL_ROLES, SERVICE_ROLE))
    return Principal(
        subject=str(claims["sub"]),
        username=str(claims.get("preferred_username") or claims["sub"]),
        unit_id=unit,
        roles=roles,
        name=str(claims["name"]) if claims.get("name") else None,
    )


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized()
    return token.strip()


async def get_principal(request: Request) -> Principal:
    verifier: TokenVerifier = request.app.state.verifier
    principal = await verifier.verify(bearer_token(request))
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def require_roles(*roles: str):  # type: ignore[no-untyped-def]
    """A dependency that lets through only principals holding one of the roles. The system administrator
    passes only where it is named: it manages the system (accounts, catalogs, the organisation tree, the
    system's health) and sees no personal data unless it is also given a data role (issue 15.1)."""

    async def check(principal: CurrentPrincipal) -> Principal:
        if not principal.has_any(*roles):
            raise Forbidden()
        return principal

    return Depends(check)
