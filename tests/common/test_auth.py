"""Token verification with the real Keycloak: its tokens accepted, forged or foreign ones refused, by the
verifier and by every running service; account locks on a service app running here on the stack's Redis.
The claim rules on tokens Keycloak would never issue (no expiry, no unit) are pure logic: test_token_claims.py."""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
from collections.abc import AsyncIterator

import httpx
import jwt
import pytest
from redis.asyncio import Redis

from common.account_locks import LIVENESS, LockedAccounts, locked_key
from common.app import create_service_app
from common.auth import TokenVerifier
from common.config import ServiceSettings
from common.errors import Unauthorized
from common.testing import stack

SERVICES = ["identity", "personnel", "org", "transfer", "reporting", "notify"]


def stack_settings(**overrides: object) -> ServiceSettings:
    """A service's settings on this stack: Keycloak's address, issuer and audience as every service has them."""
    return ServiceSettings(**{"service_name": f"probe-{uuid.uuid4().hex[:8]}", "run_worker": False,
                              "keycloak_internal_url": stack.keycloak_url(),
                              "database_url": "postgresql+asyncpg://postgres@127.0.0.1:9/unused", **overrides})


def real_verifier(**overrides: str) -> TokenVerifier:
    settings = stack_settings()
    return TokenVerifier(jwks_url=settings.jwks_url, **{"issuer": settings.keycloak_issuer,
                                                         "audience": settings.token_audience, **overrides})


class TestTokenVerifierWithRealKeycloak:
    async def test_a_keycloak_token_gives_the_principal_with_unit_and_known_roles(self, token_for):
        p = await real_verifier().verify(token_for("stp.officer"))
        assert (p.username, p.unit_id) == ("stp.officer", "STP")
        assert "unit_officer" in p.roles and "offline_access" not in p.roles  # roles foreign to the system dropped

    @pytest.mark.parametrize("case", ["tampered", "unknown_key", "other_realm", "other_issuer", "other_audience"])
    async def test_forged_or_foreign_tokens_are_unauthorized(self, token_for, case):
        good = token_for("stp.officer")
        verifier = real_verifier(**{"other_issuer": {"issuer": "https://sso.example.test/realms/cbccvc"},
                                    "other_audience": {"audience": "another-system"}}.get(case, {}))
        token = {"tampered": lambda: _tamper(good), "unknown_key": lambda: _with_kid(good, "no-such-key"),
                 "other_realm": _master_realm_token}.get(case, lambda: good)()
        with pytest.raises(Unauthorized):
            await verifier.verify(token)


def _with_kid(token: str, kid: str) -> str:
    """The same token naming a key the realm does not have (the verifier asks Keycloak's key set for it)."""
    head, payload, sig = token.split(".")
    header = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    header["kid"] = kid
    return ".".join([base64.urlsafe_b64encode(json.dumps(header).encode()).rstrip(b"=").decode(), payload, sig])


def _tamper(token: str) -> str:
    head, payload, sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["unit_id"] = "TQ"  # an officer trying to widen their scope
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{head}.{forged}.{sig}"


def _master_realm_token() -> str:
    env = stack.stack_env()
    resp = httpx.post(f"{stack.keycloak_url()}/realms/master/protocol/openid-connect/token",
                      data={"grant_type": "password", "client_id": "admin-cli",
                            "username": env["KEYCLOAK_ADMIN_USER"], "password": env["KEYCLOAK_ADMIN_PASSWORD"]},
                      timeout=30)
    resp.raise_for_status()
    return str(resp.json()["access_token"])


class TestServicesWithRealKeycloak:
    @pytest.mark.parametrize("service", SERVICES)
    def test_real_token_is_accepted_and_forged_or_foreign_ones_are_not(self, service, token_for):
        url = f"{stack.service_url(service)}/whoami"
        good = token_for("stp.officer")
        resp = httpx.get(url, headers={"Authorization": f"Bearer {good}"})
        assert resp.status_code == 200
        assert resp.json()["unit_id"] == "STP" and "unit_officer" in resp.json()["roles"]
        for bad in (None, "garbage", _tamper(good), _master_realm_token()):
            headers = {"Authorization": f"Bearer {bad}"} if bad else {}
            resp = httpx.get(url, headers=headers)
            assert resp.status_code == 401, bad
            body = resp.json()
            assert body["error"] == "unauthorized" and body["message"]  # the one error body, in Vietnamese


