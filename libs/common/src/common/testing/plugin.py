"""pytest plugin loaded for every test run (see pyproject.toml): fixtures that reach the real stack.

The stack is started by `make test` (scripts/test.sh) before pytest runs; these fixtures only connect."""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest

from common.testing import stack


@pytest.fixture(scope="session")
def topic_prefix() -> str:
    """Kafka topics and consumer groups of this test session never meet another run's."""
    return f"test-{uuid.uuid4().hex[:8]}."


TOKEN_REUSE_SECONDS = 120  # an access token lives 300 s; a test may hold one for a while after asking


@pytest.fixture(scope="session")
def token_for() -> Callable[[str], str]:
    """token_for("snv.admin") -> a real access token from Keycloak (demo password), renewed well before it
    expires (the realm gives 300 s; a whole suite on a slow machine lasts longer than that)."""
    cache: dict[str, tuple[str, float]] = {}

    def get(username: str) -> str:
        token, taken = cache.get(username, ("", -math.inf))
        if time.monotonic() - taken > TOKEN_REUSE_SECONDS:
            token, taken = stack.password_token(username), time.monotonic()
            cache[username] = (token, taken)
        return token

    return get


@pytest.fixture(scope="session")
def migrated_db() -> Iterator[Callable[[str], str]]:
    """migrated_db("org") -> URL of a fresh database of that service, migrated; dropped at the end."""
    made: list[str] = []

    def make(service: str) -> str:
        url = stack.create_migrated_database(service)
        made.append(url)
        return url

    yield make
    for url in made:
        stack.drop_database(url)
    stack.drop_templates()


@pytest.fixture
async def gateway() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=stack.gateway_url(), timeout=30) as client:
        yield client


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
