"""Check every audit chain the identity service holds and report the first broken link of each.

    python -m identity.audit_verify        exit status 0 when all chains hold, 1 otherwise
"""

import asyncio
import sys

from common.db import make_engine, make_sessionmaker
from identity.audit.service import verify_all
from identity.config import IdentitySettings


async def main() -> int:
    engine = make_engine(IdentitySettings().database_url, pool_size=1)
    try:
        async with make_sessionmaker(engine)() as session:
            reports = await verify_all(session)
    finally:
        await engine.dispose()
    for r in reports:
        state = "ok" if r.ok else f"BROKEN at seq {r.broken_seq}: {r.reason}"
        print(f"{r.chain:<20} {r.entries:>9} entries  {state}")
    return 0 if all(r.ok for r in reports) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
