"""Health probes that need a client library (used by lib.sh's wait loop)."""

import asyncio
import sys


async def kafka(bootstrap: str) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
    await admin.start()
    try:
        await admin.list_topics()
    finally:
        await admin.close()


if __name__ == "__main__":
    check, target = sys.argv[1], sys.argv[2]
    try:
        asyncio.run({"kafka": kafka}[check](target))
    except Exception as exc:  # the caller only needs a yes or no, plus a hint in the log
        print(f"{check} not ready: {exc}", file=sys.stderr)
        sys.exit(1)
