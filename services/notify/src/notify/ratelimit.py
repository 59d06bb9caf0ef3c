"""Per-account rate limits kept in Redis (one counter per account, action and minute), shared by every
replica of the service: a flood from one account is refused, other accounts are not slowed."""

from __future__ import annotations

import logging
import time

from redis.asyncio import Redis
from redis.exceptions import RedisError

from common.errors import AppError

log = logging.getLogger(__name__)


class TooManyRequests(AppError):
    status_code = 429
    code = "too_many_requests"


async def check(redis: Redis, account: str, action: str, *, limit: int, window: int = 60) -> None:
    """Count one more `action` by `account` in the current window; TooManyRequests past `limit`.

    Redis away: the action is let through (a message accepted must never be lost for want of a counter)."""
    bucket = int(time.time()) // window
    key = f"notify:rate:{action}:{account}:{bucket}"
    try:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, window * 2)
            count, _ = await pipe.execute()
    except RedisError:
        log.warning("rate limit not checked: Redis unavailable")
        return
    if int(count) > limit:
        raise TooManyRequests("message.rate_limited", limit=limit, seconds=window - int(time.time()) % window)