class TestHealthAndMetrics:
    @pytest.mark.parametrize("service", SERVICES)
    def test_every_service_is_ready_and_exposes_metrics(self, service):
        ready = httpx.get(f"{stack.service_url(service)}/health/ready")
        assert ready.status_code == 200
        checks = ready.json()["checks"]
        assert {"database", "redis", "kafka"} <= set(checks) and set(checks.values()) == {"ok"}
        assert httpx.get(f"{stack.service_url(service)}/health/live").status_code == 200
        metrics = httpx.get(f"{stack.service_url(service)}/metrics").text  # scraped directly, never via the gateway
        assert "http_requests_total" in metrics and "outbox_backlog" in metrics


class FreezableRedisProxy:
    """A TCP relay to the stack's real Redis (every reply the service gets is Redis's own), placed between
    the service and Redis to inject a network fault: it can hold back the lock-tracking connection's bytes
    without closing it (a network that stops answering), while every other connection goes on."""

    def __init__(self) -> None:
        self.frozen = False

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _connection(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        redis_r, redis_w = await asyncio.open_connection("127.0.0.1", stack.port("redis"))
        tracking = False

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter, from_client: bool) -> None:
            nonlocal tracking
            while data := await src.read(65536):
                tracking = tracking or (from_client and b"TRACKING" in data)
                while tracking and self.frozen:
                    await asyncio.sleep(0.02)
                dst.write(data)
                await dst.drain()
            dst.close()

        await asyncio.gather(pipe(client_r, redis_w, True), pipe(redis_r, client_w, False), return_exceptions=True)

    def close(self) -> None:
        self.server.close()


async def eventually(check, within: float) -> float:  # type: ignore[no-untyped-def]
    """Seconds until check() is true; fails past `within`."""
    start = time.monotonic()
    while not await check():
        assert time.monotonic() - start < within, f"not within {within} s"
        await asyncio.sleep(0.01)
    return time.monotonic() - start


class RedisReads:
    """The service's own count of requests answered from Redis instead of its copy (its metric)."""

    def __init__(self, locks: LockedAccounts) -> None:
        self.locks, self.since = locks, locks.redis_reads

    def __call__(self) -> int:
        return self.locks.redis_reads - self.since

    def clear(self) -> None:
        self.since = self.locks.redis_reads


