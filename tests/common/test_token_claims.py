"""The claim rules of TokenVerifier, as pure logic: tokens minted here with a key pinned in the verifier,
so that expiry, issuer, audience and unit can be varied at will. No server is asked (the key set's address
is never reached: every token here names the pinned key id). Tokens issued by the real Keycloak, and a
key id it does not know, are in test_auth.py."""

from __future__ import annotations

import asyncio
import base64
import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from common.auth import TokenVerifier
from common.errors import Unauthorized

ISSUER = "https://sso.example.test/realms/cbccvc"
AUDIENCE = "cbccvc-api"
NEVER_ASKED = "http://127.0.0.1:9/never-asked/certs"


def _jwk(key: rsa.RSAPrivateKey, kid: str) -> dict[str, str]:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return {**jwk, "kid": kid, "use": "sig", "alg": "RS256"}


@pytest.fixture(scope="module")
def keys() -> dict[str, rsa.RSAPrivateKey]:
    return {name: rsa.generate_private_key(public_exponent=65537, key_size=2048) for name in ("realm", "intruder")}


def make_token(key: rsa.RSAPrivateKey, kid: str = "realm-key", **overrides: object) -> str:
    now = int(time.time())
    claims: dict[str, object] = {"iss": ISSUER, "aud": AUDIENCE, "sub": "u-1", "iat": now, "exp": now + 300,
                                 "preferred_username": "stp.officer", "unit_id": "STP",
                                 "realm_access": {"roles": ["unit_officer", "offline_access"]}}
    claims.update(overrides)
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": kid})


def tamper(token: str) -> str:
    head, payload, sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["unit_id"] = "TQ"  # an officer trying to widen their scope
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{head}.{forged}.{sig}"


@pytest.fixture
def verifier(keys) -> TokenVerifier:  # type: ignore[no-untyped-def]
    return TokenVerifier(jwks_url=NEVER_ASKED, issuer=ISSUER, audience=AUDIENCE, leeway=0,
                         pinned_keys={"realm-key": jwt.PyJWK(_jwk(keys["realm"], "realm-key"))})


async def test_a_valid_token_gives_the_principal_with_unit_and_known_roles(verifier, keys):
    p = await verifier.verify(make_token(keys["realm"]))
    assert (p.subject, p.username, p.unit_id) == ("u-1", "stp.officer", "STP")
    assert p.roles == frozenset({"unit_officer"})  # roles foreign to the system are dropped


@pytest.mark.parametrize(
    "case", ["expired", "wrong_signature", "other_issuer", "other_audience", "no_unit", "no_exp"],
)
async def test_bad_tokens_are_unauthorized(verifier, keys, case):
    realm, intruder = keys["realm"], keys["intruder"]
    token = {
        "expired": lambda: make_token(realm, exp=int(time.time()) - 5),
        "wrong_signature": lambda: make_token(intruder),  # claims the realm's key id
        "other_issuer": lambda: make_token(realm, iss="https://sso.example.test/realms/master"),
        "other_audience": lambda: make_token(realm, aud="another-system"),
        "no_unit": lambda: make_token(realm, unit_id=None),
        "no_exp": lambda: make_token(realm, exp=None),
    }[case]()
    with pytest.raises(Unauthorized):
        await verifier.verify(token)


async def test_garbage_is_unauthorized(verifier):
    with pytest.raises(Unauthorized):
        await verifier.verify("not-a-token")


async def test_a_checked_token_is_not_checked_again_until_it_expires_then_it_is_refused(verifier, keys, monkeypatch):
    decoded: list[str] = []
    decode = jwt.decode
    monkeypatch.setattr(jwt, "decode", lambda token, *a, **kw: decoded.append(token) or decode(token, *a, **kw))
    token = make_token(keys["realm"], exp=int(time.time()) + 2)
    first, second = await verifier.verify(token), await verifier.verify(token)
    assert first == second and len(decoded) == 1
    with pytest.raises(Unauthorized):
        await verifier.verify(tamper(token))  # another string: checked, and refused
    await asyncio.sleep(max(0.0, int(time.time()) + 2 - time.time()) + 1.1)
    with pytest.raises(Unauthorized):
        await verifier.verify(token)
