"""The per-account message limit on the stack's Redis: past the limit one account is refused with 429 and
a Vietnamese message, another account is not affected."""

from __future__ import annotations

import uuid

import pytest

from common.cache import make_redis
from common.testing import stack
from notify.errors import MESSAGES
from notify.ratelimit import TooManyRequests, check


async def test_a_flood_is_refused_per_account() -> None:
    redis = make_redis(f"redis://127.0.0.1:{stack.port('redis')}/0")
    flooder, other = f"test-{uuid.uuid4().hex}", f"test-{uuid.uuid4().hex}"
    try:
        for _ in range(3):
            await check(redis, flooder, "message", limit=3, window=3600)
        with pytest.raises(TooManyRequests) as refused:
            await check(redis, flooder, "message", limit=3, window=3600)
        assert refused.value.status_code == 429
        assert refused.value.message("vi", MESSAGES).startswith("Bạn đã gửi quá 3 tin nhắn trong một phút")
        await check(redis, other, "message", limit=3, window=3600)
    finally:
        await redis.aclose()