class TestAccountLocksOnARunningService:
    @pytest.fixture
    async def redis(self) -> AsyncIterator[Redis]:
        redis = Redis.from_url(f"redis://127.0.0.1:{stack.port('redis')}/0", decode_responses=True)
        yield redis
        await redis.aclose()

    @pytest.fixture
    async def proxy(self) -> AsyncIterator[FreezableRedisProxy]:
        proxy = FreezableRedisProxy()
        await proxy.start()
        yield proxy
        proxy.frozen = False
        proxy.close()

    @pytest.fixture
    def signed_in(self, token_for) -> tuple[str, dict[str, str]]:  # type: ignore[no-untyped-def]
        """A demo commune officer's real Keycloak token: (its subject, the request headers)."""
        token = token_for("xa.phulinh")
        return jwt.decode(token, options={"verify_signature": False})["sub"], {"Authorization": f"Bearer {token}"}

    @pytest.fixture
    async def service(self, proxy) -> AsyncIterator[tuple[httpx.AsyncClient, LockedAccounts]]:
        """A service app made like every other, its lifespan running, on the stack's Redis (through the proxy)."""
        import logging

        root = logging.getLogger()
        handlers, level = root.handlers[:], root.level  # create_service_app configures logging for a process
        settings = stack_settings(redis_url=f"redis://127.0.0.1:{proxy.server.sockets[0].getsockname()[1]}/0")
        app = create_service_app(settings, title="probe")
        try:
            async with app.router.lifespan_context(app):
                locks: LockedAccounts = app.state.runtime.locks
                transport = httpx.ASGITransport(app=app)
                async with httpx.AsyncClient(transport=transport, base_url="http://probe") as client:
                    yield client, locks
        finally:
            root.handlers[:], root.level = handlers, level

    @pytest.fixture
    async def following(self, service, signed_in):  # type: ignore[no-untyped-def]
        """The service once its copy of the locks is live: (client, locks, subject, headers, asked), where
        asked() is how many requests it has answered by reading Redis since the last asked.clear()."""
        client, locks = service
        subject, headers = signed_in
        await eventually(lambda: asyncio.sleep(0, locks.live), within=5)
        return client, locks, subject, headers, RedisReads(locks)

    async def test_a_lock_and_an_unlock_take_effect_within_a_second_with_no_redis_read_per_request(
            self, following, redis):
        client, locks, subject, headers, asked = following
        assert (await client.get("/whoami", headers=headers)).status_code == 200

        async def refused() -> bool:
            resp = await client.get("/whoami", headers=headers)
            return resp.status_code == 401 and resp.json()["error"] == "account_locked"

        async def accepted() -> bool:
            return (await client.get("/whoami", headers=headers)).status_code == 200

        try:
            await redis.set(locked_key(subject), "1", ex=60)  # what identity does on lock
            assert await eventually(refused, within=1.0) < 1.0
            await redis.delete(locked_key(subject))  # and on unlock
            assert await eventually(accepted, within=1.0) < 1.0
        finally:
            await redis.delete(locked_key(subject))
        # Redis was asked only while an announced change was being read back, at most once per change ...
        assert asked() <= 2
        # (a request may overtake the read-back of the unlock on a busy machine; once it has landed:)
        await eventually(lambda: asyncio.sleep(0, locks.settled), within=1.0)
        asked.clear()
        for _ in range(20):
            assert await accepted()
        assert asked() == 0 and locks.live  # ... otherwise every answer comes from memory

    async def test_a_dropped_tracking_connection_falls_back_to_asking_redis_then_follows_again(
            self, following, redis):
        client, locks, subject, headers, asked = following
        [tracker] = [c for c in await redis.client_list() if c["name"] == locks.name]
        try:
            await redis.client_kill_filter(_id=tracker["id"])
            await eventually(lambda: asyncio.sleep(0, not locks.live), within=1)
            await redis.set(locked_key(subject), "1", ex=60)  # locked while nothing is announced
            resp = await client.get("/whoami", headers=headers)
            assert resp.status_code == 401 and resp.json()["error"] == "account_locked"
            assert asked() >= 1  # asked Redis, as before the copy existed
            await eventually(lambda: asyncio.sleep(0, locks.live), within=5)  # connected again, copy reloaded
            asked.clear()
            assert (await client.get("/whoami", headers=headers)).status_code == 401
            assert asked() == 0
        finally:
            await redis.delete(locked_key(subject))

    async def test_a_silent_tracking_connection_is_distrusted_within_the_liveness_window(
            self, following, proxy, redis):
        client, locks, subject, headers, asked = following

        async def refused() -> bool:
            return (await client.get("/whoami", headers=headers)).status_code == 401

        try:
            proxy.frozen = True  # no announcement, no pong, no error: just silence
            await redis.set(locked_key(subject), "1", ex=60)
            assert await eventually(refused, within=LIVENESS + 1) < LIVENESS + 1
            assert not locks.live and asked() >= 1
            proxy.frozen = False
            await eventually(lambda: asyncio.sleep(0, locks.live), within=5)
            asked.clear()
            assert await refused() and asked() == 0  # trusted again only once what was held back has arrived
        finally:
            proxy.frozen = False
            await redis.delete(locked_key(subject))
