"""First-start seeding: catalogs from CSV, then the demo tree. Both are idempotent and run under an
advisory lock, so an API process and a worker starting together seed once."""

from __future__ import annotations

import logging

from sqlalchemy import func, select

from common.app import Runtime
from org import demo
from org.catalogs import service as catalog_service
from org.config import OrgSettings
from org.job_plans.demo import seed_demo_job_plans

log = logging.getLogger(__name__)
SEED_LOCK_ID = 0x0E65EED


async def seed(runtime: Runtime) -> None:
    settings = runtime.settings
    assert isinstance(settings, OrgSettings)
    async with runtime.sessionmaker() as session, session.begin():
        await session.execute(select(func.pg_advisory_xact_lock(SEED_LOCK_ID)))
        if settings.seed_catalogs:
            if not settings.catalog_dir.is_dir():
                log.warning("catalog directory missing; only built-in catalogs seeded",
                            extra={"catalog_dir": str(settings.catalog_dir)})
            seeded = await catalog_service.seed_catalogs(session, settings.catalog_dir)
            if seeded:
                log.info("catalogs seeded", extra={"catalogs": seeded})
        if settings.seed_demo_tree:
            created = await demo.seed_demo_tree(session, settings.catalog_dir)
            if created:
                log.info("demo tree seeded", extra={"units": created})
            plans = await seed_demo_job_plans(session)
            if plans:
                log.info("demo job-position plans seeded", extra={"plans": plans})
