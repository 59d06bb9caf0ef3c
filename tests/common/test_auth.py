"""Token verification: precise cases against a key set served over HTTP by the test, and the real
thing against the running services with tokens issued by the real Keycloak."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from common.auth import TokenVerifier
from common.errors import Unauthorized
from common.testing import stack

ISSUER = "https://sso.example.test/realms/cbccvc"
AUDIENCE = "cbccvc-api"
SERVICES = ["identity", "personnel", "org", "transfer", "reporting", "notify"]


def _jwk(key: rsa.RSAPrivateKey, kid: str) -> dict[str, str]:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return {**jwk, "kid": kid, "use": "sig", "alg": "RS256"}


@pytest.fixture(scope="module")
def keys() -> dict[str, rsa.RSAPrivateKey]:
    return {name: rsa.generate_private_key(public_exponent=65537, key_size=2048) for name in ("realm", "intruder")}


@pytest.fixture(scope="module")
def jwks_url(keys) -> Iterator[str]:  # type: ignore[no-untyped-def]
    body = json.dumps({"keys": [_jwk(keys["realm"], "realm-key")]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/certs"
    server.shutdown()


def make_token(key: rsa.RSAPrivateKey, kid: str = "realm-key", **overrides: object) -> str:
    now = int(time.time())
    claims: dict[str, object] = {"iss": ISSUER, "aud": AUDIENCE, "sub": "u-1", "iat": now, "exp": now + 300,
                                 "preferred_username": "stp.officer", "unit_id": "STP",
                                 "realm_access": {"roles": ["unit_officer", "offline_access"]}}
    claims.update(overrides)
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": kid})


class TestTokenVerifier:
    @pytest.fixture
    def verifier(self, jwks_url: str) -> TokenVerifier:
        return TokenVerifier(jwks_url=jwks_url, issuer=ISSUER, audience=AUDIENCE, leeway=0)

    async def test_a_valid_token_gives_the_principal_with_unit_and_known_roles(self, verifier, keys):
        p = await verifier.verify(make_token(keys["realm"]))
        assert (p.subject, p.username, p.unit_id) == ("u-1", "stp.officer", "STP")
        assert p.roles == frozenset({"unit_officer"})  # roles foreign to the system are dropped

    @pytest.mark.parametrize(
        "case",
        ["expired", "wrong_signature", "unknown_key", "other_issuer", "other_audience", "no_unit", "no_exp"],
    )
    async def test_bad_tokens_are_unauthorized(self, verifier, keys, case):
        realm, intruder = keys["realm"], keys["intruder"]
        token = {
            "expired": lambda: make_token(realm, exp=int(time.time()) - 5),
            "wrong_signature": lambda: make_token(intruder),  # claims the realm's key id
            "unknown_key": lambda: make_token(intruder, kid="other-key"),
            "other_issuer": lambda: make_token(realm, iss="https://sso.example.test/realms/master"),
            "other_audience": lambda: make_token(realm, aud="another-system"),
            "no_unit": lambda: make_token(realm, unit_id=None),
            "no_exp": lambda: make_token(realm, exp=None),
        }[case]()
        with pytest.raises(Unauthorized):
            await verifier.verify(token)

    async def test_garbage_is_unauthorized(self, verifier):
        with pytest.raises(Unauthorized):
            await verifier.verify("not-a-token")


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
        metrics = httpx.get(f"{stack.gateway_url()}/api/{service}/metrics").text
        assert "http_requests_total" in metrics and "outbox_backlog" in metrics
