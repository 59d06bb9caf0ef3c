"""The Redis client (caches, presence, pub/sub, short locks). Nothing that must survive a restart."""

from redis.asyncio import Redis


def make_redis(url: str) -> Redis:
    return Redis.from_url(url, decode_responses=True, health_check_interval=30)
